import {
  anyWordTerms,
  facetsFromDistribution,
  isLongQuery,
  meiliFilter,
  meiliQuery,
  meiliSettings,
  meiliSynonyms,
  rankByWords,
  rarestTerms,
  toMeiliDocument,
  totalFromDistribution,
} from './meilisearch-mapping';
import { ALWAYS_OPEN, type SearchDocument } from './search-engine';

const now = new Date('2026-01-01T00:00:00Z');

describe('meiliFilter', () => {
  it('is undefined without conditions', () => {
    expect(meiliFilter({}, now)).toBeUndefined();
    expect(meiliFilter({ kinds: [], openOnly: false }, now)).toBeUndefined();
  });

  it('joins every condition with AND, lists with IN, and open with the deadline', () => {
    expect(
      meiliFilter(
        {
          kinds: ['SOLUTION', 'NEED'],
          serviceAreas: ['helse-og-omsorg'],
          organizationIds: ['0b7c6f1e-1111-4222-8333-444455556666'],
          countyNumbers: ['46'],
          procedures: ['INNOVATION_PARTNERSHIP'],
          cpvDivisions: ['72', '48'],
          openOnly: true,
        },
        now,
      ),
    ).toBe(
      'kind IN ["SOLUTION", "NEED"] AND serviceArea IN ["helse-og-omsorg"] AND ' +
        'organizationId IN ["0b7c6f1e-1111-4222-8333-444455556666"] AND ownerCounty IN ["46"] AND ' +
        'procedure IN ["INNOVATION_PARTNERSHIP"] AND cpvDivisions IN ["72", "48"] AND ' +
        `openUntil > ${now.getTime()}`,
    );
  });

  it('narrows to given items by id', () => {
    expect(meiliFilter({ ids: ['0b7c6f1e-1111-4222-8333-444455556666'], kinds: ['NEED'] }, now)).toBe(
      'id IN ["0b7c6f1e-1111-4222-8333-444455556666"] AND kind IN ["NEED"]',
    );
  });

  it('escapes quotes and backslashes inside values', () => {
    expect(meiliFilter({ serviceAreas: ['a"b\\c'] }, now)).toBe('serviceArea IN ["a\\"b\\\\c"]');
  });

  it('filters solutions by kind, maturity, licence and open source', () => {
    expect(
      meiliFilter(
        {
          solutionKinds: ['ROBOT'],
          maturities: ['PILOT', 'PRODUCTION'],
          licenseIds: ['MIT'],
          openSourceOnly: true,
        },
        now,
      ),
    ).toBe(
      'solutionKind IN ["ROBOT"] AND maturity IN ["PILOT", "PRODUCTION"] AND licenseId IN ["MIT"] AND openSource = true',
    );
  });

  it('adds the open condition when asked even if the filter has none', () => {
    expect(meiliFilter({}, now, true)).toBe(`openUntil > ${now.getTime()}`);
  });
});

describe('toMeiliDocument', () => {
  const document: SearchDocument = {
    kind: 'PROCUREMENT_NOTICE',
    id: '0b7c6f1e-1111-4222-8333-444455556666',
    title: 'Tjenester for Bærum',
    summary: '',
    description: 'Søknad',
    tags: ['Velferdsteknologi'],
    serviceArea: 'helse-og-omsorg',
    organizationId: '1b7c6f1e-1111-4222-8333-444455556666',
    organizationName: 'Bærum kommune',
    ownerCounty: '32',
    procedure: 'OPEN',
    cpvDivisions: ['72'],
    solutionKind: null,
    maturity: null,
    licenseId: null,
    openSource: null,
    reuseCount: 3,
    inUseCount: 2,
    openUntil: ALWAYS_OPEN,
    createdAt: now,
    updatedAt: now,
  };

  it('uses a valid Meilisearch id, folds the text and keeps the facets as they are', () => {
    expect(toMeiliDocument(document)).toEqual({
      uid: 'PROCUREMENT_NOTICE-0b7c6f1e-1111-4222-8333-444455556666',
      kind: 'PROCUREMENT_NOTICE',
      id: document.id,
      title: 'tjenester for baerum',
      summary: '',
      tags: ['velferdsteknologi'],
      description: 'soknad',
      organizationName: 'baerum kommune',
      serviceArea: 'helse-og-omsorg',
      organizationId: document.organizationId,
      ownerCounty: '32',
      procedure: 'OPEN',
      cpvDivisions: ['72'],
      solutionKind: null,
      maturity: null,
      licenseId: null,
      openSource: null,
      reuseCount: 3,
      inUseCount: 2,
      openUntil: ALWAYS_OPEN,
      createdAt: now.getTime(),
      updatedAt: now.getTime(),
    });
    expect(toMeiliDocument(document).uid).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('meiliSettings', () => {
  const settings = meiliSettings();

  it('ranks title above summary above tags and description, and breaks ties by in use, then reuse count', () => {
    expect(settings.searchableAttributes.slice(0, 4)).toEqual(['title', 'summary', 'tags', 'description']);
    expect(settings.rankingRules.slice(-2)).toEqual(['inUseCount:desc', 'reuseCount:desc']);
    // A requested order ('sort') comes first, so "newest first" is exact; without one, relevance.
    expect(settings.rankingRules).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      'inUseCount:desc',
      'reuseCount:desc',
    ]);
  });

  it('can filter and facet on every filter field, and sort by reuse', () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        'id',
        'kind',
        'serviceArea',
        'organizationId',
        'ownerCounty',
        'procedure',
        'cpvDivisions',
        'openUntil',
      ]),
    );
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['inUseCount', 'reuseCount']));
  });

  it('makes synonyms symmetric and folded', () => {
    const synonyms = meiliSynonyms();
    expect(synonyms.robot).toEqual(expect.arrayContaining(['rpa', 'robotisering']));
    expect(synonyms.rpa).toContain('robot');
    expect(synonyms.ki).toContain('maskinlaering');
    expect(settings.synonyms).toEqual(synonyms);
  });
});

