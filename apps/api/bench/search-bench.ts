/**
 * Search benchmark (a script, not a test): `pnpm bench:search` at the repository root.
 * Generates 10,000 and 100,000 realistic published solutions, and for each engine (PostgreSQL,
 * then Meilisearch: MEILI_URL, else the test binary) builds the index, starts the api on loopback
 * and measures search latency through GraphQL and directly against the engine, at 1 and 16
 * concurrent clients, on the same documents and queries. Uses DATABASE_URL when set, else an embedded PostgreSQL in a temp dir.
 * BENCH_SIZES=1000,10000 and BENCH_REQUESTS=200 shorten a run.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { start as startMeilisearchServer, unavailableReason } from '@lokomotiv/meilisearch-test-server';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { openDatabase } from '../src/database/data-source';
import { startEmbeddedDatabase } from '../src/database/embedded-database';
import { OrganizationRepository } from '../src/organizations/organization.repository';
import { SEARCH_ENGINE, type SearchEngine, type SearchRequest } from '../src/search/search-engine';
import { SearchIndexRebuilder } from '../src/search/search-index-rebuilder';
import { DEMO_SOLUTIONS } from '../src/seed/demo-solutions';
import { referenceOrganizations } from '../src/seed/reference-organizations';
import { SERVICE_AREAS } from '../src/service-areas/service-areas';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = [1, 16];
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-the-config';

/** What municipal users type: words, typos, prefixes, æøå spelt out, and a filtered query. */
const QUERIES: { text: string; serviceAreas?: string[] }[] = [
  { text: '' },
  { text: 'byggesøknad' },
  { text: 'byggesøknd' },
  { text: 'velferdst' },
  { text: 'barnehage' },
  { text: 'robot' },
  { text: 'RPA' },
  { text: 'digital selvbetjening' },
  { text: 'hjemmetjeneste' },
  { text: 'startlaan' },
  { text: 'lekkasje vann' },
  { text: 'chatbot', serviceAreas: ['innbyggerdialog'] },
];

const GRAPHQL = `query ($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, limit: 20) {
    totalCount
    hits { ... on Solution { id title summary reuseCount serviceArea } }
    facets { field values { value count } }
  }
}`;

/** Filler words: made-up compounds, so that like real text most words are rare. */
const SYLLABLES = [
  'berg',
  'dal',
  'fjord',
  'skog',
  'lin',
  'sam',
  'data',
  'plan',
  'drift',
  'tjen',
  'helse',
  'vei',
  'mark',
  'stad',
  'kraft',
  'lag',
  'ring',
  'form',
  'verk',
  'sted',
  'bruk',
  'arbeid',
  'kart',
  'nett',
  'lys',
  'hav',
];
const VOCABULARY = Array.from({ length: 20_000 }, (_, i) =>
  [SYLLABLES[i % 26], SYLLABLES[Math.floor(i / 26) % 26], SYLLABLES[Math.floor(i / 676) % 26]].join(''),
);
const PREFIXES = ['', '', 'Ny', 'Felles', 'Regional', 'Mobil', 'Forenklet', 'Interkommunal', 'Åpen', 'Smart'];

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const words = (n: number) => Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');

async function insertSolutions(dataSource: DataSource, count: number): Promise<void> {
  const owners = (await dataSource.query("SELECT id FROM organizations WHERE kind = 'MUNICIPALITY'")) as {
    id: string;
  }[];
  const batch = 5000;
  for (let done = 0; done < count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, count - done) }, (_, i) => {
      const demo = pick(DEMO_SOLUTIONS);
      const title = `${pick(PREFIXES)} ${demo.title} ${done + i}`.trim();
      return {
        title,
        summary: `${demo.summary} ${words(8)}`,
        description: `${demo.description}\n\n${words(60 + Math.floor(random() * 60))}`,
        service_area: random() < 0.7 ? demo.serviceArea : pick(SERVICE_AREAS).id,
        tags: demo.tags.filter(() => random() < 0.7),
        owner_id: pick(owners).id,
        reuse_count: Math.floor(random() ** 3 * 60),
      };
    });
    await dataSource.query(
      `INSERT INTO solutions (title, summary, description, service_area, tags, owner_id, reuse_count, status, published_at)
       SELECT r.title, r.summary, r.description, r.service_area, r.tags, r.owner_id, r.reuse_count, 'PUBLISHED', now()
       FROM jsonb_to_recordset($1::jsonb) AS r(title text, summary text, description text, service_area text,
         tags text[], owner_id uuid, reuse_count int)`,
      [JSON.stringify(rows)],
    );
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `total` calls spread over `concurrency` clients, each cycling through the queries. */
async function measure(concurrency: number, total: number, call: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) {
        const start = performance.now();
        await call(i);
        latencies.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: total / seconds,
  };
}

