import { Controller, Get, Header, NotFoundException, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { renderAtomFeed } from './atom-feed';
import { publicBaseUrl } from './public-base-url';
import { SavedSearchService } from './saved-search.service';

/** Atom feeds of saved searches, readable without login by whoever holds the secret URL. */
@Controller('feeds')
export class FeedController {
  constructor(private readonly savedSearches: SavedSearchService) {}

  @Get('saved-searches/:file')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async savedSearch(@Param('file') file: string, @Req() req: Request): Promise<string> {
    const token = file.endsWith('.atom') ? file.slice(0, -'.atom'.length) : '';
    const feed = await this.savedSearches.feed(token);
    if (!feed) throw new NotFoundException();
    const siteUrl = publicBaseUrl(req);
    return renderAtomFeed({
      selfUrl: `${siteUrl}/feeds/saved-searches/${file}`,
      siteUrl,
      title: `Lokomotiv: ${feed.search.name}`,
      items: feed.items,
    });
  }
}
