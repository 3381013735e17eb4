import { BadRequestException, Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toCsv } from '../common/csv';
import { DomainError } from '../common/domain-error';
import { MAX_PAGE_SIZE } from '../common/input-validation';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { Public } from '../graphql/access.decorators';
import { OrganizationService } from '../organizations/organization.service';
import { type SearchHitEntity, SearchService } from './search.service';
import { CSV_HEADER, exportRow, ownerIdOf } from './search-export';
import { searchFromUrl } from './search-url-params';

/** A download holds at most this many hits: the first ones, in the page's order. */
export const MAX_EXPORT_ROWS = 1000;

/** The search page's results as a spreadsheet: `/sok.csv` takes the page's own URL parameters. */
@Controller()
export class SearchExportController {
  constructor(
    private readonly search: SearchService,
    private readonly organizations: OrganizationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('sok.csv')
  async csv(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const search = searchFromUrl(new URL(req.originalUrl, 'http://localhost').searchParams);
    const hits = await this.hits(search);
    const owners = new Map(
      (await this.organizations.findByIds([...new Set(hits.map(ownerIdOf))])).map((o) => [o.id, o]),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="lokomotiv-sok.csv"');
    res.setHeader('Cache-Control', 'no-store');
    return toCsv([CSV_HEADER, ...hits.map((hit) => exportRow(hit, owners, this.config.publicUrl))]);
  }

  private async hits({ text, filter, sort }: ReturnType<typeof searchFromUrl>): Promise<SearchHitEntity[]> {
    const hits: SearchHitEntity[] = [];
    try {
      for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += MAX_PAGE_SIZE) {
        const page = await this.search.search(null, text, filter, MAX_PAGE_SIZE, offset, sort);
        hits.push(...page.hits);
        if (offset + MAX_PAGE_SIZE >= page.totalCount) break;
      }
    } catch (error) {
      if (error instanceof DomainError) throw new BadRequestException(error.message);
      throw error;
    }
    return hits.slice(0, MAX_EXPORT_ROWS);
  }
}
