// Starts the BUILT api (which serves the built web app) on a free port with demo data, on a fresh
// database of the DATABASE_URL server when it is set (as in CI), else of a throwaway embedded one.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, dropDatabase, testDatabaseServer } from '@lokomotiv/test-database';

const API_DIST = resolve(fileURLToPath(import.meta.url), '../../../../api/dist');
const API_MAIN = resolve(API_DIST, 'main.js');
const WEB_DIST = resolve(fileURLToPath(import.meta.url), '../../../dist');

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** A throwaway database and data directory. */
async function prepareStorage(label) {
  const dataDir = await mkdtemp(join(tmpdir(), `lokomotiv-${label}-`));
  const server = await testDatabaseServer(async () => {
    const { startEmbeddedDatabase } = await import(resolve(API_DIST, 'database/embedded-database.js'));
    return startEmbeddedDatabase(dataDir, () => {}, { durable: false });
  });
  const name = `lokomotiv_${label}_${process.pid}_${Date.now()}`;
  const databaseUrl = await createDatabase(server.url, name);
  return {
    env: { DATABASE_URL: databaseUrl, DATA_DIR: dataDir },
    databaseUrl,
    async cleanUp() {
      await dropDatabase(server.url, name);
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForApi(baseUrl, child, output, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The api exited early:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ serviceAreas { id } }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The api did not start within ${timeoutMs} ms:\n${output.join('')}`);
}

/** Starts the app and returns { baseUrl, databaseUrl, dataDir, stop }. */
export async function startApp({ label = 'e2e', env = {} } = {}) {
  const storage = await prepareStorage(label);
  const port = await freePort();
  const output = [];
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      ...storage.env,
      PORT: String(port),
      SEED_DEMO: 'true',
      NODE_ENV: 'development',
      WEB_DIST_DIR: WEB_DIST,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForApi(baseUrl, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    await storage.cleanUp().catch(() => {});
    throw error;
  }
  return {
    baseUrl,
    databaseUrl: storage.databaseUrl,
    /** Without SMTP_URL the api writes each mail as an .eml file under `<dataDir>/mail`. */
    dataDir: storage.env.DATA_DIR,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await storage.cleanUp().catch((error) => console.warn('Could not clean up:', error.message));
    },
  };
}
