import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { migrations } from './migrations';

/**
 * Every TypeORM entity of the api: the classes in the modules' `*.entity.ts` files (compiled or
 * not). Found by name, so the database layer imports no module and every module may import it.
 */
export const entities = [join(__dirname, '..', '**', '*.entity.{ts,js}')];

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize,
    applicationName: 'lokomotiv-api',
  });
}

/** Connects and brings the schema up to date. */
export async function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
