import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/database/data-source';
import { migrations } from '../src/database/migrations';
import {
  createEmptyDatabase,
  migrationsUpTo,
  type SchemaChanges,
  schemaChange,
  schemaChanges,
  schemaFixturePath,
  withMigratedDatabase,
} from './support/migrated-schema';
import { dumpSchema } from './support/schema-catalog';
import { testServerFromEnv } from './support/test-database';

/** The newest migration the recorded fixture covers; later ones change the schema further. */
const RECORDED_UP_TO = 'PublicItemDocuments1764000800000';

describe('migrations', () => {
  const { adminUrl } = testServerFromEnv();

  it(`change the schema, one by one up to ${RECORDED_UP_TO}, exactly as recorded before they were made literal`, async () => {
    const recorded = JSON.parse(readFileSync(schemaFixturePath(RECORDED_UP_TO), 'utf8')) as SchemaChanges;
    const database = await createEmptyDatabase(adminUrl);
    try {
      const changes = await schemaChanges(database.url, migrationsUpTo(RECORDED_UP_TO));
      expect(Object.keys(changes)).toEqual(Object.keys(recorded));
      for (const name of Object.keys(recorded)) {
        expect({ [name]: changes[name] }).toEqual({ [name]: recorded[name] });
      }
    } finally {
      await database.drop();
    }
  });

  it('each go down to the schema before them and up again to the same schema', async () => {
    const database = await createEmptyDatabase(adminUrl);
    try {
      let before = await withMigratedDatabase(database.url, [], dumpSchema);
      for (let count = 1; count <= migrations.length; count++) {
        const applied = migrations.slice(0, count);
        const name = applied[count - 1].name;
        before = await withMigratedDatabase(database.url, applied, async (dataSource) => {
          const after = await dumpSchema(dataSource);
          await dataSource.undoLastMigration();
          expect({ [`${name} down`]: schemaChange(before, await dumpSchema(dataSource)) }).toEqual({
            [`${name} down`]: {},
          });
          await dataSource.runMigrations();
          expect({ [`${name} up again`]: schemaChange(after, await dumpSchema(dataSource)) }).toEqual({
            [`${name} up again`]: {},
          });
          return after;
        });
      }
    } finally {
      await database.drop();
    }
  });

  it('run once, and both replicas start, when two migrate an empty database at the same moment', async () => {
    const alone = await createEmptyDatabase(adminUrl);
    const shared = await createEmptyDatabase(adminUrl);
    try {
      const migratedAlone = await withMigratedDatabase(alone.url, migrations, dumpSchema);
      const replicas = await Promise.allSettled([openDatabase(shared.url, 2), openDatabase(shared.url, 2)]);
      const opened = replicas.flatMap((replica) => (replica.status === 'fulfilled' ? [replica.value] : []));
      try {
        expect(
          replicas.map((replica) => (replica.status === 'rejected' ? String(replica.reason) : 'ok')),
        ).toEqual(['ok', 'ok']);
        expect(await dumpSchema(opened[0])).toEqual(migratedAlone);
        const ran = (await opened[0].query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
        expect(ran.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));
      } finally {
        await Promise.all(opened.map((dataSource) => dataSource.destroy()));
      }
    } finally {
      await Promise.all([alone.drop(), shared.drop()]);
    }
  });
});
