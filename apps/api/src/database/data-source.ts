import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from './migrations';

/**
 * Every TypeORM entity of the api: the classes in the modules' `*.entity.ts` files (compiled or
 * not). Found by name, so the database layer imports no module and every module may import it.
 */
export const entities = [join(__dirname, '..', '**', '*.entity.{ts,js}')];

/** The migrations a data source runs: all of them, or (in tests) the oldest few. */
export type MigrationList = typeof migrations;

export function createDataSource(
  url: string,
  poolSize = 20,
  migrationList: MigrationList = migrations,
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: migrationList,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize,
    applicationName: 'lokomotiv-api',
  });
}

/** Connects and brings the schema up to date. */
export async function openDatabase(
  url: string,
  poolSize?: number,
  migrationList: MigrationList = migrations,
): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize, migrationList);
  await dataSource.initialize();
  await whileHoldingMigrationLock(url, () => dataSource.runMigrations());
  return dataSource;
}

/** The advisory lock every replica takes to migrate and seed: any fixed number will do, this is the first migration's. */
const STARTUP_LOCK = 1764000000000;

/**
 * Runs `work` while this process holds the startup lock, on a connection of its own (outside the
 * pool, which may be small): replicas starting together migrate one after the other, and the later
 * ones find nothing left to run. The lock is a session lock, so it goes with the connection if the
 * process dies.
 */
async function whileHoldingMigrationLock(url: string, work: () => Promise<unknown>): Promise<void> {
  const lock = new Client({ connectionString: url, application_name: 'lokomotiv-api-migrations' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    await work();
  } finally {
    await lock.end();
  }
}

/**
 * Runs `work` (seeding) while this process holds the startup lock, on one pooled connection, so
 * replicas starting together on an empty database seed one after the other and the later ones
 * find the rows there.
 */
export async function whileHoldingStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await work();
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    await lock.release();
  }
}
