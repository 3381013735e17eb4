import {
  ALWAYS_OPEN,
  NEVER_OPEN,
  type SearchDocument,
  type SearchEngine,
  type SearchFilters,
  SearchOrder,
  type SearchRequest,
} from '../../src/search/search-engine';
import { demoProfile } from '../../src/seed/demo-solution-profiles';
import { DEMO_SOLUTIONS } from '../../src/seed/demo-solutions';
import { isOpenSource } from '../../src/solutions/license-expression';

/** Demo solutions, two needs and three notices, as documents; ids are fresh for every suite. */
export function contractFixtures() {
  const solutions = DEMO_SOLUTIONS.map((demo): SearchDocument => {
    const profile = demoProfile(demo.title);
    return {
      kind: 'SOLUTION',
      id: crypto.randomUUID(),
      title: demo.title,
      summary: demo.summary,
      description: demo.description,
      tags: demo.tags,
      serviceArea: demo.serviceArea,
      organizationId: `00000000-0000-4000-8000-00000000${demo.ownerMunicipality}`,
      organizationName:
        demo.ownerMunicipality === '3201' ? 'Bærum kommune' : `Kommune ${demo.ownerMunicipality}`,
      ownerCounty: demo.ownerMunicipality.slice(0, 2),
      procedure: null,
      cpvDivisions: [],
      reuseCount: demo.adopters.length,
      solutionKind: profile.kind ?? 'SOFTWARE',
      maturity: profile.maturity ?? 'PRODUCTION',
      licenseId: profile.licenseId ?? null,
      openSource: isOpenSource(profile.licenseId ?? null),
      inUseCount: demo.adopters.filter(([, stage]) => stage === 'IN_USE').length,
      openUntil: ALWAYS_OPEN,
      createdAt: new Date('2025-01-01T00:00:00Z'),
      updatedAt: new Date('2025-01-01T00:00:00Z'),
    };
  });
  const base = {
    summary: '',
    tags: [],
    procedure: null,
    cpvDivisions: [],
    reuseCount: 0,
    inUseCount: 0,
    solutionKind: null,
    maturity: null,
    licenseId: null,
    openSource: null,
  };
  const dates = { createdAt: new Date('2025-06-01T00:00:00Z'), updatedAt: new Date('2025-06-01T00:00:00Z') };
  const bergen = {
    organizationId: '00000000-0000-4000-8000-000000004601',
    organizationName: 'Bergen kommune',
  };
  const openNeed: SearchDocument = {
    ...base,
    ...dates,
    ...bergen,
    kind: 'NEED',
    id: crypto.randomUUID(),
    title: 'Bedre oversikt over ledige plasser i barnehagen',
    description: 'Foreldre vil se ledige plasser i barnehagen før de søker.',
    serviceArea: 'oppvekst-og-utdanning',
    ownerCounty: '46',
    openUntil: ALWAYS_OPEN,
  };
  const closedNeed: SearchDocument = {
    ...openNeed,
    id: crypto.randomUUID(),
    title: 'Felles innkjøp av nettbrett til barnehager',
    description: 'Flere barnehager trenger nettbrett til pedagogisk bruk.',
    openUntil: NEVER_OPEN,
  };
  const notice = (title: string, procedure: string, cpv: string[], openUntil: number): SearchDocument => ({
    ...base,
    ...dates,
    ...bergen,
    kind: 'PROCUREMENT_NOTICE',
    id: crypto.randomUUID(),
    title,
    description: `${title}. Kunngjøring for leverandører.`,
    serviceArea: 'helse-og-omsorg',
    ownerCounty: '46',
    procedure,
    cpvDivisions: cpv,
    openUntil,
  });
  const openNotice = notice(
    'Innovasjonspartnerskap for digitalt tilsyn',
    'INNOVATION_PARTNERSHIP',
    ['72', '48'],
    Date.now() + 30 * 86_400_000,
  );
  const expiredNotice = notice(
    'Markedsdialog om medisindispensere',
    'MARKET_DIALOGUE',
    ['33'],
    Date.now() - 86_400_000,
  );
  const cancelledNotice = notice('Anskaffelse av responssenter', 'OPEN', ['72'], NEVER_OPEN);
  return {
    solutions,
    openNeed,
    closedNeed,
    openNotice,
    expiredNotice,
    cancelledNotice,
    all: [...solutions, openNeed, closedNeed, openNotice, expiredNotice, cancelledNotice],
    byTitle: (start: string) => {
      const found = solutions.find((s) => s.title.startsWith(start));
      if (!found) throw new Error(`No demo solution titled ${start}`);
      return found;
    },
  };
}

