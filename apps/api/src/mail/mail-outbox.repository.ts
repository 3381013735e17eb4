import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnitOfWork } from '../database/unit-of-work';
import { OutboxTable } from '../outbox/outbox-table.repository';
import type { OutboxQueue } from '../outbox/outbox-worker';
import type { Recipient } from './mail-composer';
import type { MailedNotification } from './mail-texts';

export type MailKind = 'NOTIFICATION' | 'DIGEST' | 'PASSWORD_RESET' | 'EMAIL_CONFIRMATION';

/** Mails that carry a one-time link: sent whatever the user's notification settings, and forgotten once sent. */
export const LINK_MAIL_KINDS: readonly MailKind[] = ['PASSWORD_RESET', 'EMAIL_CONFIRMATION'];

/** A message to send. Its key, unique in the table, makes its Message-ID. */
export interface PendingMail {
  id: string;
  attempts: number;
  kind: MailKind;
  messageKey: string;
  userId: string;
  notificationId: string | null;
  digestFrom: Date | null;
  digestUntil: Date | null;
  payload: { weekly?: boolean; token?: string };
}

/** The last digest time at or before $1: 07:00 Europe/Oslo, on Mondays for a weekly digest. */
const DIGEST_SLOT = `(date_trunc(CASE WHEN u.email_frequency = 'WEEKLY' THEN 'week' ELSE 'day' END,
    ($1::timestamptz AT TIME ZONE 'Europe/Oslo') - interval '7 hours') + interval '7 hours') AT TIME ZONE 'Europe/Oslo'`;

const NOTIFICATION_COLUMNS = `n.event, n.subject_kind AS "subjectKind", n.subject_id AS "subjectId", n.params,
  s.id AS "savedSearchId", s.name AS "savedSearchName"`;
/** A notification and the saved search that matched it, if one did and is still kept. */
const NOTIFICATIONS = 'notifications n LEFT JOIN saved_searches s ON s.id = n.saved_search_id';

/**
 * The mail outbox: a message is enqueued in the transaction that makes it due (a notification's
 * fan-out, a digest period, a reset request) and sent after it commits, once per key.
 */
@Injectable()
export class MailOutboxRepository extends OutboxTable<PendingMail> implements OutboxQueue<PendingMail> {
  constructor(dataSource: DataSource) {
    super(dataSource, 'mail_outbox');
  }

  /** Mails the event's notifications to the recipients who want each one at once. */
  async enqueueForEvent(unitOfWork: UnitOfWork, eventKey: string): Promise<void> {
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO mail_outbox (message_key, kind, user_id, notification_id)
       SELECT 'notification.' || n.id, 'NOTIFICATION', n.user_id, n.id
       FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.event_key = $1 AND u.email_frequency = 'IMMEDIATELY'
       ON CONFLICT (message_key) DO NOTHING RETURNING id`,
      [eventKey],
    );
    if (inserted.length) await this.notifyOnCommit(unitOfWork);
  }

  /**
   * Enqueues the digest of every user whose digest time has come since their last one, holding what
   * they were notified of in between, and moves their next digest on. Waits while events published
   * before the digest time are still being fanned out, so a late notification is not skipped.
   */
  async enqueueDueDigests(unitOfWork: UnitOfWork, now: Date): Promise<number> {
    const inserted: unknown[] = await unitOfWork.query(
      `WITH due AS (
         SELECT u.id, u.email_frequency, u.email_digest_since AS since, ${DIGEST_SLOT} AS until
         FROM users u WHERE u.email_frequency IN ('DAILY', 'WEEKLY')
       ), ready AS (
         SELECT * FROM due d WHERE d.until > d.since AND NOT EXISTS (
           SELECT 1 FROM notification_outbox o WHERE o.processed_at IS NULL AND o.enqueued_at <= d.until)
       ), advanced AS (
         UPDATE users u SET email_digest_since = r.until FROM ready r WHERE u.id = r.id
         RETURNING r.id, r.since, r.until, r.email_frequency
       )
       INSERT INTO mail_outbox (message_key, kind, user_id, digest_from, digest_until, payload)
       SELECT 'digest.' || a.id || '.' || extract(epoch FROM a.until)::bigint, 'DIGEST', a.id, a.since, a.until,
              jsonb_build_object('weekly', a.email_frequency = 'WEEKLY')
       FROM advanced a
       WHERE EXISTS (SELECT 1 FROM notifications n
                     WHERE n.user_id = a.id AND n.created_at > a.since AND n.created_at <= a.until)
       ON CONFLICT (message_key) DO NOTHING RETURNING id`,
      [now],
    );
    if (inserted.length) await this.notifyOnCommit(unitOfWork);
    return inserted.length;
  }

  async enqueueLink(
    unitOfWork: UnitOfWork,
    kind: (typeof LINK_MAIL_KINDS)[number],
    userId: string,
    key: string,
    token: string,
  ) {
    await unitOfWork.query(
      'INSERT INTO mail_outbox (message_key, kind, user_id, payload) VALUES ($1, $2, $3, $4)',
      [key, kind, userId, { token }],
    );
    await this.notifyOnCommit(unitOfWork);
  }

  /** Drops a sent reset link from the table: it commits with the message's being marked sent. */
  async forgetPayload(unitOfWork: UnitOfWork, mail: PendingMail): Promise<void> {
    await unitOfWork.query(`UPDATE mail_outbox SET payload = '{}' WHERE id = $1`, [mail.id]);
  }

  claimDue(unitOfWork: UnitOfWork, limit: number): Promise<PendingMail[]> {
    return this.claimRows<PendingMail>(
      unitOfWork,
      `o.kind, o.message_key AS "messageKey", o.user_id AS "userId", o.notification_id AS "notificationId",
       o.digest_from AS "digestFrom", o.digest_until AS "digestUntil", o.payload`,
      limit,
    );
  }

  /** The recipient, and whether they still want notification mail. */
  async recipient(
    unitOfWork: UnitOfWork,
    userId: string,
  ): Promise<(Recipient & { wantsNotifications: boolean }) | undefined> {
    const [row] = await unitOfWork.query(
      `SELECT id AS "userId", email, name, language, email_frequency <> 'NEVER' AS "wantsNotifications"
       FROM users WHERE id = $1`,
      [userId],
    );
    return row;
  }

  async notification(unitOfWork: UnitOfWork, id: string): Promise<MailedNotification | undefined> {
    const [row] = await unitOfWork.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM ${NOTIFICATIONS} WHERE n.id = $1`,
      [id],
    );
    return row;
  }

  digestItems(unitOfWork: UnitOfWork, mail: PendingMail): Promise<MailedNotification[]> {
    return unitOfWork.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM ${NOTIFICATIONS}
       WHERE n.user_id = $1 AND n.created_at > $2 AND n.created_at <= $3 ORDER BY n.created_at, n.id`,
      [mail.userId, mail.digestFrom, mail.digestUntil],
    );
  }

  listen(onNotified: () => void, onError: (error: Error) => void): Promise<() => Promise<void>> {
    return this.listenTo([this.channel], onNotified, onError);
  }
}
