import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { type AppConfig, loadConfig } from './config/app-config';
import { createDataSource } from './database/data-source';

/**
 * The app with no database connection, for writing the GraphQL schema (`schemaFile`) or inspecting
 * resolvers. Nothing in it may be called.
 */
export async function createSchemaOnlyApp(schemaFile?: string): Promise<INestApplication> {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), WEB_DIST_DIR: '/nonexistent' });
  const dataSource = createDataSource('postgres://unused/unused');
  const app = await NestFactory.create(
    AppModule.create({ config, dataSource, jwtSecret: 'unused', schemaFile }),
    {
      logger: ['error'],
    },
  );
  return app.init();
}

import { DigestScheduler } from './mail/digest-scheduler';
import { MailSender } from './mail/mail-sender';
import { NotificationFanOut } from './notifications/notification-fan-out';
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
  app.get(NotificationFanOut).startWithApp();
  app.get(MailSender).startWithApp();
  app.get(DigestScheduler).startWithApp();
  app.set('trust proxy', config.trustedProxies);
  app.use(securityHeaders);
  app.use(compression());
  app.useBodyParser('json', { limit: '1mb' });
  const webDist = config.webDistDir ?? resolve(__dirname, '../../web/dist');
  if (existsSync(join(webDist, 'index.html'))) serveWebApp(app, webDist);
  return app;
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Rendered user text (markdown) is sanitised; the CSP is the second line of defence against script injection. */
function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

/** Serves the built web app at `/`, with index.html for every client-side route. */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  app.useStaticAssets(webDist, { index: false, maxAge: '1h', immutable: false });
  const indexHtml = join(webDist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApiPath =
      req.path.startsWith('/graphql') || req.path.startsWith('/feeds/') || req.path.startsWith('/mail/');
    const isPageRequest = req.method === 'GET' && !isApiPath && req.accepts('html');
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