async function viaApi(url: string, i: number): Promise<void> {
  const { text, serviceAreas } = QUERIES[i % QUERIES.length];
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: GRAPHQL,
      variables: { query: text, filter: serviceAreas && { serviceAreas } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

async function viaEngine(engine: SearchEngine, i: number): Promise<void> {
  const { text, serviceAreas } = QUERIES[i % QUERIES.length];
  const request: SearchRequest = {
    text,
    filters: { serviceAreas },
    limit: 20,
    offset: 0,
    withFacets: true,
    now: new Date(),
  };
  await engine.search(request);
}

type Stats = Awaited<ReturnType<typeof measure>>;
interface EngineRun {
  engine: string;
  clients: number;
  api: Stats;
  direct: Stats;
}

const ms = (s: Stats) => [s.p50, s.p95, s.p99].map((v) => v.toFixed(1)).join(' / ');

/** One engine over the generated documents: rebuild its index, then search through the api and directly. */
async function benchEngine(
  dataSource: DataSource,
  databaseUrl: string,
  env: Record<string, string>,
): Promise<EngineRun[]> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET,
    WEB_DIST_DIR: '/none',
    // A JSON line per request would be measured as search overhead.
    LOG_LEVEL: 'warn',
    ...env,
  });
  const app = await createApp(config, dataSource, JWT_SECRET);
  try {
    const start = performance.now();
    const indexed = await app.get(SearchIndexRebuilder).rebuild();
    const indexSeconds = (performance.now() - start) / 1000;
    await dataSource.query('VACUUM ANALYZE search_documents');
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    console.log(`${indexed} documents indexed by the ${engine.name} engine in ${indexSeconds.toFixed(1)} s`);
    await measure(4, 100, (i) => viaApi(graphqlUrl, i));
    const runs: EngineRun[] = [];
    for (const clients of CONCURRENCY) {
      const total = REQUESTS * (clients === 1 ? 1 : 2);
      const direct = await measure(clients, total, (i) => viaEngine(engine, i));
      const api = await measure(clients, total, (i) => viaApi(graphqlUrl, i));
      runs.push({ engine: engine.name, clients, api, direct });
    }
    return runs;
  } finally {
    await app.close();
  }
}

function printRuns(runs: EngineRun[]): void {
  console.log(
    'engine      | clients | api p50 / p95 / p99 ms | engine p50 / p95 / p99 ms | api/engine p50, p95 | api req/s',
  );
  for (const { engine, clients, api, direct } of runs) {
    console.log(
      `${engine.padEnd(11)} | ${String(clients).padStart(7)} | ${ms(api).padEnd(22)} | ${ms(direct).padEnd(25)} | ` +
        `${(api.p50 / direct.p50).toFixed(2)}x, ${(api.p95 / direct.p95).toFixed(2)}x`.padEnd(20) +
        ` | ${api.rps.toFixed(0)}`,
    );
  }
  const [postgres, meilisearch] = ['postgres', 'meilisearch'].map((name) =>
    runs.filter((r) => r.engine === name),
  );
  if (!postgres.length || !meilisearch.length) return;
  for (const [i, pg] of postgres.entries()) {
    const meili = meilisearch[i];
    console.log(
      `Meilisearch/PostgreSQL at ${pg.clients} client(s): api p95 ${(meili.api.p95 / pg.api.p95).toFixed(2)}x, ` +
        `engine p95 ${(meili.direct.p95 / pg.direct.p95).toFixed(2)}x, api req/s ${(meili.api.rps / pg.api.rps).toFixed(2)}x`,
    );
  }
}

async function benchSize(serverUrl: string, meili: { url: string; key: string } | null, size: number) {
  const name = `lokomotiv_bench_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await openDatabase(url.toString(), 20);
  try {
    await new OrganizationRepository(dataSource).insertMissingByMunicipalityOrCounty(
      referenceOrganizations(),
    );
    const start = performance.now();
    await insertSolutions(dataSource, size);
    console.log(`\n${size} solutions inserted in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    const runs = await benchEngine(dataSource, url.toString(), {});
    if (meili) {
      const env = { MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.key, MEILI_INDEX: `bench_${size}` };
      runs.push(...(await benchEngine(dataSource, url.toString(), env)));
    }
    printRuns(runs);
  } finally {
    await dataSource.destroy();
    const cleanup = new Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  }
}

/** MEILI_URL when set, else the test binary (linux-x64); without either only PostgreSQL is measured. */
async function startMeilisearch() {
  if (process.env.MEILI_URL) {
    return { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY ?? '', stop: async () => {} };
  }
  const reason = unavailableReason();
  if (reason) {
    console.log(`Meilisearch not measured: ${reason}`);
    return null;
  }
  return startMeilisearchServer();
}

const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');

async function main(): Promise<void> {
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(join(tmpdir(), 'lokomotiv-bench-'));
  const server = dataDir
    ? await startEmbeddedDatabase(dataDir, () => {})
    : { url: process.env.DATABASE_URL ?? '', stop: async () => {} };
  const meili = await startMeilisearch();
  console.log(
    `Search benchmark, ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, ` +
      `${dataDir ? 'embedded PostgreSQL' : 'PostgreSQL at DATABASE_URL'}, ` +
      `${meili ? `Meilisearch at ${meili.url}` : 'no Meilisearch'}; ${REQUESTS} requests at 1 client, ${REQUESTS * 2} at 16; ` +
      `load average ${loadAverage()}`,
  );
  try {
    for (const size of SIZES) await benchSize(server.url, meili, size);
  } finally {
    console.log(`Load average at the end: ${loadAverage()}`);
    await meili?.stop();
    await server.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
