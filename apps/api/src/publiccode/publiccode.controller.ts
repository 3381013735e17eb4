import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { Public } from '../graphql/access.decorators';
import { bearerToken } from '../graphql/request-context';
import { PubliccodeService } from './publiccode.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A solution's publiccode.yml: published ones for anyone, drafts for their owner's members. */
@Controller('losninger')
export class PubliccodeController {
  constructor(
    private readonly publiccode: PubliccodeService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Get(':id/publiccode.yml')
  async file(
    @Param('id') id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    if (!UUID.test(id)) throw new NotFoundException();
    const viewer = await this.auth.viewerFromToken(bearerToken(req));
    const exported = await this.publiccode.exportVisible(viewer, id);
    if (!exported) throw new NotFoundException();
    if (exported.yaml === null)
      throw new NotFoundException(
        `This solution lacks what publiccode.yml requires: ${exported.missing.join(', ')}`,
      );
    res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="publiccode.yml"');
    res.setHeader('Cache-Control', viewer ? 'private, no-cache' : 'public, max-age=300');
    return exported.yaml;
  }
}
