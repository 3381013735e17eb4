/**
 * Load benchmark (a script, not a test): `pnpm bench:load [--minutes 10]` at the repository root.
 * Starts the api as its own process on a fresh database (DATABASE_URL's server when set, else an
 * embedded PostgreSQL) with generated data, on loopback, and measures with autocannon: search and
 * the solution page at 50 clients, 500 organisations adopting one solution at once (counters
 * checked exact), and the api's memory over `--minutes` of mixed load. Prints markdown for
 * docs/benchmarks.md. The benchmark is many clients from one address, so it sets its own limits.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { findFreePort, startEmbeddedDatabase } from '../src/database/embedded-database';
import { OrganizationRepository } from '../src/organizations/organization.repository';
import { DEMO_SOLUTIONS } from '../src/seed/demo-solutions';
import { referenceOrganizations } from '../src/seed/reference-organizations';

const { values: flags } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    solutions: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '20' },
  },
});
const MINUTES = Number(flags.minutes);
const SOLUTIONS = Number(flags.solutions);
const SECONDS = Number(flags.seconds);
const CLIENTS = 50;
const ADOPTERS = 500;
const ADOPTION_ROUNDS = 3;
const MIXED_CLIENTS = 16;
const JWT_SECRET = 'load-bench-secret-that-is-long-enough';
const PASSWORD = 'load-bench-password';
const API_ROOT = resolve(__dirname, '..');

const SEARCH = `query ($query: String!) {
  search(query: $query, limit: 20) {
    totalCount
    hits { ... on Solution { id title summary reuseCount serviceArea owner { id name } } }
    facets { field values { value count } }
  }
}`;
/** What the web's solution page asks (apps/web/src/modules/solutions/graphql/solution.ts), anonymously. */
const SOLUTION_PAGE = `query ($id: ID!) {
  solution(id: $id) {
    id title summary description serviceArea tags status license sourceCodeUrl contactEmail benefits
    annualSavingsNok publishedAt createdAt updatedAt viewerFollows
    owner { id name kind }
    originNotice { id title need { id title } }
    reuseCount viewerCanEdit
    viewerAdoption { id stage createdAt organization { id name } }
    adoptions { id stage createdAt organization { id name } }
  }
}`;
const ADOPT = 'mutation ($id: ID!) { adoptSolution(solutionId: $id) { id } }';
const WITHDRAW = 'mutation ($id: ID!) { withdrawAdoption(solutionId: $id) }';
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const QUERIES = [
  '',
  'byggesøknad',
  'byggesøknd',
  'velferdst',
  'barnehage',
  'robot',
  'digital selvbetjening',
  'startlaan',
];

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

interface Fixture {
  solutionIds: string[];
  adopterEmails: string[];
}

/** Published solutions with a few adoptions each, and ADOPTERS organisations with one user each. */
async function generate(dataSource: DataSource): Promise<Fixture> {
  await new OrganizationRepository(dataSource).insertMissingByMunicipalityOrCounty(referenceOrganizations());
  const municipalities: { id: string }[] = await dataSource.query(
    "SELECT id FROM organizations WHERE kind = 'MUNICIPALITY' ORDER BY municipality_number",
  );
  const rows = Array.from({ length: SOLUTIONS }, (_, i) => {
    const demo = pick(DEMO_SOLUTIONS);
    return { ...demo, title: `${demo.title} ${i}`, owner_id: pick(municipalities).id };
  });
  const solutionIds: string[] = (
    await dataSource.query(
      `INSERT INTO solutions (title, summary, description, service_area, tags, owner_id, status, published_at)
       SELECT r.title, r.summary, r.description, r."serviceArea", r.tags, r.owner_id, 'PUBLISHED', now()
       FROM jsonb_to_recordset($1::jsonb) AS r(title text, summary text, description text, "serviceArea" text,
         tags text[], owner_id uuid) RETURNING id`,
      [JSON.stringify(rows)],
    )
  ).map((row: { id: string }) => row.id);
  // Up to 12 adoptions each, by municipalities other than the owner.
  await dataSource.query(
    `INSERT INTO adoptions (solution_id, organization_id, stage, started_at, confirmed_at, counted)
     SELECT s.id, o.id, 'IN_USE', now(), now(), true FROM solutions s
     CROSS JOIN LATERAL (SELECT id FROM organizations WHERE kind = 'MUNICIPALITY' AND id <> s.owner_id
                         ORDER BY md5(s.id::text || id::text) LIMIT (abs(hashtext(s.id::text)) % 13)) o
     ON CONFLICT DO NOTHING`,
  );
  await dataSource.query(
    `UPDATE solutions s SET reuse_count = c.n, in_use_count = c.n
     FROM (SELECT solution_id, count(*)::int AS n FROM adoptions GROUP BY solution_id) c WHERE c.solution_id = s.id`,
  );
  const passwordHash = await hash(PASSWORD);
  const adopterEmails = Array.from({ length: ADOPTERS }, (_, i) => `adopter-${i}@load.test`);
  await dataSource.query(
    `WITH orgs AS (
       INSERT INTO organizations (name, kind, organization_number)
       SELECT 'Lastkommune ' || i, 'MUNICIPALITY', (800000000 + i)::text FROM generate_series(1, $1) AS i
       RETURNING id, name)
     INSERT INTO users (email, name, password_hash, role, organization_id)
     SELECT 'adopter-' || (substring(name FROM 13)::int - 1) || '@load.test', name, $2, 'MEMBER', id FROM orgs`,
    [ADOPTERS, passwordHash],
  );
  await dataSource.query('ANALYZE');
  return { solutionIds, adopterEmails };
}

