import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { MeilisearchSearchEngine } from '../src/search/meilisearch-search-engine';
import { PostgresSearchEngine } from '../src/search/postgres-search-engine';
import type { SearchEngine } from '../src/search/search-engine';
import { contractFixtures, request } from './support/search-engine-contract';
import { cloneTemplate, dropDatabase, testServerFromEnv } from './support/test-database';
import { describeMeilisearch } from './support/test-meilisearch';

/** Norwegian queries as users type them: typos, prefixes, inflections, synonyms, æøå spelt out. */
const QUERIES: [kind: string, text: string, matchAnyWord?: boolean][] = [
  ['typo', 'byggesøknd'],
  ['typo', 'barnehgae'],
  ['typo', 'fakturakontrol'],
  ['typo', 'skjenkekontrol'],
  ['prefix', 'velferdst'],
  ['prefix', 'lekkasjev'],
  ['prefix', 'skoleskyss'],
  ['inflection', 'barnehager'],
  ['inflection', 'byggesøknader'],
  ['inflection', 'innbyggerspørsmålene'],
  ['synonym', 'RPA'],
  ['synonym', 'chatterobot'],
  ['synonym', 'iot'],
  ['synonym', 'mobilapp'],
  ['æøå', 'byggesoknad'],
  ['æøå', 'tilsynslosning'],
  ['æøå', 'startlaan'],
  ['æøå', 'medisinlisten hjemmetjenesten'],
  ['two words', 'digital veileder'],
  ['long text', 'Vi trenger en løsning som varsler innbyggerne på SMS når det er flom eller ras', true],
];

/**
 * Where the engines part, measured and kept here so a change either way is noticed: PostgreSQL
 * corrects typos by trigram similarity (a swap of two letters is too far), Meilisearch by edit
 * distance; PostgreSQL stems Norwegian, Meilisearch matches prefixes and typos only.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  barnehgae: 'two letters swapped: Meilisearch finds the kindergarten admission, PostgreSQL nothing',
  barnehager:
    'Meilisearch puts the exact word first (a need), PostgreSQL the stem match most reused (the admission)',
  innbyggerspørsmålene:
    'an inflected form longer than the word: PostgreSQL stems it, Meilisearch finds nothing',
};

/** The same documents and the same 20 queries on both engines: the same top hit, top three reported. */
describeMeilisearch('relevance parity: PostgreSQL and Meilisearch', (meili) => {
  const name = `lokomotiv_parity_${process.pid}_${Date.now()}`;
  const indexUid = `lokomotiv_parity_${process.pid}_${Date.now()}`;
  const fixtures = contractFixtures();
  const titles = new Map(fixtures.all.map((document) => [document.id, document.title]));
  let dataSource: DataSource;
  let postgres: SearchEngine;
  let meilisearch: MeilisearchSearchEngine;

  beforeAll(async () => {
    dataSource = await openDatabase(await cloneTemplate(testServerFromEnv(), name), 4);
    postgres = new PostgresSearchEngine(dataSource);
    meilisearch = new MeilisearchSearchEngine({ host: meili.url, apiKey: meili.key, indexUid });
    for (const engine of [postgres, meilisearch]) {
      await engine.prepare();
      await engine.upsert(fixtures.all);
    }
  }, 180_000);
  afterAll(async () => {
    await meilisearch?.dropIndex();
    await dataSource?.destroy();
    await dropDatabase(testServerFromEnv(), name);
  });

  it('gives the same top hit for each query but the known differences, and reports where the top three differ', async () => {
    const topThree = async (engine: SearchEngine, text: string, matchAnyWord = false) =>
      (await engine.search(request(text, {}, { limit: 3, withFacets: false, matchAnyWord }))).hits.map(
        (hit) => titles.get(hit.id) ?? hit.id,
      );
    const rows = await Promise.all(
      QUERIES.map(async ([kind, text, matchAnyWord]) => ({
        kind,
        text,
        postgres: await topThree(postgres, text, matchAnyWord),
        meilisearch: await topThree(meilisearch, text, matchAnyWord),
      })),
    );
    const differing = rows.filter((row) => row.postgres.join('|') !== row.meilisearch.join('|'));
    console.log(
      `Top three differ for ${differing.length} of ${rows.length} queries:\n` +
        differing
          .map(
            (row) =>
              `  ${row.kind} "${row.text}"\n    PostgreSQL:  ${row.postgres.join(' / ')}\n    Meilisearch: ${row.meilisearch.join(' / ')}`,
          )
          .join('\n'),
    );
    const agreeing = rows.filter((row) => !(row.text in KNOWN_DIFFERENCES));
    expect(agreeing.map((row) => [row.text, row.meilisearch[0]])).toEqual(
      agreeing.map((row) => [row.text, row.postgres[0]]),
    );
    for (const row of agreeing) expect(row.postgres[0]).toBeDefined();
    const known = rows.filter((row) => row.text in KNOWN_DIFFERENCES);
    expect(known.filter((row) => row.meilisearch[0] === row.postgres[0]).map((row) => row.text)).toEqual([]);
  });
});
