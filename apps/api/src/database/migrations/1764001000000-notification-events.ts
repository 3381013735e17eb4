import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications store their event's params instead of a Norwegian sentence, so each reader renders
 * them in their own language; users get a preferred language; and events wait in an outbox for
 * delivery after the publishing write commits. Existing notifications keep their meaning: the
 * subject's title comes from the subject (or, when it is gone, from the old sentence), the
 * procurement's title from the notice the event key names, the answer's status from the event key.
 */
export class NotificationEvents1764001000000 implements MigrationInterface {
  name = 'NotificationEvents1764001000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'NB' CHECK (language IN ('NB', 'EN'))`);
    await db.query('ALTER TABLE notifications ADD COLUMN derived_params jsonb');
    await db.query(`
      WITH derived AS (
        SELECT n.id,
               COALESCE(s.title, need.title, notice.title,
                 CASE WHEN n.event = 'RESULTING_SOLUTION_LINKED' AND n.subject_kind = 'SOLUTION'
                      THEN substring(n.title FROM '» ga løsningen: (.*)$')
                      ELSE substring(n.title FROM ': (.*)$') END,
                 n.title) AS subject_title,
               CASE WHEN n.event = 'RESULTING_SOLUTION_LINKED'
                    THEN COALESCE(linked.title, substring(n.title FROM '^Anskaffelsen «(.*)» ga løsningen: '),
                                  notice.title, substring(n.title FROM ': (.*)$'))
               END AS notice_title,
               CASE WHEN n.event = 'NEED_RESPONSE_STATUS'
                    THEN CASE WHEN split_part(n.event_key, ':', 3) IN ('SHORTLISTED', 'DECLINED')
                              THEN split_part(n.event_key, ':', 3)
                              WHEN n.title LIKE 'Svaret ditt er satt på kortlisten: %' THEN 'SHORTLISTED'
                              ELSE 'DECLINED' END
               END AS response_status
        FROM notifications n
        LEFT JOIN solutions s ON n.subject_kind = 'SOLUTION' AND s.id = n.subject_id
        LEFT JOIN needs need ON n.subject_kind = 'NEED' AND need.id = n.subject_id
        LEFT JOIN procurement_notices notice ON n.subject_kind = 'PROCUREMENT_NOTICE' AND notice.id = n.subject_id
        LEFT JOIN procurement_notices linked ON n.event = 'RESULTING_SOLUTION_LINKED'
          AND linked.id::text = split_part(n.event_key, ':', 2)
      )
      UPDATE notifications n SET derived_params = jsonb_strip_nulls(jsonb_build_object(
        'subjectTitle', d.subject_title, 'noticeTitle', d.notice_title, 'responseStatus', d.response_status))
      FROM derived d WHERE d.id = n.id`);
    // The sentence's column becomes the params' column, so the columns keep their order (and down
    // gives back the table as it was).
    await db.query('ALTER TABLE notifications ALTER COLUMN title TYPE jsonb USING derived_params');
    await db.query('ALTER TABLE notifications DROP COLUMN derived_params');
    await db.query('ALTER TABLE notifications RENAME COLUMN title TO params');
    await db.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_params_quote_subject
        CHECK (jsonb_typeof(params) = 'object' AND params ? 'subjectTitle')`);
    await db.query(`
      CREATE TABLE notification_outbox (
        id bigserial PRIMARY KEY,
        event text NOT NULL,
        event_key text NOT NULL,
        subject_kind text NOT NULL,
        subject_id uuid NOT NULL,
        params jsonb NOT NULL,
        audience jsonb NOT NULL,
        actor_user_id uuid,
        awaits_search_index boolean NOT NULL DEFAULT false,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        processed_at timestamptz
      )`);
    await db.query(`
      CREATE INDEX notification_outbox_pending_idx ON notification_outbox (next_attempt_at, id)
      WHERE processed_at IS NULL`);
    // An event for saved searches waits while its subject has changes the index has not taken in.
    await db.query(`
      CREATE INDEX search_outbox_document_pending_idx ON search_outbox (document_kind, document_id)
      WHERE processed_at IS NULL`);
  }

  /** Back to sentences in Norwegian; events not yet delivered are dropped with their outbox. */
  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX search_outbox_document_pending_idx');
    await db.query('DROP TABLE notification_outbox');
    await db.query('ALTER TABLE notifications DROP CONSTRAINT notifications_params_quote_subject');
    await db.query(`
      ALTER TABLE notifications ALTER COLUMN params TYPE text USING CASE
        WHEN event = 'SAVED_SEARCH_MATCH' THEN CASE subject_kind WHEN 'SOLUTION' THEN 'Ny løsning: '
          WHEN 'NEED' THEN 'Nytt behov: ' ELSE 'Ny kunngjøring: ' END
        WHEN event = 'NEW_NEED_RESPONSE' THEN 'Nytt svar på behovet: '
        WHEN event = 'NEED_RESPONSE_STATUS' THEN CASE params->>'responseStatus'
          WHEN 'SHORTLISTED' THEN 'Svaret ditt er satt på kortlisten: ' ELSE 'Svaret ditt ble ikke valgt: ' END
        WHEN event = 'NEW_NOTICE_FOR_NEED' THEN 'Ny kunngjøring for et behov du følger: '
        WHEN event = 'NEED_PARTNER_ACCEPTED' THEN 'Dere er godtatt som partner på behovet: '
        WHEN event = 'NEW_NEED_QUESTION' THEN 'Nytt spørsmål om behovet: '
        WHEN event = 'NEED_QUESTION_ANSWERED' THEN 'Spørsmål besvart på behovet: '
        WHEN event = 'RESULTING_SOLUTION_LINKED' AND subject_kind = 'SOLUTION'
          THEN 'Anskaffelsen «' || (params->>'noticeTitle') || '» ga løsningen: '
        ELSE 'Anskaffelsen for et behov du følger er avsluttet: '
      END || (params->>'subjectTitle')`);
    await db.query('ALTER TABLE notifications RENAME COLUMN params TO title');
    await db.query('ALTER TABLE users DROP COLUMN language');
  }
}