interface Api {
  url: string;
  child: ChildProcess;
  memory(): Promise<{ rss: number; heapUsed: number; heapTotal: number }>;
  stop(): Promise<void>;
}

/** The api as it runs in production (NODE_ENV=production), in a process of its own. */
async function startApi(databaseUrl: string): Promise<Api> {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    ['--expose-gc', '-r', '@swc-node/register', '-r', './bench/report-memory.ts', 'src/main.ts'],
    {
      cwd: API_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        JWT_SECRET,
        PORT: String(port),
        SEED_DEMO: 'false',
        WEB_DIST_DIR: '/nonexistent',
        RATE_LIMITS: '*.account=100000000/60,*.address=100000000/60',
        LOGIN_GUESSES: '100000000/60',
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The api exited with ${child.exitCode}`);
    const answered = await gql(url, '{ __typename }').then(
      () => true,
      () => false,
    );
    if (answered) break;
    await sleep(500);
  }
  return {
    url,
    child,
    memory: () =>
      new Promise((answer) => {
        child.once('message', (message) =>
          answer(message as { rss: number; heapUsed: number; heapTotal: number }),
        );
        child.send('memory');
      }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));

async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  address?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      // The api trusts X-Forwarded-For from loopback: each organisation comes from its own address.
      ...(address ? { 'x-forwarded-for': address } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The client address of organisation `i`, in 198.18.0.0/15, the range set aside for benchmarks. */
const addressOf = (i: number) => `198.18.${Math.floor(i / 256)}.${i % 256}`;

const post = (query: string, variables: Record<string, unknown>, token?: string, address?: string) => ({
  method: 'POST' as const,
  headers: {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(address ? { 'x-forwarded-for': address } : {}),
  },
  body: JSON.stringify({ query, variables }),
});

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  failures: number;
  /** What failed, e.g. `timeout`, `HTTP 500` or an error code, with how often. */
  failureKinds: string;
  /** CPU time per request of the api process and of its PostgreSQL connections, in ms. */
  apiCpuMs: number;
  dbCpuMs: number;
  load: string;
}

/** CPU seconds (user + system) each of the processes `pids` used so far, from /proc. */
function cpuSeconds(pids: number[]): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {
      // Gone: its time is lost.
    }
  }
  return seconds;
}
const CLOCK_TICKS = 100;

type CpuSample = { api: Map<number, number>; db: Map<number, number> };

/** The api's process and the PostgreSQL backends of its connections (the database runs on this machine). */
async function cpuOf(api: Api, db: Client): Promise<CpuSample> {
  const { rows } = await db.query(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'lokomotiv-api%'",
  );
  return {
    api: cpuSeconds([api.child.pid ?? 0]),
    db: cpuSeconds(rows.map((row: { pid: number }) => row.pid)),
  };
}

/** CPU seconds used between two samples by the processes of the second (a new one from zero). */
const cpuBetween = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((total, [pid, seconds]) => total + seconds - (before.get(pid) ?? 0), 0);

function errorKind(body: string): string {
  try {
    const { errors } = JSON.parse(body) as { errors: { message: string; extensions?: { code?: string } }[] };
    return errors[0]?.extensions?.code ?? errors[0]?.message ?? 'error';
  } catch {
    return 'unreadable answer';
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

/** `connections` clients cycling through `requests` for `seconds`; GraphQL errors count as failures. */
async function run(
  api: Api,
  db: Client,
  requests: ReturnType<typeof post>[],
  connections: number,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const fail = (kind: string, times = 1) => failures.set(kind, (failures.get(kind) ?? 0) + times);
  const cpuBefore = await cpuOf(api, db);
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: api.url,
        connections,
        duration: seconds,
        requests: requests.map((request) => ({
          ...request,
          onResponse: (status: number, body: string) => {
            if (status !== 200) fail(`HTTP ${status}`);
            else if (body.includes('"errors"')) fail(errorKind(body));
          },
        })),
      },
      (error, finished) => (error ? fail(error) : done(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const cpuAfter = await cpuOf(api, db);
  if (result.timeouts) fail('timeout', result.timeouts);
  if (result.errors > result.timeouts) fail('connection error', result.errors - result.timeouts);
  latencies.sort((a, b) => a - b);
  return {
    apiCpuMs: (cpuBetween(cpuBefore.api, cpuAfter.api) * 1000) / latencies.length,
    dbCpuMs: (cpuBetween(cpuBefore.db, cpuAfter.db) * 1000) / latencies.length,
    failureKinds: [...failures].map(([kind, times]) => `${kind} × ${times}`).join(', '),
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    failures: [...failures.values()].reduce((total, times) => total + times, 0),
    load: loadAverage(),
  };
}

async function loginAll(url: string, emails: string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < emails.length; i += 10) {
    const batch = emails.slice(i, i + 10);
    const logins = await Promise.all(
      batch.map((email) => gql<{ login: { token: string } }>(url, LOGIN, { email, password: PASSWORD })),
    );
    tokens.push(...logins.map((login) => login.login.token));
  }
  return tokens;
}

/** All ADOPTERS organisations adopt one solution at once, per round; the counters must then be exact. */
async function adoptAtOnce(api: Api, db: Client, solutionIds: string[], tokens: string[]) {
  const rounds: { seconds: number; load: string }[] = [];
  for (const id of solutionIds) {
    const [before] = (await db.query('SELECT reuse_count FROM solutions WHERE id = $1', [id])).rows;
    const started = performance.now();
    await Promise.all(tokens.map((token, i) => gql(api.url, ADOPT, { id }, token, addressOf(i))));
    rounds.push({ seconds: (performance.now() - started) / 1000, load: loadAverage() });
    const [after] = (
      await db.query(
        `SELECT s.reuse_count, (SELECT count(*)::int FROM adoptions a WHERE a.solution_id = s.id) AS adoptions
         FROM solutions s WHERE s.id = $1`,
        [id],
      )
    ).rows;
    const { solution } = await gql<{ solution: { reuseCount: number } }>(
      api.url,
      'query ($id: ID!) { solution(id: $id) { reuseCount } }',
      { id },
    );
    const expected = before.reuse_count + tokens.length;
    if (after.reuse_count !== expected || after.adoptions !== expected || solution.reuseCount !== expected) {
      throw new Error(
        `Counters off after ${tokens.length} adoptions: ${JSON.stringify({ before, after, solution })}`,
      );
    }
  }
  return rounds;
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const ms = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(join(tmpdir(), 'lokomotiv-load-'));
  const server = dataDir
    ? await startEmbeddedDatabase(dataDir, () => {})
    : { url: process.env.DATABASE_URL ?? '', stop: async () => {} };
  const name = `lokomotiv_load_${process.pid}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let api: Api | undefined;
  const db = new Client({ connectionString: databaseUrl });
  try {
    const dataSource = await openDatabase(databaseUrl, 4);
    const fixture = await generate(dataSource);
    await dataSource.destroy();
    await db.connect();
    api = await startApi(databaseUrl);
    const started = api;
    // The api builds the empty index from the tables when it starts.
    for (;;) {
      const { search } = await gql<{ search: { totalCount: number } }>(started.url, SEARCH, { query: '' });
      if (search.totalCount >= SOLUTIONS) break;
      await sleep(1000);
    }
    const tokens = await loginAll(started.url, fixture.adopterEmails);
    const searches = QUERIES.map((query) => post(SEARCH, { query }));
    const pages = fixture.solutionIds.slice(0, 50).map((id) => post(SOLUTION_PAGE, { id }));
    await run(started, db, [...searches, ...pages], 10, 5);

    console.log(
      `\n## Load run ${new Date().toISOString()}\n\n${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, ` +
        `${dataDir ? 'embedded PostgreSQL' : 'PostgreSQL at DATABASE_URL'}; ${SOLUTIONS} published solutions, ` +
        `${ADOPTERS} adopting organisations. Load average (1, 5, 15 min) is the machine's, shared with other work.\n`,
    );
    console.log(
      row([
        '',
        'clients',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'requests',
        'failed',
        'api CPU ms/req',
        'PostgreSQL CPU ms/req',
        'load average',
      ]),
    );
    console.log(row(Array(11).fill('---')));
    for (const [label, requests, clients] of [
      ['search', searches, 1],
      ['search', searches, CLIENTS],
      ['solution page', pages, 1],
      ['solution page', pages, CLIENTS],
    ] as const) {
      const figures = await run(started, db, requests, clients, SECONDS);
      console.log(
        row([
          label,
          clients,
          figures.rps.toFixed(0),
          ms(figures.p50),
          ms(figures.p95),
          ms(figures.p99),
          figures.requests,
          figures.failures ? `${figures.failures} (${figures.failureKinds})` : 0,
          ms(figures.apiCpuMs),
          ms(figures.dbCpuMs),
          figures.load,
        ]),
      );
    }

    const adoptions = await adoptAtOnce(api, db, fixture.solutionIds.slice(-ADOPTION_ROUNDS), tokens);
    console.log(
      `\n${ADOPTERS} organisations adopting one solution at once; reuseCount and adoptions exact after each round:\n`,
    );
    console.log(row(['round', 'seconds', 'adopts/s', 'load average']));
    console.log(row(Array(4).fill('---')));
    adoptions.forEach((round, i) => {
      console.log(row([i + 1, round.seconds.toFixed(2), (ADOPTERS / round.seconds).toFixed(0), round.load]));
    });

    await mixedLoad(api, db, fixture, tokens, searches, pages);
  } finally {
    await db.end().catch(() => {});
    await api?.stop();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await server.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

/** Searches, solution pages and adopt/withdraw pairs for MINUTES; memory after a collection every minute. */
async function mixedLoad(
  api: Api,
  db: Client,
  fixture: Fixture,
  tokens: string[],
  searches: ReturnType<typeof post>[],
  pages: ReturnType<typeof post>[],
): Promise<void> {
  const writes = tokens.slice(0, 20).flatMap((token, i) => {
    const id = fixture.solutionIds[100 + i];
    return [post(ADOPT, { id }, token, addressOf(i)), post(WITHDRAW, { id }, token, addressOf(i))];
  });
  const mix = [...searches, ...pages.slice(0, 20), ...writes.slice(0, 8)];
  const samples = [{ minute: 0, ...(await api.memory()), load: loadAverage() }];
  const running = run(api, db, mix, MIXED_CLIENTS, MINUTES * 60);
  for (let minute = 1; minute <= MINUTES; minute++) {
    await sleep(60_000);
    samples.push({ minute, ...(await api.memory()), load: loadAverage() });
  }
  const figures = await running;
  samples.push({ minute: MINUTES, ...(await api.memory()), load: loadAverage() });
  console.log(
    `\n${MINUTES} minutes of mixed load at ${MIXED_CLIENTS} clients (searches, solution pages, adopt/withdraw): ` +
      `${figures.requests} requests, ${figures.rps.toFixed(0)} req/s, p50 ${ms(figures.p50)} / p95 ${ms(figures.p95)} / ` +
      `p99 ${ms(figures.p99)} ms, ${figures.failures} failed${figures.failures ? ` (${figures.failureKinds})` : ''}; ` +
      `CPU per request: api ${ms(figures.apiCpuMs)} ms, PostgreSQL ${ms(figures.dbCpuMs)} ms. The api's memory after a full collection:\n`,
  );
  console.log(row(['minute', 'RSS MB', 'heap used MB', 'heap total MB', 'load average']));
  console.log(row(Array(5).fill('---')));
  for (const sample of samples) {
    console.log(row([sample.minute, mb(sample.rss), mb(sample.heapUsed), mb(sample.heapTotal), sample.load]));
  }
  const first = samples[1] ?? samples[0];
  const last = samples[samples.length - 1];
  console.log(
    `\nFrom minute 1 to the end: RSS ${mb(last.rss - first.rss)} MB, heap used ${mb(last.heapUsed - first.heapUsed)} MB.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
