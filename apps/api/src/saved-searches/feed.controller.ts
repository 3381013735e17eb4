import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../graphql/access.decorators';
import { renderAtomFeed } from './atom-feed';
import { publicBaseUrl } from './public-base-url';
import { SavedSearchService } from './saved-search.service';

/** Atom feeds of saved searches, readable without login by whoever holds the secret URL. */
@Controller('feeds')
export class FeedController {
  constructor(private readonly savedSearches: SavedSearchService) {}

  @Public()
  @Get('saved-searches/:file')
  async savedSearch(
    @Param('file') file: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const token = file.endsWith('.atom') ? file.slice(0, -'.atom'.length) : '';
    const feed = await this.savedSearches.feed(token);
    if (!feed) throw new NotFoundException();
    const siteUrl = publicBaseUrl(req);
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
