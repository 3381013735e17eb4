import 'reflect-metadata';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createSchemaOnlyApp, resolveJwtSecret } from './app.factory';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { writeContractSourceFiles } from './contract/contract-files';
import { openDatabase } from './database/data-source';
import { startEmbeddedDatabase } from './database/embedded-database';
import { SearchIndexRebuilder } from './search/search-index-rebuilder';
import { createPlatformAdmin } from './users/create-platform-admin';

const USAGE = `Usage: lokomotiv-cli <command>
  schema [dir]      write the GraphQL schema and the error reasons and facet names into the contract
                    package (default: ../../packages/contract), no database needed
  migrate           bring the database schema up to date
  reindex           rebuild the whole search index from PostgreSQL; search keeps answering meanwhile
  create-admin      create the first platform admin; reads ADMIN_EMAIL, ADMIN_NAME, ADMIN_PASSWORD,
                    ADMIN_ORGANIZATION_NUMBER and, for a new organisation, ADMIN_ORGANIZATION_NAME`;

async function writeContract(packageDir: string): Promise<void> {
  await (await createSchemaOnlyApp(resolve(packageDir, 'schema.gql'))).close();
  await writeContractSourceFiles(packageDir);
  console.log(`Wrote the schema, error reasons and facet names into ${packageDir}`);
}

/** Runs `work` against the configured database (embedded when DATABASE_URL is unset). */
async function withDatabase(work: (app: Awaited<ReturnType<typeof NestFactory.create>>) => Promise<void>) {
  const config = loadConfig();
  const server = config.databaseUrl
    ? { url: config.databaseUrl, stop: async () => {} }
    : await startEmbeddedDatabase(config.dataDir, console.log);
  const dataSource = await openDatabase(server.url, 2);
  try {
    const app = await NestFactory.create(
      AppModule.create({ config, dataSource, jwtSecret: await resolveJwtSecret(config) }),
      { logger: ['error', 'warn'] },
    );
    await app.init();
    await work(app);
    await app.close();
  } finally {
    await dataSource.destroy();
    await server.stop();
  }
}

async function main(args: string[]): Promise<void> {
  switch (args[0]) {
    case 'schema':
      return writeContract(args[1] ?? '../../packages/contract');
    case 'migrate':
      return withDatabase(async () => console.log('Database is up to date'));
    case 'reindex':
      return withDatabase(async (app) =>
        console.log(`Indexed ${await app.get(SearchIndexRebuilder).rebuild()} documents`),
      );
    case 'create-admin':
      return withDatabase(async (app) => console.log(await createPlatformAdmin(app, process.env)));
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
