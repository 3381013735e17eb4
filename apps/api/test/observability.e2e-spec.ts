import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { findFreePort } from '../src/database/embedded-database';
import { fakeWebDist } from './support/fake-web-dist';
import { TEST_JWT_SECRET, TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-test';

describe('health probes', () => {
  let api: TestApp;
  let base: string;
  beforeAll(async () => {
    api = await TestApp.start({ WEB_DIST_DIR: fakeWebDist() });
    base = new URL(api.url).origin;
  });
  afterAll(() => api.stop());

  it('/livez says the process answers and /readyz checks the database, the search engine and the outboxes', async () => {
    const live = await fetch(`${base}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: {
        database: { status: 'up' },
        searchEngine: { status: 'up', engine: expect.any(String) },
        outbox: {
          status: 'up',
          lagSeconds: { search_outbox: expect.any(Number), notification_outbox: expect.any(Number) },
        },
      },
    });
  });

  it('answers an unknown api path with 404, never the web app, which still serves its own routes', async () => {
    for (const path of ['/health', '/healthz', '/api/status', '/readyz/extra']) {
      const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).not.toContain('<title>Lokomotiv</title>');
    }
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Lokomotiv</title>');
  });
});

describe('metrics', () => {
  it('are Prometheus text for loopback clients: latency by operation, errors by code, outbox lag and worker failures', async () => {
    const api = await TestApp.start();
    try {
      await api.gqlOk('query Ping { __typename }');
      await api.gql('query Broken { solution(id: "not-an-id") { id } }');
      const response = await fetch(new URL('/metrics', api.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
      const text = await response.text();
      expect(text).toMatch(
        /^lokomotiv_graphql_request_duration_seconds_bucket\{le="[\d.]+",operation="Ping"\} 1$/m,
      );
      expect(text).toMatch(/^lokomotiv_graphql_request_duration_seconds_count\{operation="Broken"\} 1$/m);
      expect(text).toMatch(/^lokomotiv_graphql_errors_total\{code="BAD_USER_INPUT"\} 1$/m);
      expect(text).toMatch(/^lokomotiv_outbox_lag_seconds\{outbox="search_outbox"\} [\d.e+-]+$/m);
      expect(text).toMatch(/^lokomotiv_outbox_worker_failures_total\{worker="search_indexer"\} 0$/m);
      // A client a trusted (loopback) proxy names is not on this machine.
      const viaProxy = await fetch(new URL('/metrics', api.url), {
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(viaProxy.status).toBe(403);
    } finally {
      await api.stop();
    }
  });

  it('need the bearer METRICS_TOKEN when one is set', async () => {
    const api = await TestApp.start({ METRICS_TOKEN });
    try {
      const url = new URL('/metrics', api.url);
      expect((await fetch(url)).status).toBe(403);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
      expect((await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});

describe('logs', () => {
  let api: TestApp;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    api = await TestApp.start();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await api.stop();
  });

  it('are one JSON object a line, and each request carries its id, sent back as X-Request-Id', async () => {
    const port = await findFreePort();
    const lines: string[] = [];
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: resolve(__dirname, '..'),
      env: {
        ...process.env,
        DATABASE_URL: (api.dataSource.options as PostgresConnectionOptions).url,
        PORT: String(port),
        NODE_ENV: 'development',
        SEED_DEMO: 'false',
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'info',
        WEB_DIST_DIR: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    const listening = new Promise<void>((resolveListening, reject) => {
      child?.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const complete = buffered.split('\n');
        buffered = complete.pop() ?? '';
        lines.push(...complete);
        if (complete.some((line) => line.includes('Lokomotiv is running'))) resolveListening();
      });
      child?.once('exit', (code) => reject(new Error(`api exited with ${code}`)));
    });
    await listening;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'trace-42',
        authorization: 'Bearer secret-token',
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    const generated = await fetch(`http://127.0.0.1:${port}/livez`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    await new Promise((wait) => setTimeout(wait, 300));
    const entries = lines.filter((line) => line.trim()).map((line) => JSON.parse(line));
    expect(entries.find((entry) => entry.msg?.includes('Lokomotiv is running'))).toMatchObject({ level: 30 });
    const logged = entries.find((entry) => entry.req?.id === 'trace-42');
    expect(logged).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(logged.responseTime).toEqual(expect.any(Number));
    expect(lines.join('\n')).not.toContain('secret-token');
    // Probes are not logged.
    expect(entries.some((entry) => entry.req?.url === '/livez')).toBe(false);
  }, 60_000);
});
