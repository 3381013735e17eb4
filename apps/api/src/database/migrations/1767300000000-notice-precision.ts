import { MigrationInterface, QueryRunner } from 'typeorm';

/** A notice's question deadline, contact person and document links; users may follow a notice. */
export class NoticePrecision1767300000000 implements MigrationInterface {
  name = 'NoticePrecision1767300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE procurement_notices
        ADD COLUMN question_deadline timestamptz,
        ADD COLUMN contact jsonb,
        ADD COLUMN links jsonb NOT NULL DEFAULT '[]'`);
    await db.query('ALTER TABLE follows DROP CONSTRAINT follows_target_kind_check');
    await db.query(`
      ALTER TABLE follows ADD CONSTRAINT follows_target_kind_check
        CHECK (target_kind IN ('NEED', 'SOLUTION', 'PROCUREMENT_NOTICE'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query("DELETE FROM follows WHERE target_kind = 'PROCUREMENT_NOTICE'");
    await db.query('ALTER TABLE follows DROP CONSTRAINT follows_target_kind_check');
    await db.query(
      "ALTER TABLE follows ADD CONSTRAINT follows_target_kind_check CHECK (target_kind IN ('NEED', 'SOLUTION'))",
    );
    await db.query(
      'ALTER TABLE procurement_notices DROP COLUMN question_deadline, DROP COLUMN contact, DROP COLUMN links',
    );
  }
}
