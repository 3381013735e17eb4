import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '../src/database/embedded-database';
import { fakeOrganizationNumber } from './support/test-app';

const API_ROOT = resolve(__dirname, '..');

/** Starts the api as a user would with no DATABASE_URL, and resolves once it listens. */
function startApi(dataDir: string, port: number): Promise<ChildProcess> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_ROOT,
    env: { ...env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', SEED_DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveStart, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Lokomotiv is running')) resolveStart(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`api exited with ${code} before listening:\n${output}`)));
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolveStop) => {
    child.once('exit', (code) => resolveStop(code));
    child.kill(signal);
  });
}

/** Starts the api and resolves with what it printed once it exits (it should not listen). */
function startFailing(dataDir: string, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun) => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: API_ROOT,
      env: { ...env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development', SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => resolveRun({ code, output }));
  });
}

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }';

async function gql(port: number, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, { user: { email: string } }>;
    errors?: unknown[];
  };
}

describe('the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lokomotiv-embedded-'));
  let running: ChildProcess | undefined;
  afterEach(() => running?.kill('SIGKILL'));

  it('keeps what was created through the API across a clean stop and a restart', async () => {
    const port = await findFreePort();
    const account = { email: `restart-${Date.now()}@startup.test`, password: 'persisted-password' };
    running = await startApi(dataDir, port);
    const registered = await gql(
      port,
      `mutation ($n: String!, $e: String!, $p: String!) {
        registerCompany(name: "Omstart AS", organizationNumber: $n, email: $e, password: $p, userName: "Ida") { user { email } }
      }`,
      { n: fakeOrganizationNumber(), e: account.email, p: account.password },
    );
    expect(registered.errors).toBeUndefined();
    expect(await stop(running)).toBe(0);

    running = await startApi(dataDir, port);
    const login = await gql(port, LOGIN, { e: account.email, p: account.password });
    expect(login.data?.login.user.email).toBe(account.email);

    // Killed outright, the api leaves its PostgreSQL running on the directory; the next start stops it.
    await stop(running, 'SIGKILL');
    running = await startApi(dataDir, port);
    const afterKill = await gql(port, LOGIN, { e: account.email, p: account.password });
    expect(afterKill.data?.login.user.email).toBe(account.email);
    expect(await stop(running)).toBe(0);
    running = undefined;
  }, 180_000);

  const asRoot = process.getuid?.() === 0 && spawnSync('id', ['postgres']).status === 0 ? it : it.skip;
  asRoot(
    'stops with one line saying what to do when the postgres user cannot reach the data (a clone under /root)',
    async () => {
      const hidden = mkdtempSync(join('/root', 'lokomotiv-hidden-'));
      try {
        chmodSync(hidden, 0o700);
        mkdirSync(join(hidden, 'data'));
        const { code, output } = await startFailing(join(hidden, 'data'), await findFreePort());
        expect(code).toBe(1);
        expect(output.trim().split('\n')).toEqual([
          expect.stringMatching(
            /^Cannot start: .*postgres user.*cannot reach .*lokomotiv-hidden-.*DATABASE_URL/,
          ),
        ]);
      } finally {
        rmSync(hidden, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
