import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import {
  createEmptyDatabase,
  migrationsUpTo,
  schemaChanges,
  schemaChangesJson,
  schemaFixturePath,
} from './migrated-schema';
import { databaseUrl } from './test-database';

/**
 * Writes what each migration up to `last` changes in the schema, as the catalog reports it, to
 * test/fixtures/schema-changes-up-to-<last>.json. Usage (from apps/api):
 *   DATABASE_URL=postgres://… node -r @swc-node/register test/support/write-schema-fixture.ts <last>
 */
async function main(last: string | undefined): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server || !last) throw new Error('Set DATABASE_URL and name the last migration');
  const database = await createEmptyDatabase(databaseUrl(server, 'postgres'));
  try {
    const changes = await schemaChanges(database.url, migrationsUpTo(last));
    await writeFile(schemaFixturePath(last), schemaChangesJson(changes));
    console.log(`Wrote ${schemaFixturePath(last)}`);
  } finally {
    await database.drop();
  }
}

if (require.main === module) {
  main(process.argv[2]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
