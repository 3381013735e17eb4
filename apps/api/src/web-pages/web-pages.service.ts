import { Inject, Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '../common/input-validation';
import { plainExcerpt } from '../common/plain-excerpt';
import { type RouteName, webPath } from '../common/web-paths';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import type { Page } from '../graphql/paginated';
import { NeedService } from '../needs/need.service';
import { OrganizationService } from '../organizations/organization.service';
import { ProcurementNoticeService } from '../procurement/procurement-notice.service';
import type { SolutionEntity } from '../solutions/solution.entity';
import { SolutionService } from '../solutions/solution.service';
import { SolutionSort } from '../solutions/solution-status';
import type { PageHead } from './page-head';
import { matchRoute } from './route-match';
import { ITEM_ROUTES, NOT_FOUND_TITLE, SITE_DESCRIPTION, STATIC_HEADS } from './static-heads';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DESCRIPTION_LENGTH = 200;
/** A sitemap file holds at most 50,000 URLs; this many of each kind, newest first, keep it well under. */
export const MAX_SITEMAP_ITEMS_PER_KIND = 5000;

type ItemRoute = (typeof ITEM_ROUTES)[number];
export interface SitemapEntry {
  path: string;
  modified?: Date;
}

/** The head of each page the web app serves, found from its path and the database, and the sitemap. */
@Injectable()
export class WebPagesService {
  constructor(
    private readonly solutions: SolutionService,
    private readonly needs: NeedService,
    private readonly notices: ProcurementNoticeService,
    private readonly organizations: OrganizationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 404 for a path the web has no route for, and for an item that does not exist or is not public. */
  async page(path: string): Promise<{ status: number; head: PageHead; route?: RouteName }> {
    const match = matchRoute(path);
    const head = match && (await this.headOf(match.route, match.id));
    if (head) return { status: 200, head, route: match.route };
    return {
      status: 404,
      head: {
        title: `${NOT_FOUND_TITLE} – Lokomotiv`,
        description: SITE_DESCRIPTION,
        url: this.url(path),
        noindex: true,
      },
    };
  }

  async sitemap(): Promise<SitemapEntry[]> {
    const statics = (Object.keys(STATIC_HEADS) as (keyof typeof STATIC_HEADS)[])
      .filter((route) => !STATIC_HEADS[route].private)
      .map((route) => ({ path: webPath(route) }));
    const [solutions, needs, notices] = await Promise.all([
      allPages((limit, offset) => this.solutions.list(null, null, SolutionSort.NEWEST, limit, offset)),
      allPages((limit, offset) => this.needs.list(null, limit, offset)),
      allPages((limit, offset) => this.notices.list(null, limit, offset)),
    ]);
    const items = (route: ItemRoute, rows: { id: string; updatedAt: Date }[]) =>
      rows.map((row) => ({ path: webPath(route, row.id), modified: row.updatedAt }));
    return [
      ...statics,
      ...items('solution', solutions),
      ...items('need', needs),
      ...items('notice', notices),
    ];
  }

  url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  private async headOf(route: RouteName, id?: string): Promise<PageHead | null> {
    if (!isItemRoute(route)) {
      const { title, description, private: noindex } = STATIC_HEADS[route];
      return {
        title: route === 'home' ? title : `${title} – Lokomotiv`,
        description: description ?? SITE_DESCRIPTION,
        url: this.url(webPath(route)),
        noindex,
      };
    }
    if (!id || !UUID.test(id)) return null;
    const url = this.url(webPath(route, id));
    if (route === 'solution') {
      const solution = await this.solutions.findVisible(null, id);
      return solution && this.solutionHead(solution, url);
    }
    if (route === 'organization') {
      const organization = await this.organizations.findById(id);
      return (
        organization && {
          title: `${organization.name} – Lokomotiv`,
          description: `Hva ${organization.name} deler og bruker av digitale løsninger.`,
          url,
        }
      );
    }
    const item = route === 'need' ? await this.needs.findById(id) : await this.notices.findById(id);
    return (
      item && {
        title: `${item.title} – Lokomotiv`,
        description: plainExcerpt(item.description, DESCRIPTION_LENGTH),
        url,
        type: 'article',
      }
    );
  }

  private async solutionHead(solution: SolutionEntity, url: string): Promise<PageHead> {
    const owner = await this.organizations.findById(solution.ownerId);
    return {
      title: `${solution.title} – Lokomotiv`,
      description: plainExcerpt(solution.summary, DESCRIPTION_LENGTH),
      url,
      type: 'article',
      jsonLd: softwareApplication(solution, url, owner?.name),
    };
  }
}

function isItemRoute(route: RouteName): route is ItemRoute {
  return (ITEM_ROUTES as readonly string[]).includes(route);
}

/** schema.org's SoftwareApplication: what a search engine shows of a solution. */
function softwareApplication(
  solution: SolutionEntity,
  url: string,
  ownerName?: string,
): Record<string, unknown> {
  const singleLicence =
    solution.licenseId && /^[\w.+-]+$/.test(solution.licenseId) ? solution.licenseId : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'SoftwareApplication',
    name: solution.title,
    description: solution.summary,
    url,
    applicationCategory: solution.kind,
    inLanguage: solution.textLanguage ?? 'nb',
    keywords: solution.tags.join(', '),
    ...(singleLicence && !singleLicence.startsWith('LicenseRef-')
      ? { license: `https://spdx.org/licenses/${singleLicence}.html` }
      : {}),
    ...(ownerName ? { publisher: { '@type': 'Organization', name: ownerName } } : {}),
    ...(solution.publishedAt ? { datePublished: solution.publishedAt.toISOString() } : {}),
    dateModified: solution.updatedAt.toISOString(),
  };
}

async function allPages<T>(list: (limit: number, offset: number) => Promise<Page<T>>): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; offset < MAX_SITEMAP_ITEMS_PER_KIND; offset += MAX_PAGE_SIZE) {
    const page = await list(MAX_PAGE_SIZE, offset);
    rows.push(...page.items);
    if (offset + MAX_PAGE_SIZE >= page.totalCount) break;
  }
  return rows;
}
