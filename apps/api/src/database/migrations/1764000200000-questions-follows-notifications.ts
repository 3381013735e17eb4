import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionsFollowsNotifications1764000200000 implements MigrationInterface {
  name = 'QuestionsFollowsNotifications1764000200000';

  async up(db: QueryRunner): Promise<void> {
    // The asker is kept for moderation and to tell them about the answer; the API never shows it.
    await db.query(`
      CREATE TABLE need_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        asker_user_id uuid NOT NULL REFERENCES users(id),
        question text NOT NULL,
        answer text,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX need_questions_need_idx ON need_questions (need_id, created_at)');
    await db.query(`
      CREATE TABLE follows (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_kind text NOT NULL CHECK (target_kind IN ('NEED', 'SOLUTION')),
        target_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, target_kind, target_id)
      )`);
    await db.query('CREATE INDEX follows_target_idx ON follows (target_kind, target_id)');
    await db.query(`
      CREATE TABLE saved_searches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL,
        query text NOT NULL DEFAULT '',
        kinds text[] NOT NULL DEFAULT '{}',
        service_areas text[] NOT NULL DEFAULT '{}',
        cpv_divisions text[] NOT NULL DEFAULT '{}',
        open_only boolean NOT NULL DEFAULT false,
        feed_token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX saved_searches_user_idx ON saved_searches (user_id)');
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        event text NOT NULL,
        event_key text NOT NULL,
        subject_kind text NOT NULL CHECK (subject_kind IN ('SOLUTION', 'NEED', 'PROCUREMENT_NOTICE')),
        subject_id uuid NOT NULL,
        title text NOT NULL,
        saved_search_id uuid REFERENCES saved_searches(id) ON DELETE SET NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_once_per_event UNIQUE (user_id, event_key)
      )`);
    await db.query('CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)');
    // Everything anyone may see, in one shape, for matching saved searches and building feeds.
    await db.query(`
      CREATE VIEW public_items AS
        SELECT 'SOLUTION'::text AS kind, s.id, s.title, s.summary AS summary, s.service_area,
               '{}'::text[] AS cpv_divisions, true AS is_open, s.owner_id AS organization_id,
               COALESCE(s.published_at, s.created_at) AS published_at, s.updated_at,
               to_tsvector('norwegian', s.title || ' ' || s.summary || ' ' || s.description || ' ' ||
                 array_to_string(s.tags, ' ')) AS document
          FROM solutions s WHERE s.status = 'PUBLISHED'
        UNION ALL
        SELECT 'NEED', n.id, n.title, left(n.description, 500), n.service_area,
               '{}'::text[], n.status = 'OPEN', n.owner_id, n.created_at, n.updated_at,
               to_tsvector('norwegian', n.title || ' ' || n.description)
          FROM needs n
        UNION ALL
        SELECT 'PROCUREMENT_NOTICE', p.id, p.title, left(p.description, 500), p.service_area,
               ARRAY(SELECT DISTINCT left(code, 2) FROM unnest(p.cpv_codes) AS code),
               p.cancelled_at IS NULL AND p.deadline > now(), p.buyer_id, p.created_at, p.updated_at,
               to_tsvector('norwegian', p.title || ' ' || p.description)
          FROM procurement_notices p`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW public_items');
    for (const table of ['notifications', 'saved_searches', 'follows', 'need_questions']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
