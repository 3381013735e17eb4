import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { RATE_SCOPES, type RateScope, ruleFor } from '../config/rate-limits';
import { APP_CONFIG } from '../core.module';
import { rateLimitError } from './rate-limit.errors';
import { RateLimitStore } from './rate-limit-store';

export interface Caller {
  /** Absent for anonymous calls, which count only against their address. */
  userId?: string;
  address: string;
}

/** Limits every mutation per account and per client address, each by the rule configured for it. */
@Injectable()
export class MutationRateLimiter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: RateLimitStore,
  ) {}

  /** Counts the calls; refuses them all (RATE_LIMITED) when any mutation is over a limit. */
  async admit(calls: ReadonlyMap<string, number>, caller: Caller): Promise<void> {
    const keyOf: Record<RateScope, string | undefined> = { account: caller.userId, address: caller.address };
    const counted = await Promise.all(
      [...calls].flatMap(([operation, times]) =>
        RATE_SCOPES.flatMap((scope) => {
          const key = keyOf[scope];
          return key === undefined ? [] : [this.count(operation, scope, key, times)];
        }),
      ),
    );
    const refused = counted.filter((count) => !count.allowed);
    if (!refused.length) return;
    const retryAfterSeconds = Math.max(...refused.map((count) => count.retryAfterSeconds));
    const { operation } = refused[0];
    throw rateLimitError(
      'RATE_LIMITED',
      `Too many ${operation} requests; try again in ${retryAfterSeconds} seconds`,
      { params: { operation, retryAfterSeconds } },
    );
  }

  private async count(operation: string, scope: RateScope, key: string, times: number) {
    const rule = ruleFor(this.config.rateLimits, operation, scope);
    const count = await this.store.counter(`mutation:${operation}:${scope}`, rule).consume(key, times);
    return { operation, ...count };
  }
}
