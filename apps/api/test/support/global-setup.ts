import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, databaseUrl, dropDatabase, testDatabaseServer } from '@lokomotiv/test-database';
import { openDatabase } from '../../src/database/data-source';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';
import { OrganizationRepository } from '../../src/organizations/organization.repository';
import { referenceOrganizations } from '../../src/seed/reference-organizations';
import { findTestRedis } from './local-redis';
import { SERVER_ENV, TEMPLATE_ENV } from './test-database';
import { setUpTestMeilisearch } from './test-meilisearch';

/**
 * Tests run on a real PostgreSQL: the one in DATABASE_URL when set, else an embedded one started
 * here, throwaway and so without crash safety. The schema is migrated once into a template
 * database that every test file clones. Meilisearch runs too, for the suites of its adapter.
 */
export default async function globalSetup(): Promise<void> {
  const server = await testDatabaseServer(async () =>
    startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'lokomotiv-test-')), () => {}, { durable: false }),
  );
  const adminUrl = databaseUrl(server.url, 'postgres');
  const templateName = `lokomotiv_template_${process.pid}`;
  await dropDatabase(adminUrl, templateName);
  const template = await openDatabase(await createDatabase(adminUrl, templateName), 2);
  await new OrganizationRepository(template).insertMissingByMunicipalityOrCounty(referenceOrganizations());
  await template.destroy();

  process.env[SERVER_ENV] = adminUrl;
  process.env[TEMPLATE_ENV] = templateName;
  (globalThis as Record<string, unknown>).__lokomotivTestServer = server;
  (globalThis as Record<string, unknown>).__lokomotivTestMeilisearch = await setUpTestMeilisearch();
  await findTestRedis();
}
