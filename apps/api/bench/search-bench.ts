/**
 * Search benchmark (a script, not a test): `pnpm bench:search` at the repository root.
 * Generates 10,000 and 100,000 realistic published solutions, builds the index, starts the api on
 * loopback and measures search latency through GraphQL and directly against the engine, at 1 and
 * 16 concurrent clients. Uses DATABASE_URL when set, else an embedded PostgreSQL in a temp dir.
 * BENCH_SIZES=1000,10000 and BENCH_REQUESTS=200 shorten a run.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
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

async function benchSize(serverUrl: string, size: number): Promise<void> {
  const name = `lokomotiv_bench_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await openDatabase(url.toString(), 20);
  let app: INestApplication | undefined;
  try {
    await new OrganizationRepository(dataSource).insertMissingByMunicipalityOrCounty(
      referenceOrganizations(),
    );
    let start = performance.now();
    await insertSolutions(dataSource, size);
    const insertSeconds = (performance.now() - start) / 1000;
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url.toString(),
      JWT_SECRET,
      WEB_DIST_DIR: '/none',
    });
    app = await createApp(config, dataSource, JWT_SECRET);
    start = performance.now();
    const indexed = await app.get(SearchIndexRebuilder).rebuild();
    const indexSeconds = (performance.now() - start) / 1000;
    await dataSource.query('VACUUM ANALYZE search_documents');
    await app.listen(0, '127.0.0.1');
    const graphqlUrl = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    console.log(
      `\n${size} solutions: inserted in ${insertSeconds.toFixed(1)} s, ${indexed} documents indexed by the ${engine.name} engine in ${indexSeconds.toFixed(1)} s`,
    );
    await measure(4, 100, (i) => viaApi(graphqlUrl, i));
    console.log(
      'clients | api p50 / p95 / p99 ms | engine p50 / p95 / p99 ms | api/engine p50, p95 | api req/s',
    );
    for (const concurrency of CONCURRENCY) {
      const total = REQUESTS * (concurrency === 1 ? 1 : 2);
      const engineStats = await measure(concurrency, total, (i) => viaEngine(engine, i));
      const apiStats = await measure(concurrency, total, (i) => viaApi(graphqlUrl, i));
      const ms = (s: { p50: number; p95: number; p99: number }) =>
        [s.p50, s.p95, s.p99].map((v) => v.toFixed(1)).join(' / ');
      console.log(
        `${String(concurrency).padStart(7)} | ${ms(apiStats).padEnd(22)} | ${ms(engineStats).padEnd(25)} | ` +
          `${(apiStats.p50 / engineStats.p50).toFixed(2)}x, ${(apiStats.p95 / engineStats.p95).toFixed(2)}x | ${apiStats.rps.toFixed(0)}`,
      );
    }
  } finally {
    await app?.close();
    await dataSource.destroy();
    const cleanup = new Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  }
}

async function main(): Promise<void> {
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(join(tmpdir(), 'lokomotiv-bench-'));
  const server = dataDir
    ? await startEmbeddedDatabase(dataDir, () => {})
    : { url: process.env.DATABASE_URL ?? '', stop: async () => {} };
  console.log(
    `Search benchmark, ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, ` +
      `${dataDir ? 'embedded PostgreSQL' : 'PostgreSQL at DATABASE_URL'}; ${REQUESTS} requests at 1 client, ${REQUESTS * 2} at 16`,
  );
  try {
    for (const size of SIZES) await benchSize(server.url, size);
  } finally {
    await server.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
