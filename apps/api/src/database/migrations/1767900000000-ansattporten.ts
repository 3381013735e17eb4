import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ansattporten sign-in: users keyed by the provider's issuer and `sub` (never the national identity number),
 * without a password, with an e-mail address they confirm; sessions remember the provider's `sid` for
 * front-channel logout; a login in progress (state, nonce, PKCE verifier); a finished one waiting for the web
 * app to redeem its one-time code and, on first sign-in, for the person's organisation, name and e-mail.
 */
export class Ansattporten1767900000000 implements MigrationInterface {
  name = 'Ansattporten1767900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ALTER COLUMN password_hash DROP NOT NULL,
        ADD COLUMN oidc_issuer text,
        ADD COLUMN oidc_subject text,
        ADD COLUMN email_confirmed boolean NOT NULL DEFAULT true,
        ADD CONSTRAINT users_oidc_identity_complete CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL)),
        ADD CONSTRAINT users_sign_in_possible CHECK (password_hash IS NOT NULL OR oidc_subject IS NOT NULL)`);
    await db.query('CREATE UNIQUE INDEX users_oidc_identity_unique ON users (oidc_issuer, oidc_subject)');
    await db.query('ALTER TABLE sessions ADD COLUMN oidc_issuer text, ADD COLUMN oidc_sid text');
    await db.query(
      'CREATE INDEX sessions_oidc_sid_idx ON sessions (oidc_issuer, oidc_sid) WHERE oidc_sid IS NOT NULL',
    );
    await db.query(`
      CREATE TABLE oidc_login_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE oidc_sign_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code_hash text NOT NULL UNIQUE,
        code_expires_at timestamptz NOT NULL,
        code_used_at timestamptz,
        ticket_hash text UNIQUE,
        ticket_expires_at timestamptz,
        completed_at timestamptz,
        issuer text NOT NULL,
        subject text NOT NULL,
        sid text,
        name text,
        organization_ids uuid[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE email_confirmation_tokens (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query('ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check');
    await db.query(`
      ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
        CHECK (kind IN ('NOTIFICATION', 'DIGEST', 'PASSWORD_RESET', 'EMAIL_CONFIRMATION'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query("DELETE FROM mail_outbox WHERE kind = 'EMAIL_CONFIRMATION'");
    await db.query('ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_kind_check');
    await db.query(`
      ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_kind_check
        CHECK (kind IN ('NOTIFICATION', 'DIGEST', 'PASSWORD_RESET'))`);
    await db.query('DROP TABLE email_confirmation_tokens');
    await db.query('DROP TABLE oidc_sign_ins');
    await db.query('DROP TABLE oidc_login_attempts');
    await db.query('ALTER TABLE sessions DROP COLUMN oidc_issuer, DROP COLUMN oidc_sid');
    await db.query('DELETE FROM users WHERE password_hash IS NULL');
    await db.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_sign_in_possible,
        DROP CONSTRAINT users_oidc_identity_complete,
        DROP COLUMN email_confirmed,
        DROP COLUMN oidc_subject,
        DROP COLUMN oidc_issuer,
        ALTER COLUMN password_hash SET NOT NULL`);
  }
}
