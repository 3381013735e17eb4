import { readFileSync } from 'node:fs';
import {
  createEmptyDatabase,
  migrationsUpTo,
  type SchemaChanges,
  schemaChanges,
  schemaFixturePath,
} from './support/migrated-schema';
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
});
