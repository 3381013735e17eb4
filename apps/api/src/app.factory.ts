import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { SearchIndexer } from './search/search-indexer';

export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  jwtSecret: string,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.create({ config, dataSource, jwtSecret }),
    {
      logger: config.nodeEnv === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
    },
  );
  app.get(SearchIndexer).startWithApp();
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: '1mb' });
  const webDist = config.webDistDir ?? resolve(__dirname, '../../web/dist');
  if (existsSync(join(webDist, 'index.html'))) serveWebApp(app, webDist);
  return app;
}

/** Serves the built web app at `/`, with index.html for every client-side route. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  app.useStaticAssets(webDist, { index: false, maxAge: '1h', immutable: false });
  const indexHtml = join(webDist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPageRequest = req.method === 'GET' && !req.path.startsWith('/graphql') && req.accepts('html');
    if (!isPageRequest) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

/** JWT_SECRET, or outside production a secret generated once and kept in the data directory. */
export async function resolveJwtSecret(config: AppConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = resolve(config.dataDir, 'jwt-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim()) return existing.trim();
  const secret = `${crypto.randomUUID()}${crypto.randomUUID()}`;
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
