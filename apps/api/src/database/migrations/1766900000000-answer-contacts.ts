import { MigrationInterface, QueryRunner } from 'typeorm';

const FIRST_CONTACTS = `
  SELECT DISTINCT ON (organization_id) organization_id,
         jsonb_build_object('name', name, 'role', NULL, 'email', email, 'phone', NULL) AS contact
  FROM users ORDER BY organization_id, (role = 'ADMIN') DESC, created_at, id`;

/**
 * Whom to call about an answer and about a need. A supplier's answer names its contact person; a need
 * names the person suppliers it shortlisted may call. Answers and needs given before this get their
 * organisation's first admin (or, without one, its first user) as contact; a need whose owner has no user
 * keeps none.
 */
export class AnswerContacts1766900000000 implements MigrationInterface {
  name = 'AnswerContacts1766900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE need_responses ADD COLUMN contact jsonb');
    await db.query('ALTER TABLE needs ADD COLUMN contact jsonb');
    await db.query(`
      UPDATE need_responses r SET contact = f.contact
      FROM (${FIRST_CONTACTS}) f WHERE f.organization_id = r.organization_id`);
    await db.query(`
      UPDATE needs n SET contact = f.contact
      FROM (${FIRST_CONTACTS}) f WHERE f.organization_id = n.owner_id`);
    await db.query('ALTER TABLE need_responses ALTER COLUMN contact SET NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE needs DROP COLUMN contact');
    await db.query('ALTER TABLE need_responses DROP COLUMN contact');
  }
}
