import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reuse that can be trusted: an adoption has a start date and a confirmation (due yearly, 30 days'
 * grace), a STOPPED stage, a story and a contact; `counted` is what the stored counters last
 * included. Solutions keep their stage counts and story totals beside reuse_count; organisations
 * are verified; search documents rank by in_use_count, then reuse_count. Existing adoptions are
 * confirmed as of their last update, so nothing stops counting on the day this lands.
 */
export class AdoptionTrust1765000400000 implements MigrationInterface {
  name = 'AdoptionTrust1765000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE adoptions DROP CONSTRAINT adoptions_stage_check');
    await db.query(`
      ALTER TABLE adoptions
        ADD CONSTRAINT adoptions_stage_check CHECK (stage IN ('EVALUATING', 'PILOTING', 'IN_USE', 'STOPPED')),
        ADD COLUMN started_at timestamptz,
        ADD COLUMN confirmed_at timestamptz,
        ADD COLUMN proposed_by uuid REFERENCES organizations(id) ON DELETE SET NULL,
        ADD COLUMN counted boolean NOT NULL DEFAULT false,
        ADD COLUMN due_notified_at timestamptz,
        ADD COLUMN reminded_at timestamptz,
        ADD COLUMN story_hours_saved_per_year integer CHECK (story_hours_saved_per_year BETWEEN 0 AND 100000),
        ADD COLUMN story_savings_nok_per_year integer CHECK (story_savings_nok_per_year BETWEEN 0 AND 100000000),
        ADD COLUMN story_adaptations text,
        ADD COLUMN story_rating smallint CHECK (story_rating BETWEEN 1 AND 5),
        ADD COLUMN story_review text,
        ADD COLUMN story_updated_at timestamptz,
        ADD COLUMN contact_name text,
        ADD COLUMN contact_role text,
        ADD COLUMN contact_email text,
        ADD COLUMN contact_phone text`);
    await db.query('UPDATE adoptions SET started_at = created_at, confirmed_at = updated_at, counted = true');
    await db.query(
      'ALTER TABLE adoptions ALTER COLUMN started_at SET NOT NULL, ALTER COLUMN started_at SET DEFAULT now()',
    );
    await db.query('CREATE INDEX adoptions_counted_confirmed_idx ON adoptions (confirmed_at) WHERE counted');
    await db.query(`
      ALTER TABLE solutions
        ADD COLUMN in_use_count integer NOT NULL DEFAULT 0 CHECK (in_use_count >= 0),
        ADD COLUMN piloting_count integer NOT NULL DEFAULT 0 CHECK (piloting_count >= 0),
        ADD COLUMN evaluating_count integer NOT NULL DEFAULT 0 CHECK (evaluating_count >= 0),
        ADD COLUMN hours_saved_per_year integer NOT NULL DEFAULT 0,
        ADD COLUMN savings_nok_per_year bigint NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE solutions s SET
        reuse_count = c.total, in_use_count = c.in_use, piloting_count = c.piloting, evaluating_count = c.evaluating
      FROM (SELECT solution_id, count(*)::int AS total,
                   count(*) FILTER (WHERE stage = 'IN_USE')::int AS in_use,
                   count(*) FILTER (WHERE stage = 'PILOTING')::int AS piloting,
                   count(*) FILTER (WHERE stage = 'EVALUATING')::int AS evaluating
            FROM adoptions GROUP BY solution_id) c
      WHERE c.solution_id = s.id`);
    await db.query('DROP INDEX solutions_status_reuse_idx');
    await db.query(
      'CREATE INDEX solutions_status_in_use_idx ON solutions (status, in_use_count DESC, reuse_count DESC)',
    );
    await db.query('ALTER TABLE organizations ADD COLUMN verified boolean NOT NULL DEFAULT false');
    await db.query(
      `UPDATE organizations SET verified = true WHERE kind IN ('MUNICIPALITY', 'COUNTY_MUNICIPALITY', 'STATE_AGENCY')`,
    );
    await db.query('ALTER TABLE search_documents ADD COLUMN in_use_count integer NOT NULL DEFAULT 0');
    await db.query('DROP INDEX search_documents_reuse_idx');
    await db.query(
      'CREATE INDEX search_documents_reuse_idx ON search_documents (in_use_count DESC, reuse_count DESC, kind, id)',
    );
    await db.query(`
      INSERT INTO search_outbox (document_kind, document_id)
      SELECT 'SOLUTION', id FROM solutions WHERE status = 'PUBLISHED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX search_documents_reuse_idx');
    await db.query(
      'CREATE INDEX search_documents_reuse_idx ON search_documents (reuse_count DESC, kind, id)',
    );
    await db.query('ALTER TABLE search_documents DROP COLUMN in_use_count');
    await db.query('ALTER TABLE organizations DROP COLUMN verified');
    await db.query('DROP INDEX solutions_status_in_use_idx');
    await db.query('CREATE INDEX solutions_status_reuse_idx ON solutions (status, reuse_count DESC)');
    await db.query(`
      ALTER TABLE solutions DROP COLUMN in_use_count, DROP COLUMN piloting_count, DROP COLUMN evaluating_count,
        DROP COLUMN hours_saved_per_year, DROP COLUMN savings_nok_per_year`);
    await db.query(`DELETE FROM adoptions WHERE stage = 'STOPPED' OR confirmed_at IS NULL`);
    await db.query(`
      UPDATE solutions s SET reuse_count = (SELECT count(*) FROM adoptions a WHERE a.solution_id = s.id)`);
    await db.query(`
      ALTER TABLE adoptions DROP CONSTRAINT adoptions_stage_check,
        DROP COLUMN started_at, DROP COLUMN confirmed_at, DROP COLUMN proposed_by, DROP COLUMN counted,
        DROP COLUMN due_notified_at, DROP COLUMN reminded_at,
        DROP COLUMN story_hours_saved_per_year, DROP COLUMN story_savings_nok_per_year,
        DROP COLUMN story_adaptations, DROP COLUMN story_rating, DROP COLUMN story_review,
        DROP COLUMN story_updated_at, DROP COLUMN contact_name, DROP COLUMN contact_role,
        DROP COLUMN contact_email, DROP COLUMN contact_phone`);
    await db.query(
      `ALTER TABLE adoptions ADD CONSTRAINT adoptions_stage_check CHECK (stage IN ('EVALUATING', 'PILOTING', 'IN_USE'))`,
    );
  }
}
