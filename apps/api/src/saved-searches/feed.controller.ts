import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { Public } from '../graphql/access.decorators';
import { renderAtomFeed } from './atom-feed';
import { SavedSearchService } from './saved-search.service';

/** Atom feeds of saved searches, readable without login by whoever holds the secret URL. */
@Controller('feeds')
export class FeedController {
  constructor(
    private readonly savedSearches: SavedSearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('saved-searches/:file')
  async savedSearch(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = file.endsWith('.atom') ? file.slice(0, -'.atom'.length) : '';
    const feed = await this.savedSearches.feed(token);
    if (!feed) throw new NotFoundException();
    const siteUrl = this.config.publicUrl;
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return renderAtomFeed({
      selfUrl: `${siteUrl}/feeds/saved-searches/${file}`,
      siteUrl,
      title: `Lokomotiv: ${feed.search.name}`,
      language: feed.language,
      items: feed.items,
    });
  }
}
