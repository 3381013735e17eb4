import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { MutationRateLimiter } from './mutation-rate-limiter';
import { PostgresRateLimitStore } from './postgres-rate-limit-store';
import { RateLimitPlugin } from './rate-limit.plugin';
import { RateLimitStore, RedisRateLimitStore } from './rate-limit-store';

/** Rate limits counted where every replica sees them: Redis when REDIS_URL is set, else PostgreSQL. */
@Module({
  providers: [
    {
      provide: RateLimitStore,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource): RateLimitStore =>
        config.redisUrl ? new RedisRateLimitStore(config.redisUrl) : new PostgresRateLimitStore(dataSource),
    },
    MutationRateLimiter,
    RateLimitPlugin,
  ],
  exports: [RateLimitStore],
})
export class RateLimitModule {}
