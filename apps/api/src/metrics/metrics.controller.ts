import { timingSafeEqual } from 'node:crypto';
import { Controller, ForbiddenException, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import ipaddr from 'ipaddr.js';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { Public } from '../graphql/access.decorators';
import { MetricsService } from './metrics.service';

/**
 * Prometheus metrics. With METRICS_TOKEN set, readable with `Authorization: Bearer <token>`;
 * without it, only by a client on this machine (the address a trusted proxy names counts, so a
 * request from outside that comes through a local reverse proxy is refused).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!this.mayRead(req)) throw new ForbiddenException('Metrics need METRICS_TOKEN or a loopback client');
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    return this.metrics.registry.metrics();
  }

  private mayRead(req: Request): boolean {
    const token = this.config.metricsToken;
    if (token) return sameText(req.headers.authorization ?? '', `Bearer ${token}`);
    const address = req.ip ?? '';
    return ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback';
  }
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
