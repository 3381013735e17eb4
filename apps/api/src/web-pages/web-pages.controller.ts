import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../graphql/access.decorators';
import { escapeHtml } from './page-head';
import { WebPagesService } from './web-pages.service';

/** What search engines read first: which pages they may crawl, and every public item. */
@Controller()
export class WebPagesController {
  constructor(private readonly pages: WebPagesService) {}

  @Public()
  @Get('robots.txt')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  robots(): string {
    const disallowed = ['/graphql', '/admin', '/profil', '/min-organisasjon', '/varsler', '/lagrede-sok'];
    return [
      'User-agent: *',
      ...disallowed.map((path) => `Disallow: ${path}`),
      `Sitemap: ${this.pages.url('/sitemap.xml')}`,
      '',
    ].join('\n');
  }

  @Public()
  @Get('sitemap.xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=600')
  async sitemap(): Promise<string> {
    const urls = (await this.pages.sitemap()).map(({ path, modified }) => {
      const lastmod = modified ? `<lastmod>${modified.toISOString()}</lastmod>` : '';
      return `  <url><loc>${escapeHtml(this.pages.url(path))}</loc>${lastmod}</url>`;
    });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...urls,
      '</urlset>',
      '',
    ].join('\n');
  }
}
