import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { mountTestProvider } from './auth/oidc/test-provider/mount-test-provider';
import type { Clock } from './clock/clock';
import { type AppConfig, loadConfig } from './config/app-config';
import { createDataSource } from './database/data-source';
import { headTemplate, renderPage } from './web-pages/page-head';
import { fillRoot, renderLanguage, SERVER_RENDERED_ROUTES, ServerRenderer } from './web-pages/server-render';
import { WebPagesService } from './web-pages/web-pages.service';

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

import { AdoptionConfirmationJob } from './adoptions/adoption-confirmation.job';
import { DigestScheduler } from './mail/digest-scheduler';
import { MailSender } from './mail/mail-sender';
import { NotificationFanOut } from './notifications/notification-fan-out';
import { SearchIndexer } from './search/search-indexer';

export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  jwtSecret: string,
  clock?: Clock,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.create({ config, dataSource, jwtSecret, clock }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.get(SearchIndexer).startWithApp();
  app.get(NotificationFanOut).startWithApp();
  app.get(AdoptionConfirmationJob).startWithApp();
  app.get(MailSender).startWithApp();
  app.get(DigestScheduler).startWithApp();
  app.set('trust proxy', config.trustedProxies);
  app.use(securityHeaders);
  app.use(compression());
  app.useBodyParser('json', { limit: '1mb' });
  await mountTestProvider(app, config);
  const webDist = config.webDistDir ?? resolve(__dirname, '../../web/dist');
  if (existsSync(join(webDist, 'index.html'))) serveWebApp(app, webDist, config.serverRenderTimeoutMs);
  return app;
}

/**
 * Rendered user text (markdown) is sanitised; the CSP is the second line of defence against script
 * injection. Styles may be inline: Designsystemet's components and React set `style` attributes.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: { policy: 'same-origin' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  xFrameOptions: { action: 'deny' },
});

/** Paths of the api and its probes, and ones a probe may guess: an unknown one is a 404, never the web app. */
const API_PATHS =
  /^\/(graphql|feeds|mail|auth|test-idp|livez|readyz|healthz?|metrics|api|catalog)(\/|$)|^\/(sok\.csv|robots\.txt|sitemap\.xml)$|^\/losninger\/[^/]+\/publiccode\.yml$/;

/**
 * Serves the built web app at `/`: index.html for every client-side route, with the page's own title,
 * description, Open Graph tags and JSON-LD, and status 404 where the web shows its not-found page; a
 * public page comes rendered, with its data (see ServerRenderer). Vite names every file under assets/ by
 * its content's hash, so those are cached for a year; a missing one is a 404, never index.html under a
 * script's name. The server bundle sits in the dot-directory .server, which is never served.
 */
function serveWebApp(app: NestExpressApplication, webDist: string, renderTimeoutMs: number): void {
  app.useStaticAssets(join(webDist, 'assets'), {
    prefix: '/assets/',
    index: false,
    maxAge: '365d',
    immutable: true,
    fallthrough: false,
  });
  app.useStaticAssets(webDist, { index: false, maxAge: '1h', immutable: false });
  const indexHtml = join(webDist, 'index.html');
  const pages = app.get(WebPagesService);
  const renderer = new ServerRenderer(webDist, renderTimeoutMs);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPageRequest =
      (req.method === 'GET' || req.method === 'HEAD') && !API_PATHS.test(req.path) && req.accepts('html');
    if (!isPageRequest) return next();
    res.setHeader('Cache-Control', 'no-cache');
    readFile(indexHtml, 'utf8').then(async (html) => {
      // Without the database the page still loads, with the built head, and shows the api's error itself.
      const page = await pages.page(req.path).catch(() => null);
      if (!page) return res.type('html').send(html);
      let body = renderPage(headTemplate(html), page.head);
      if (
        req.method === 'GET' &&
        page.status === 200 &&
        page.route &&
        SERVER_RENDERED_ROUTES.has(page.route)
      ) {
        res.vary('Cookie');
        const rendered = await renderer.render(
          req.originalUrl,
          renderLanguage(req.headers.cookie),
          ownGraphqlUrl(req),
        );
        if (rendered) body = fillRoot(body, rendered);
      }
      res.status(page.status).type('html').send(body);
    }, next);
  });
}

/** The api's /graphql at the address and port this request reached it on. */
function ownGraphqlUrl(req: Request): string {
  const { localAddress = '127.0.0.1', localPort } = req.socket;
  const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return `http://${host}:${localPort}/graphql`;
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
