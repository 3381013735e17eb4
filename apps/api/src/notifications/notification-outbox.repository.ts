import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnitOfWork } from '../database/unit-of-work';
import { OutboxTable } from '../outbox/outbox-table.repository';
import type { OutboxQueue } from '../outbox/outbox-worker';
import { SearchOutboxRepository, searchIndexPending } from '../outbox/search-outbox.repository';
import type { PublishedNotification } from './notification.repository';
import type { Audience, NotificationDraft } from './notification-events';

/** An event waiting to be fanned out to its audience. */
export type PendingNotification = PublishedNotification & {
  id: string;
  attempts: number;
  audience: Audience;
  actorUserId: string | null;
};

/**
 * Events a write published, enqueued in its transaction and fanned out after it commits. An event
 * for the owners of matching saved searches waits until its subject's changes are in the search
 * index, since the match goes through the search engine.
 */
@Injectable()
export class NotificationOutboxRepository
  extends OutboxTable<PendingNotification>
  implements OutboxQueue<PendingNotification>
{
  constructor(
    dataSource: DataSource,
    private readonly searchOutbox: SearchOutboxRepository,
  ) {
    super(dataSource, 'notification_outbox');
  }

  async enqueue(
    unitOfWork: UnitOfWork,
    draft: NotificationDraft,
    audience: Audience,
    actorUserId: string | null,
  ): Promise<void> {
    await unitOfWork.query(
      `INSERT INTO notification_outbox (event, event_key, subject_kind, subject_id, params, audience,
         actor_user_id, awaits_search_index)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        draft.event,
        draft.eventKey,
        draft.subjectKind,
        draft.subjectId,
        draft.params,
        audience,
        actorUserId,
        audience.savedSearchOwners === true,
      ],
    );
    await this.notifyOnCommit(unitOfWork);
  }

  claimDue(unitOfWork: UnitOfWork, limit: number): Promise<PendingNotification[]> {
    return this.claimRows<PendingNotification>(
      unitOfWork,
      `o.event, o.event_key AS "eventKey", o.subject_kind AS "subjectKind", o.subject_id AS "subjectId",
       o.params, o.audience, o.actor_user_id AS "actorUserId", o.enqueued_at AS "publishedAt"`,
      limit,
      `NOT (o.awaits_search_index AND ${searchIndexPending('o.subject_kind', 'o.subject_id')})`,
    );
  }

  /** Woken by new events, and by the search index taking in changes that events may wait for. */
  listen(onNotified: () => void, onError: (error: Error) => void): Promise<() => Promise<void>> {
    return this.listenTo([this.channel, this.searchOutbox.processedChannel], onNotified, onError);
  }
}
