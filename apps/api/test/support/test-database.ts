import { adminQuery, createDatabase, databaseUrl, dropDatabase as drop } from '@lokomotiv/test-database';

export { adminQuery, databaseUrl };

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

/** A fresh database cloned from the migrated template. */
export function cloneTemplate(server: TestDatabaseServer, name: string): Promise<string> {
  return createDatabase(server.adminUrl, name, { template: server.templateName });
}

export function dropDatabase(server: TestDatabaseServer, name: string): Promise<void> {
  return drop(server.adminUrl, name);
}