export function request(text: string, filters: SearchFilters = {}, more: Partial<SearchRequest> = {}) {
  return { text, filters, limit: 100, offset: 0, withFacets: true, now: new Date(), ...more };
}

/**
 * The behaviour every search engine adapter must have. `connect` gives a fresh, empty, prepared
 * engine; `disconnect` cleans it up.
 */
export function searchEngineContract(connect: () => Promise<SearchEngine>, disconnect: () => Promise<void>) {
  let engine: SearchEngine;
  let fixtures: ReturnType<typeof contractFixtures>;
  const ids = async (text: string, filters: SearchFilters = {}) =>
    (await engine.search(request(text, filters))).hits.map((hit) => hit.id);

  beforeAll(async () => {
    engine = await connect();
    fixtures = contractFixtures();
    await engine.upsert(fixtures.all);
  });
  afterAll(() => disconnect());

  describe('Norwegian text', () => {
    it('finds the building-permit guide despite a typo ("byggesøknd")', async () => {
      expect((await ids('byggesøknd'))[0]).toBe(fixtures.byTitle('Digital veileder for byggesøknad').id);
    });

    it('finds velferdsteknologi from a prefix ("velferdst")', async () => {
      expect(await ids('velferdst')).toContain(fixtures.byTitle('Velferdsteknologisk').id);
    });

    it('finds "barnehagen" and "barnehager" from "barnehage"', async () => {
      const found = await ids('barnehage');
      expect(found).toEqual(expect.arrayContaining([fixtures.openNeed.id, fixtures.closedNeed.id]));
      expect(found).toContain(fixtures.byTitle('Samordnet opptak til barnehage').id);
    });

    it.each(['robot', 'RPA', 'robotisering'])('finds the casework robot from "%s"', async (query) => {
      expect(await ids(query)).toContain(fixtures.byTitle('Saksbehandlingsrobot').id);
    });

    it('finds a synonym phrase anywhere in a document ("selvbetjening" → "digital søknad")', async () => {
      const phrased: SearchDocument = {
        ...fixtures.openNeed,
        id: crypto.randomUUID(),
        title: 'Innsyn i egne saker',
        description: 'Innbyggerne sender en digital søknad og følger saken sin.',
      };
      await engine.upsert([phrased]);
      try {
        expect(await ids('selvbetjening')).toContain(phrased.id);
      } finally {
        await engine.delete([phrased]);
      }
    });

    it.each([
      ['byggesoknad', 'Digital veileder for byggesøknad'],
      ['byggesoeknad', 'Digital veileder for byggesøknad'],
      ['tilsynslosning', 'Digital tilsynsløsning'],
      ['startlaan', 'Selvbetjent søknad om startlån'],
      ['startlan', 'Selvbetjent søknad om startlån'],
      ['Baerum', 'Digital veileder for byggesøknad'],
    ])('matches æ, ø and å typed as ae, o/oe and aa ("%s")', async (query, title) => {
      expect(await ids(query)).toContain(fixtures.byTitle(title).id);
    });

    it('finds nothing for a word that is nowhere', async () => {
      const result = await engine.search(request('kvantedatamaskin'));
      expect(result).toMatchObject({ totalCount: 0, hits: [] });
    });
  });

  describe('ranking', () => {
    /** The (inUseCount, reuseCount) of each hit, to compare with the same list sorted most in use first. */
    const inUseOrder = (hits: { id: string }[], pool = fixtures.all) =>
      hits.map((hit) => {
        const document = pool.find((d) => d.id === hit.id);
        return [document?.inUseCount ?? -1, document?.reuseCount ?? -1];
      });
    const mostInUseFirst = (pairs: number[][]) => [...pairs].sort((a, b) => b[0] - a[0] || b[1] - a[1]);

    it('lists everything for an empty query, most in use first, then most reused', async () => {
      const result = await engine.search(request('  '));
      expect(result.totalCount).toBe(fixtures.all.length);
      const order = inUseOrder(result.hits);
      expect(order).toEqual(mostInUseFirst(order));
    });

    it('ranks one organisation using a solution above five evaluating another', async () => {
      const solution = (inUseCount: number, reuseCount: number): SearchDocument => ({
        ...fixtures.openNeed,
        id: crypto.randomUUID(),
        kind: 'SOLUTION',
        title: 'Snøbrøytingsplanlegger',
        description: 'Planlegger brøyteruter.',
        inUseCount,
        reuseCount,
      });
      const used = solution(1, 1);
      const evaluated = solution(0, 5);
      const usedMore = solution(1, 3);
      const twins = [evaluated, used, usedMore];
      await engine.upsert(twins);
      try {
        for (const order of [SearchOrder.RELEVANCE, SearchOrder.MOST_IN_USE]) {
          const found = (await engine.search(request('snøbrøytingsplanlegger', {}, { order }))).hits.map(
            (h) => h.id,
          );
          expect(found).toEqual([usedMore.id, used.id, evaluated.id]);
        }
        const everything = await engine.search(request('', {}, { limit: 100 }));
        const positions = twins.map((twin) => everything.hits.findIndex((hit) => hit.id === twin.id));
        expect(positions[1]).toBeLessThan(positions[0]);
      } finally {
        await engine.delete(twins);
      }
    });

    it('orders by most in use, whatever the relevance, when asked', async () => {
      const result = await engine.search(
        request('kommune', {}, { order: SearchOrder.MOST_IN_USE, limit: 100 }),
      );
      expect(result.hits.length).toBeGreaterThan(1);
      const order = inUseOrder(result.hits);
      expect(order).toEqual(mostInUseFirst(order));
    });

    it('puts a title match above a more reused description match, and breaks ties by reuse', async () => {
      const twin = (reuseCount: number, title: string, description: string): SearchDocument => ({
        ...fixtures.openNeed,
        id: crypto.randomUUID(),
        kind: 'SOLUTION',
        title,
        description,
        reuseCount,
      });
      const titleMatch = twin(0, 'Kompostkalkulator', 'Et verktøy for hageavfall.');
      const described = twin(50, 'Avfallsportal', 'Portalen har også en kompostkalkulator.');
      const lessReused = twin(1, 'Kompostkalkulator for skoler', 'Et verktøy for skolehager.');
      const moreReused = twin(9, 'Kompostkalkulator for skoler', 'Et verktøy for skolehager.');
      await engine.upsert([titleMatch, described, lessReused, moreReused]);
      try {
        const found = await ids('kompostkalkulator');
        expect(found.indexOf(titleMatch.id)).toBeLessThan(found.indexOf(described.id));
        expect(found.indexOf(moreReused.id)).toBeLessThan(found.indexOf(lessReused.id));
      } finally {
        await engine.delete([titleMatch, described, lessReused, moreReused]);
      }
    });

    it.each(['', 'kommune'])(
      'pages through the same order with limit and offset (query "%s")',
      async (text) => {
        const all = (await engine.search(request(text))).hits.map((h) => h.id);
        expect(all.length).toBeGreaterThan(10);
        const first = await engine.search(request(text, {}, { limit: 5, offset: 0 }));
        const second = await engine.search(request(text, {}, { limit: 5, offset: 5 }));
        expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.slice(0, 10));
        expect(second.totalCount).toBe(all.length);
      },
    );
  });

  describe('filters and facets', () => {
    it('filters by kind, service area, organisation and county', async () => {
      expect((await ids('', { kinds: ['NEED'] })).sort()).toEqual(
        [fixtures.openNeed.id, fixtures.closedNeed.id].sort(),
      );
      const health = await ids('', { serviceAreas: ['helse-og-omsorg'], kinds: ['SOLUTION'] });
      expect(health).toHaveLength(
        fixtures.solutions.filter((s) => s.serviceArea === 'helse-og-omsorg').length,
      );
      const bergen = fixtures.byTitle('Saksbehandlingsrobot');
      expect(await ids('', { organizationIds: [bergen.organizationId], kinds: ['SOLUTION'] })).toEqual([
        bergen.id,
      ]);
      expect(await ids('', { countyNumbers: ['46'] })).toHaveLength(
        fixtures.all.filter((d) => d.ownerCounty === '46').length,
      );
    });

    it('filters notices by procedure and CPV division', async () => {
      expect(await ids('', { procedures: ['INNOVATION_PARTNERSHIP'] })).toEqual([fixtures.openNotice.id]);
      expect((await ids('', { cpvDivisions: ['72'] })).sort()).toEqual(
        [fixtures.openNotice.id, fixtures.cancelledNotice.id].sort(),
      );
    });

    it('filters solutions by kind, maturity, licence and open source', async () => {
      const where = (keep: (d: SearchDocument) => boolean) =>
        fixtures.solutions
          .filter(keep)
          .map((d) => d.id)
          .sort();
      expect((await ids('', { solutionKinds: ['ROBOT'] })).sort()).toEqual(
        where((d) => d.solutionKind === 'ROBOT'),
      );
      expect(where((d) => d.solutionKind === 'ROBOT')).toHaveLength(2);
      expect((await ids('', { maturities: ['PILOT', 'CONCEPT'] })).sort()).toEqual(
        where((d) => d.maturity === 'PILOT' || d.maturity === 'CONCEPT'),
      );
      expect((await ids('', { licenseIds: ['EUPL-1.2'] })).sort()).toEqual(
        where((d) => d.licenseId === 'EUPL-1.2'),
      );
      const open = where((d) => d.openSource === true);
      expect(open.length).toBeGreaterThan(0);
      expect(open.length).toBeLessThan(fixtures.solutions.length);
      expect((await ids('', { openSourceOnly: true })).sort()).toEqual(open);
      // With text too, where PostgreSQL matches rather than counts.
      expect(await ids('robot', { solutionKinds: ['ROBOT'], openSourceOnly: true })).toEqual(
        expect.arrayContaining([fixtures.byTitle('Saksbehandlingsrobot').id]),
      );
      expect(await ids('robot', { solutionKinds: ['INTEGRATION'] })).toEqual([]);
    });

    it('counts solutions by kind, maturity, licence and open source, leaving needs and notices out', async () => {
      for (const text of ['', 'kommune']) {
        const result = await engine.search(request(text, {}, { limit: 1 }));
        const facet = (field: string) =>
          Object.fromEntries(
            result.facets.find((f) => f.field === field)?.values.map((v) => [v.value, v.count]) ?? [],
          );
        const hits = (await engine.search(request(text))).hits.map((hit) => hit.id);
        const matched = fixtures.solutions.filter((d) => hits.includes(d.id));
        const expected = (value: (d: SearchDocument) => string | null) => {
          const counts: Record<string, number> = {};
          for (const d of matched) {
            const key = value(d);
            if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
          }
          return counts;
        };
        expect(matched.length).toBeGreaterThan(0);
        expect(facet('solutionKind')).toEqual(expected((d) => d.solutionKind));
        expect(facet('maturity')).toEqual(expected((d) => d.maturity));
        expect(facet('licenseId')).toEqual(expected((d) => d.licenseId));
        expect(facet('openSource')).toEqual(expected((d) => String(d.openSource)));
      }
    });

    it('keeps open needs, open notices and solutions with openOnly', async () => {
      const open = await ids('', { openOnly: true });
      expect(open).toEqual(expect.arrayContaining([fixtures.openNeed.id, fixtures.openNotice.id]));
      for (const closed of [fixtures.closedNeed, fixtures.expiredNotice, fixtures.cancelledNotice])
        expect(open).not.toContain(closed.id);
      expect(open).toHaveLength(fixtures.solutions.length + 2);
    });

    it('counts facets over every match, adding up to the total', async () => {
      for (const [text, filters] of [
        ['', {}],
        ['barnehage', {}],
        ['', { serviceAreas: ['helse-og-omsorg'] }],
      ] as [string, SearchFilters][]) {
        const result = await engine.search(request(text, filters, { limit: 1 }));
        const sum = (field: string) =>
          result.facets.find((f) => f.field === field)?.values.reduce((s, v) => s + v.count, 0);
        expect(result.totalCount).toBeGreaterThan(0);
        expect(sum('kind')).toBe(result.totalCount);
        expect(sum('open')).toBe(result.totalCount);
        // A filtered facet counts without its own filter (see the disjunctive facets below).
        const unfiltered = await engine.search(request(text, {}, { limit: 1 }));
        expect(sum('serviceArea')).toBe(filters.serviceAreas ? unfiltered.totalCount : result.totalCount);
      }
      const everything = await engine.search(request(''));
      const facet = (field: string) => everything.facets.find((f) => f.field === field)?.values;
      expect(facet('kind')).toEqual(
        expect.arrayContaining([
          { value: 'SOLUTION', count: fixtures.solutions.length },
          { value: 'NEED', count: 2 },
          { value: 'PROCUREMENT_NOTICE', count: 3 },
        ]),
      );
      expect(facet('procedure')).toHaveLength(3);
      expect(facet('cpvDivision')).toEqual(expect.arrayContaining([{ value: '72', count: 2 }]));
      expect(facet('open')).toEqual(
        expect.arrayContaining([
          { value: 'false', count: 3 },
          { value: 'true', count: fixtures.all.length - 3 },
        ]),
      );
      expect(facet('ownerCounty')).toEqual(expect.arrayContaining([{ value: '46', count: 6 }]));
    });
  });

  describe('disjunctive facets', () => {
    const facet = (
      result: { facets: { field: string; values: { value: string; count: number }[] }[] },
      field: string,
    ) =>
      Object.fromEntries(
        result.facets.find((f) => f.field === field)?.values.map((v) => [v.value, v.count]) ?? [],
      );
    const search = (text: string, filters: SearchFilters) => engine.search(request(text, filters));

    it('counts a facet without its own filter and under all the others, with text and without', async () => {
      for (const text of ['', 'kommune']) {
        const both = await search(text, { kinds: ['SOLUTION'], serviceAreas: ['helse-og-omsorg'] });
        const solutions = await search(text, { kinds: ['SOLUTION'] });
        const health = await search(text, { serviceAreas: ['helse-og-omsorg'] });
        expect(both.totalCount).toBeGreaterThan(0);
        expect(both.totalCount).toBeLessThan(solutions.totalCount);
        expect(both.totalCount).toBe(both.hits.length);
        expect(facet(both, 'serviceArea')).toEqual(facet(solutions, 'serviceArea'));
        expect(Object.keys(facet(both, 'serviceArea')).length).toBeGreaterThan(1);
        expect(facet(both, 'kind')).toEqual(facet(health, 'kind'));
        expect(facet(health, 'kind').PROCUREMENT_NOTICE).toBe(3);
        // A facet with no filter of its own counts the selected matches only.
        const selected = fixtures.all.filter((d) => both.hits.some((hit) => hit.id === d.id));
        const maturities: Record<string, number> = {};
        for (const d of selected) if (d.maturity) maturities[d.maturity] = (maturities[d.maturity] ?? 0) + 1;
        expect(facet(both, 'maturity')).toEqual(maturities);
      }
    });

    it('counts open and closed items when only open ones are asked for, and the rest among the open', async () => {
      const open = await search('', { openOnly: true });
      const everything = await search('', {});
      expect(facet(open, 'open')).toEqual(facet(everything, 'open'));
      expect(facet(open, 'open').false).toBe(3);
      expect(facet(open, 'kind')).toEqual({
        SOLUTION: fixtures.solutions.length,
        NEED: 1,
        PROCUREMENT_NOTICE: 1,
      });
      expect(open.totalCount).toBe(fixtures.solutions.length + 2);
    });

    it('counts CPV divisions without their filter, and procedures among the chosen divisions', async () => {
      const it72 = await search('', { cpvDivisions: ['72'] });
      expect(facet(it72, 'cpvDivision')).toEqual(facet(await search('', {}), 'cpvDivision'));
      expect(facet(it72, 'procedure')).toEqual({ INNOVATION_PARTNERSHIP: 1, OPEN: 1 });
      expect(it72.totalCount).toBe(2);
    });
  });

  describe('writes', () => {
    it('replaces a document on a repeated upsert, never doubling it', async () => {
      const robot = fixtures.byTitle('Saksbehandlingsrobot');
      await engine.upsert([robot, robot]);
      await engine.upsert([{ ...robot, title: 'Saksbehandlingsrobot for meldinger', reuseCount: 7 }]);
      expect(await engine.count()).toBe(fixtures.all.length);
      expect((await ids('saksbehandlingsrobot')).filter((id) => id === robot.id)).toHaveLength(1);
      await engine.upsert([robot]);
    });

    it('forgets a deleted document, and deleting an unknown one is harmless', async () => {
      const chatbot = fixtures.byTitle('Chatbot');
      await engine.delete([chatbot, { kind: 'NEED', id: crypto.randomUUID() }]);
      expect(await ids('chatbot')).not.toContain(chatbot.id);
      await engine.upsert([chatbot]);
      expect(await ids('chatbot')).toContain(chatbot.id);
    });

    it('keeps the facets of an empty query exact when documents change their facet values or go', async () => {
      const [moved, removed] = fixtures.solutions;
      const changed = { ...moved, serviceArea: 'kultur-og-fritid', ownerCounty: null };
      await engine.upsert([changed]);
      await engine.delete([removed]);
      try {
        const indexed = fixtures.all
          .filter((d) => d.id !== removed.id)
          .map((d) => (d.id === moved.id ? changed : d));
        const result = await engine.search(request(''));
        const facet = (field: string) =>
          Object.fromEntries(
            result.facets.find((f) => f.field === field)?.values.map((v) => [v.value, v.count]) ?? [],
          );
        const expected = (value: (d: SearchDocument) => string | null) => {
          const counts: Record<string, number> = {};
          for (const d of indexed) {
            const key = value(d);
            if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
          }
          return counts;
        };
        expect(result.totalCount).toBe(indexed.length);
        expect(facet('kind')).toEqual(expected((d) => d.kind));
        expect(facet('serviceArea')).toEqual(expected((d) => d.serviceArea));
        expect(facet('ownerCounty')).toEqual(expected((d) => d.ownerCounty));
        expect(facet('open')).toEqual(expected((d) => String(d.openUntil > Date.now())));
      } finally {
        await engine.upsert([moved, removed]);
      }
    });

    it('finds solutions for a long text with any of its words', async () => {
      const result = await engine.search(
        request(
          'Vi trenger en løsning som hjelper innbyggerne å søke om byggetillatelse for garasje og tilbygg',
          { kinds: ['SOLUTION'] },
          { matchAnyWord: true, withFacets: false, limit: 3 },
        ),
      );
      expect(result.hits[0]?.id).toBe(fixtures.byTitle('Digital veileder for byggesøknad').id);
    });

    it('leaves out a solution that shares only one common word with a long text, and keeps a good match', async () => {
      const text =
        'Vi trenger en løsning som hjelper innbyggerne å søke om byggetillatelse for garasje og tilbygg';
      const similar = async () =>
        (
          await engine.search(
            request(text, { kinds: ['SOLUTION'] }, { matchAnyWord: true, withFacets: false, limit: 5 }),
          )
        ).hits.map((hit) => hit.id);
      const good = fixtures.byTitle('Digital veileder for byggesøknad').id;
      const weak: SearchDocument = {
        ...fixtures.byTitle('Digital veileder for byggesøknad'),
        id: crypto.randomUUID(),
        title: 'Kantinemeny for ansatte',
        summary: 'Menyen vises for ansatte og innbyggerne.',
        description: 'Lunsj og middag i rådhuset.',
        tags: ['kantine'],
      };
      await engine.upsert([weak]);
      try {
        // Alone, the weak match's word finds it: it is in the index, and only the threshold drops it.
        expect(await ids('innbyggerne kantinemeny')).toContain(weak.id);
        const hits = await similar();
        expect(hits).toContain(good);
        expect(hits).not.toContain(weak.id);
      } finally {
        await engine.delete([weak]);
      }
    });

    it('matches every word of a text longer than ten words, the last ones too', async () => {
      const text = 'kommunal digital tjeneste for innbyggere som melder skader på veier og gatelys';
      const need = (description: string): SearchDocument => ({
        ...fixtures.openNeed,
        id: crypto.randomUUID(),
        title: 'Melding om skader',
        description,
      });
      const every = need(`${text} fra mobilen.`);
      const allButLast = need(text.replace(' og gatelys', ' og bruer fra mobilen.'));
      await engine.upsert([every, allButLast]);
      try {
        expect(await ids(text)).toEqual([every.id]);
      } finally {
        await engine.delete([every, allButLast]);
      }
    });
  });

  describe('rebuild', () => {
    it('keeps answering from the old index until the swap, then from the new one', async () => {
      const build = await engine.beginRebuild();
      const kept = fixtures.solutions.slice(0, 3);
      await build.upsert(kept);
      expect((await engine.search(request(''))).totalCount).toBe(fixtures.all.length);
      await build.swap();
      expect((await engine.search(request(''))).totalCount).toBe(kept.length);
      await engine.upsert(fixtures.all);
      expect(await engine.count()).toBe(fixtures.all.length);
    });

    it('leaves the live index alone when a rebuild is abandoned', async () => {
      const build = await engine.beginRebuild();
      await build.upsert(fixtures.solutions.slice(0, 1));
      await build.abandon();
      expect(await engine.count()).toBe(fixtures.all.length);
    });
  });
}
