import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters every api replica shares (when REDIS_URL is not set), in the shape
 * rate-limiter-flexible's PostgreSQL store reads and upserts: `expire` is the end of the key's window
 * in epoch milliseconds, indexed so ended windows are pruned cheaply. Unlogged: the counters are
 * written on every mutation, and losing them in a database crash only restarts their windows.
 */
export class RateLimits1764003000000 implements MigrationInterface {
  name = 'RateLimits1764003000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key text PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await db.query('CREATE INDEX rate_limits_expire_idx ON rate_limits (expire)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rate_limits');
  }
}
