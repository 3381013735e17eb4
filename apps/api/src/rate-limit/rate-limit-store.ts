import type { OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes, type RateLimiterStoreAbstract } from 'rate-limiter-flexible';
import type { RateRule } from '../config/rate-limits';

export interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

export interface Count {
  /** Within the rule, counting this one. */
  allowed: boolean;
  /** How many have been counted in the current window, this one included. */
  count: number;
  /** How long until the window ends: when a refused caller may try again. */
  retryAfterSeconds: number;
}

/**
 * A counter in the shared store, so every api replica sees the same counts. Each call is one
 * atomic statement (an upsert in PostgreSQL, a script in Redis): concurrent callers cannot all
 * pass a check made before any of them was counted.
 */
export class RateCounter {
  constructor(private readonly limiter: RateLimiterStoreAbstract) {}

  async consume(key: string, points = 1): Promise<Count> {
    try {
      return countOf(await this.limiter.consume(key, points), true);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return countOf(refusal, false);
      throw refusal;
    }
  }

  /** Refuses `key` for `seconds` from now, whatever it has counted. */
  async block(key: string, seconds: number): Promise<void> {
    await this.limiter.block(key, seconds);
  }

  /** Seconds until `key` may be counted again; 0 when it may now. */
  async blockedFor(key: string): Promise<number> {
    const state = await this.limiter.get(key);
    return state && state.consumedPoints > this.limiter.points ? toSeconds(state.msBeforeNext) : 0;
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

const countOf = (state: RateLimiterRes, allowed: boolean): Count => ({
  allowed,
  count: state.consumedPoints,
  retryAfterSeconds: toSeconds(state.msBeforeNext),
});

const toSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Where the counters live; one counter per name, created on first use. */
export abstract class RateLimitStore implements OnModuleDestroy {
  private readonly counters = new Map<string, RateCounter>();

  counter(name: string, rule: RateRule): RateCounter {
    const id = `${name}/${rule.points}/${rule.seconds}`;
    let counter = this.counters.get(id);
    if (!counter) {
      counter = new RateCounter(
        this.createLimiter({ keyPrefix: name, points: rule.points, duration: rule.seconds }),
      );
      this.counters.set(id, counter);
    }
    return counter;
  }

  protected abstract createLimiter(options: LimiterOptions): RateLimiterStoreAbstract;

  abstract onModuleDestroy(): Promise<void>;
}

/** Counters in Redis (REDIS_URL), which expires them itself. */
export class RedisRateLimitStore extends RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string) {
    super();
    this.redis = new Redis(url, { maxRetriesPerRequest: 2 });
  }

  protected createLimiter(options: LimiterOptions) {
    return new RateLimiterRedis({
      ...options,
      keyPrefix: `lokomotiv:${options.keyPrefix}`,
      storeClient: this.redis,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit();
  }
}
