import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who changed what: one row per change that matters to accountability, written in the same
 * transaction as the change, so a change is never without its entry nor an entry without its change.
 */
export class AuditLog1765000100000 implements MigrationInterface {
  name = 'AuditLog1765000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        action text NOT NULL,
        subject_kind text NOT NULL,
        subject_id uuid NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query('CREATE INDEX audit_log_occurred_at_idx ON audit_log (occurred_at DESC, id DESC)');
    await db.query('CREATE INDEX audit_log_subject_idx ON audit_log (subject_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_log');
  }
}
