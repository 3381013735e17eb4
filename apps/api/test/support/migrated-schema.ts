import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { type MigrationList, openDatabase } from '../../src/database/data-source';
import { migrations } from '../../src/database/migrations';
import { type CatalogRow, dumpSchema, type SchemaCatalog } from './schema-catalog';
import { adminQuery, databaseUrl } from './test-database';

/** What one migration changed in the catalog: the rows of each part it added and removed. */
export type SchemaChange = Record<string, { added: CatalogRow[]; removed: CatalogRow[] }>;

/** What each migration changed, by migration name, oldest first. */
export type SchemaChanges = Record<string, SchemaChange>;

/** Where what each migration up to `last` changed in the schema is kept. */
export const schemaFixturePath = (last: string) =>
  resolve(__dirname, `../fixtures/schema-changes-up-to-${last}.json`);

/** The migrations up to and including the one named `last`, oldest first. */
export function migrationsUpTo(last: string): MigrationList {
  const end = migrations.findIndex((migration) => migration.name === last);
  if (end < 0) throw new Error(`No migration named ${last}`);
  return migrations.slice(0, end + 1);
}

/** A new empty database (from template0, whatever template1 holds) on the server of `adminUrl`, with its drop. */
export async function createEmptyDatabase(adminUrl: string) {
  const name = `lokomotiv_migrations_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE template0`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** Opens `url` as the api does, which runs whatever of `migrationList` is pending, then runs `work`. */
export async function withMigratedDatabase<T>(
  url: string,
  migrationList: MigrationList,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = await openDatabase(url, 2, migrationList);
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Runs `migrationList` one migration at a time on the empty database `url` and records what each
 * changed in the schema.
 */
export async function schemaChanges(url: string, migrationList: MigrationList): Promise<SchemaChanges> {
  const changes: SchemaChanges = {};
  let before = await withMigratedDatabase(url, [], dumpSchema);
  for (let count = 1; count <= migrationList.length; count++) {
    const applied = migrationList.slice(0, count);
    const after = await withMigratedDatabase(url, applied, dumpSchema);
    changes[applied[count - 1].name] = schemaChange(before, after);
    before = after;
  }
  return changes;
}

/** The parts of the catalog that differ between `before` and `after`, row by row. */
export function schemaChange(before: SchemaCatalog, after: SchemaCatalog): SchemaChange {
  const change: SchemaChange = {};
  for (const part of Object.keys(after) as (keyof SchemaCatalog)[]) {
    const rowsBefore = new Set(before[part].map((row) => JSON.stringify(row)));
    const rowsAfter = new Set(after[part].map((row) => JSON.stringify(row)));
    const added = after[part].filter((row) => !rowsBefore.has(JSON.stringify(row)));
    const removed = before[part].filter((row) => !rowsAfter.has(JSON.stringify(row)));
    if (added.length || removed.length) change[part] = { added, removed };
  }
  return change;
}

/** The changes as JSON with one catalog row a line, so that the fixture reads (and diffs) well. */
export function schemaChangesJson(changes: SchemaChanges): string {
  const rowsJson = (rows: CatalogRow[], indent: string) =>
    `[${rows.map((row) => `\n${indent}  ${JSON.stringify(row)}`).join(',')}${rows.length ? `\n${indent}` : ''}]`;
  const changeJson = (change: SchemaChange) =>
    Object.entries(change)
      .map(
        ([part, { added, removed }]) =>
          `    ${JSON.stringify(part)}: {\n      "added": ${rowsJson(added, '      ')},\n      "removed": ${rowsJson(removed, '      ')}\n    }`,
      )
      .join(',\n');
  const steps = Object.entries(changes).map(
    ([name, change]) => `  ${JSON.stringify(name)}: {\n${changeJson(change)}\n  }`,
  );
  return `{\n${steps.join(',\n')}\n}\n`;
}