describe('meiliQuery', () => {
  it('folds the query as documents are folded', () => {
    expect(meiliQuery(' Byggesøknad Bærum ')).toBe('byggesoknad baerum');
  });
});

describe('long texts (Meilisearch reads only the first ten words of a query)', () => {
  const text =
    'vi har en en stor trenger hjelp med mange ulike ting som skjer hver eneste dag i kommunen vår';

  it('searches any word of a long text for its distinct longer words', () => {
    expect(anyWordTerms(text)).toEqual([
      'stor',
      'trenger',
      'hjelp',
      'mange',
      'ulike',
      'ting',
      'skjer',
      'hver',
      'eneste',
      'kommunen',
    ]);
    expect(isLongQuery(text)).toBe(true);
    expect(isLongQuery('digital byggesøknad')).toBe(false);
  });

  it('keeps the ten rarest words in the order of the text, a word found nowhere first', () => {
    const terms = 'a b c d e f g h i j k l'.split(' ');
    const counts = [50, 1, 9, 0, 70, 3, 3, 8, 60, 2, 5, 4];
    expect(rarestTerms(terms, counts)).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l']);
  });

  it('ranks documents by the rarity of the words they match, added up', () => {
    const doc = (id: string, score = 1) => ({ kind: 'SOLUTION', id, _rankingScore: score });
    const ranked = rankByWords(
      [
        { hits: [doc('common'), doc('both')], count: 500 },
        { hits: [doc('rare', 0.9), doc('both', 0.9)], count: 2 },
      ],
      1000,
    );
    expect(ranked.map((hit) => hit.id)).toEqual(['both', 'rare', 'common']);
  });

  it('leaves out a document found by fewer words than asked for, unless the text has fewer', () => {
    const doc = (id: string) => ({ kind: 'SOLUTION', id, _rankingScore: 1 });
    const perWord = [
      { hits: [doc('one'), doc('both')], count: 2 },
      { hits: [doc('both')], count: 1 },
    ];
    expect(rankByWords(perWord, 100, 2).map((hit) => hit.id)).toEqual(['both']);
    expect(rankByWords(perWord.slice(0, 1), 100, 2).map((hit) => hit.id)).toEqual(['one', 'both']);
  });
});

describe('facets from a Meilisearch facet distribution', () => {
  const distribution = {
    kind: { SOLUTION: 4, NEED: 2 },
    serviceArea: { 'helse-og-omsorg': 5, beredskap: 1 },
    cpvDivisions: { '72': 1 },
    solutionKind: { SOFTWARE: 3, ROBOT: 1 },
    openSource: { true: 3, false: 1 },
  };

  it('takes the total from the kind counts', () => {
    expect(totalFromDistribution(distribution)).toBe(6);
    expect(totalFromDistribution(undefined)).toBe(0);
  });

  it('renames cpvDivisions, adds open and closed, keeps the solution facets, and sorts by count', () => {
    const facets = facetsFromDistribution(distribution, 5);
    expect(facets.map((f) => f.field)).toEqual([
      'kind',
      'serviceArea',
      'ownerCounty',
      'procedure',
      'cpvDivision',
      'open',
      'solutionKind',
      'maturity',
      'licenseId',
      'openSource',
    ]);
    expect(facets[0].values).toEqual([
      { value: 'SOLUTION', count: 4 },
      { value: 'NEED', count: 2 },
    ]);
    expect(facets[4].values).toEqual([{ value: '72', count: 1 }]);
    expect(facets[5].values).toEqual([
      { value: 'true', count: 5 },
      { value: 'false', count: 1 },
    ]);
    expect(facets[6].values).toEqual([
      { value: 'SOFTWARE', count: 3 },
      { value: 'ROBOT', count: 1 },
    ]);
    expect(facets[9].values).toEqual([
      { value: 'true', count: 3 },
      { value: 'false', count: 1 },
    ]);
  });
});
