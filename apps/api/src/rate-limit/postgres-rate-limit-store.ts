import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { type LimiterOptions, RateLimitStore } from './rate-limit-store';

const PRUNE_EVERY_MS = 5 * 60 * 1000;

/** Counters in the `rate_limits` table; rows whose window has ended are deleted every five minutes. */
export class PostgresRateLimitStore extends RateLimitStore {
  private readonly pruning: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {
    super();
    this.pruning = setInterval(() => void this.prune().catch(() => {}), PRUNE_EVERY_MS).unref();
  }

  protected createLimiter(options: LimiterOptions) {
    return new RateLimiterPostgres({
      ...options,
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
    });
  }

  /** Deletes the counters whose window has ended; returns how many. */
  async prune(): Promise<number> {
    const [, deleted] = (await this.dataSource.query('DELETE FROM rate_limits WHERE expire < $1', [
      Date.now(),
    ])) as [unknown, number];
    return deleted;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.pruning);
  }
}
