import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { RouteName } from '../common/web-paths';
import { scriptJson } from './page-head';

export type RenderLanguage = 'nb' | 'en';

/** What the web's server bundle (apps/web/src/entry-server.tsx) exports. */
interface ServerBundle {
  render(
    url: string,
    options: { graphqlUrl: string; language: RenderLanguage; signal: AbortSignal },
  ): Promise<{ html: string; state: unknown } | null>;
}

/** The pages anyone sees alike; those behind a login, and 404s, are left to the browser. */
export const SERVER_RENDERED_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>([
  'home',
  'search',
  'solution',
  'needs',
  'need',
  'notices',
  'notice',
  'organization',
  'about',
  'contact',
  'privacy',
  'accessibility',
]);

export const SERVER_BUNDLE_PATH = join('.server', 'entry-server.cjs');
/** The cookie the web app keeps the chosen language in (apps/web/src/i18n/language.ts). */
const LANGUAGE_COOKIE = 'lokomotiv.language';

/**
 * Renders public pages to HTML with the web's server bundle, as an anonymous visitor, asking the api's
 * own /graphql over loopback. Within a time budget: past it, or on any failure, the caller sends the
 * empty shell, as before server rendering, and the reason is logged.
 */
export class ServerRenderer {
  private readonly logger = new Logger(ServerRenderer.name);
  private readonly bundle: ServerBundle | null;

  constructor(
    webDist: string,
    private readonly timeoutMs: number,
  ) {
    this.bundle = timeoutMs > 0 ? this.load(join(webDist, SERVER_BUNDLE_PATH)) : null;
  }

  /** The page's #root and the state it was rendered from, or null for the empty shell. */
  async render(path: string, language: RenderLanguage, graphqlUrl: string): Promise<RenderedPage | null> {
    if (!this.bundle) return null;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const overdue = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`took longer than ${this.timeoutMs} ms`));
      }, this.timeoutMs);
    });
    const started = Date.now();
    try {
      const rendered = await Promise.race([
        this.bundle.render(`http://localhost${path}`, { graphqlUrl, language, signal: controller.signal }),
        overdue,
      ]);
      return rendered && { html: rendered.html, state: rendered.state, language };
    } catch (error) {
      this.logger.warn(
        { path, ms: Date.now() - started, err: error },
        `Sent ${path} unrendered: ${(error as Error).message}`,
      );
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private load(file: string): ServerBundle | null {
    if (!existsSync(file)) return null;
    try {
      return require(file) as ServerBundle;
    } catch (error) {
      this.logger.error(
        { err: error },
        `The web's server bundle ${file} does not load; pages are sent unrendered`,
      );
      return null;
    }
  }
}

export interface RenderedPage {
  html: string;
  state: unknown;
  language: RenderLanguage;
}

const EMPTY_ROOT = /<div id="root"><\/div>/;

/**
 * The page with the rendered HTML inside #root, and the state after it as JSON the browser reads (no
 * script, so the CSP holds; `<` escaped, so no text in it can end the element).
 */
export function fillRoot(page: string, rendered: RenderedPage): string {
  if (!EMPTY_ROOT.test(page)) return page;
  const state = `<script type="application/json" id="server-state">${scriptJson(rendered.state)}</script>`;
  return page
    .replace(/<html lang="[^"]*"/, `<html lang="${rendered.language}"`)
    .replace(EMPTY_ROOT, () => `<div id="root">${rendered.html}</div>\n    ${state}`);
}

/** The language of the visitor's cookie; Norwegian without one. */
export function renderLanguage(cookieHeader: string | undefined): RenderLanguage {
  const match = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE.replace('.', '\\.')}=(\\w+)`).exec(
    cookieHeader ?? '',
  );
  return match?.[1] === 'en' ? 'en' : 'nb';
}
