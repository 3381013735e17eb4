import { Client } from 'pg';

/** The server every test database lives on, and the migrated template each test file clones. */
export interface TestDatabaseServer {
  adminUrl: string;
  templateName: string;
}

export const SERVER_ENV = 'LOKOMOTIV_TEST_ADMIN_URL';
export const TEMPLATE_ENV = 'LOKOMOTIV_TEST_TEMPLATE';

export function testServerFromEnv(): TestDatabaseServer {
  const adminUrl = process.env[SERVER_ENV];
  const templateName = process.env[TEMPLATE_ENV];
  if (!adminUrl || !templateName)
    throw new Error('The test database server is not set up; run the tests through jest');
  return { adminUrl, templateName };
}

/** The URL of `database`; test connections need not wait for their commits to reach the disk. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  url.searchParams.set('options', '-c synchronous_commit=off');
  return url.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template; a few retries cover clones started at the same moment. */
export async function cloneTemplate(server: TestDatabaseServer, name: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(server.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${server.templateName}"`);
      return databaseUrl(server.adminUrl, name);
    } catch (error) {
      if (attempt >= 10 || !String(error).includes('is being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export function dropDatabase(server: TestDatabaseServer, name: string): Promise<void> {
  return adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
