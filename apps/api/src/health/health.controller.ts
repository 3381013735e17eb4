import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../graphql/access.decorators';
import { HealthService, type Readiness } from './health.service';

/** Probes for container health checks and load balancers; JSON, never cached. */
@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process answers; nothing else is checked, so a database outage does not restart it. */
  @Get('livez')
  live(@Res({ passthrough: true }) res: Response): { status: 'live' } {
    res.setHeader('Cache-Control', 'no-store');
    return { status: 'live' };
  }

  /** 200 when the database, the search engine and the outbox workers are fit; 503 otherwise. */
  @Get('readyz')
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const readiness = await this.health.readiness();
    res.setHeader('Cache-Control', 'no-store');
    res.status(readiness.status === 'ready' ? 200 : 503);
    return readiness;
  }
}
