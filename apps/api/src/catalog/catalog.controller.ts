import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../graphql/access.decorators';
import { CatalogService } from './catalog.service';
import { toJsonLd, toTurtle } from './rdf-graph';

const TURTLE = 'text/turtle';
const JSON_LD = 'application/ld+json';

/** The DCAT-AP-NO catalogue data.norge.no harvests: Turtle unless the client asks for JSON-LD. */
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Get('catalog')
  async get(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const graph = await this.catalog.catalog();
    const wanted = req.accepts([TURTLE, JSON_LD, 'application/json']) || TURTLE;
    res.setHeader('Vary', 'Accept');
    res.setHeader('Cache-Control', 'public, max-age=300');
    if (wanted === TURTLE) {
      res.setHeader('Content-Type', `${TURTLE}; charset=utf-8`);
      return toTurtle(graph);
    }
    res.setHeader('Content-Type', `${JSON_LD}; charset=utf-8`);
    return JSON.stringify(toJsonLd(graph));
  }
}
