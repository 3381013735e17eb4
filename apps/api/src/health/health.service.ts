import { Inject, Injectable } from '@nestjs/common';
import { OutboxLagRepository } from '../outbox/outbox-lag.repository';
import { SEARCH_ENGINE, type SearchEngine } from '../search/search-engine';
import { DatabasePingRepository } from './database-ping.repository';

/** Past this, a worker is taken to be stuck and the replica to be unfit for traffic. */
const MAX_OUTBOX_LAG_SECONDS = 300;
const CHECK_TIMEOUT_MS = 2000;

export interface Check {
  status: 'up' | 'down';
  error?: string;
  [detail: string]: unknown;
}

export interface Readiness {
  status: 'ready' | 'unavailable';
  checks: { database: Check; searchEngine: Check; outbox: Check };
}

/** Whether this replica can serve requests: its database, its search engine and its outbox workers. */
@Injectable()
export class HealthService {
  constructor(
    private readonly database: DatabasePingRepository,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly outboxLag: OutboxLagRepository,
  ) {}

  async readiness(): Promise<Readiness> {
    const [database, searchEngine, outbox] = await Promise.all([
      check(async () => {
        await this.database.ping();
        return {};
      }),
      check(async () => ({ engine: this.engine.name, documents: await this.engine.count() })),
      check(async () => {
        const lagSeconds = await this.outboxLag.lagSeconds();
        const behind = Object.values(lagSeconds).some((lag) => lag > MAX_OUTBOX_LAG_SECONDS);
        return { lagSeconds, ...(behind ? { status: 'down', error: 'an outbox worker is behind' } : {}) };
      }),
    ]);
    const checks = { database, searchEngine, outbox };
    const ready = Object.values(checks).every((c) => c.status === 'up');
    return { status: ready ? 'ready' : 'unavailable', checks };
  }
}

async function check(probe: () => Promise<Partial<Check>>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return { status: 'up', ...(await Promise.race([probe(), timeout])) };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
