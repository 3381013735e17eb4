/** A PostgreSQL server for tests; `url` reaches its `postgres` database as a superuser. */
export interface TestDatabaseServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The server tests use: DATABASE_URL's when it is set (as in CI), else the one `startEmbedded`
 * starts (a throwaway embedded server, which need not survive a crash).
 */
export function testDatabaseServer(
  startEmbedded: () => Promise<TestDatabaseServer>,
): Promise<TestDatabaseServer>;

/** The URL of database `name` on the server of `serverUrl`; its connections need not wait for their commits to reach the disk. */
export function databaseUrl(serverUrl: string, name: string): string;

/** Runs one statement on the server of `serverUrl`, on a connection of its own. */
export function adminQuery(serverUrl: string, sql: string): Promise<void>;

/**
 * Creates database `name`, a copy of `template` when given, and returns its URL. A few retries
 * cover copies of one template started at the same moment.
 */
export function createDatabase(
  serverUrl: string,
  name: string,
  options?: { template?: string },
): Promise<string>;

export function dropDatabase(serverUrl: string, name: string): Promise<void>;
