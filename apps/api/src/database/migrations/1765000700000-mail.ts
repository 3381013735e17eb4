import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail: each user's frequency (default a daily digest), the start of their next digest (now, so a
 * first digest holds only what came after this), the flag a temporary password sets, one-time
 * password-reset tokens (only their hash is kept), and the outbox mail is sent from. A mail row is
 * unique per notification and per digest period, so a message is enqueued once and keeps its
 * Message-ID however often sending it is retried.
 */
export class Mail1765000700000 implements MigrationInterface {
  name = 'Mail1765000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN email_frequency text NOT NULL DEFAULT 'DAILY'
          CHECK (email_frequency IN ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER')),
        ADD COLUMN email_digest_since timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await db.query(`
      CREATE TABLE password_reset_tokens (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(
      'CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id, created_at)',
    );
    await db.query(`
      CREATE TABLE mail_outbox (
        id bigserial PRIMARY KEY,
        message_key text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('NOTIFICATION', 'DIGEST', 'PASSWORD_RESET')),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        notification_id uuid REFERENCES notifications (id) ON DELETE CASCADE,
        digest_from timestamptz,
        digest_until timestamptz,
        payload jsonb NOT NULL DEFAULT '{}',
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        processed_at timestamptz
      )`);
    await db.query(
      'CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at, id) WHERE processed_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE mail_outbox');
    await db.query('DROP TABLE password_reset_tokens');
    await db.query(
      'ALTER TABLE users DROP COLUMN email_frequency, DROP COLUMN email_digest_since, DROP COLUMN must_change_password',
    );
  }
}
