import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { NotificationEntity } from './notification.entity';
import type { Audience, NotificationDraft } from './notification-events';
import type { SavedSearchRecipient } from './notification-fan-out';

/** An event as it is delivered: dated when the write that published it happened. */
export type PublishedNotification = NotificationDraft & { publishedAt: Date };

/** The columns every notification of an event shares, in the order of columnValues. */
const COLUMNS = 'event, event_key, subject_kind, subject_id, params, created_at';
const columnValues = (event: PublishedNotification) => [
  event.event,
  event.eventKey,
  event.subjectKind,
  event.subjectId,
  event.params,
  event.publishedAt,
];

@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Notifies the audience named by groups, never the user whose action caused the event. */
  async insertForAudience(
    unitOfWork: UnitOfWork,
    event: PublishedNotification,
    audience: Audience,
    actorUserId: string | null,
  ): Promise<number> {
    const conditions: string[] = [];
    const params: unknown[] = [...columnValues(event)];
    const param = (value: unknown) => `$${params.push(value)}`;
    const needId = audience.needTeamOf ?? audience.needPartnersOf;
    if (needId) {
      const need = param(needId);
      const acceptedOnly = audience.needTeamOf ? '' : 'AND accepted_at IS NOT NULL';
      conditions.push(`u.organization_id = (SELECT owner_id FROM needs WHERE id = ${need})`);
      conditions.push(
        `u.organization_id IN (SELECT organization_id FROM need_participants
                               WHERE need_id = ${need} ${acceptedOnly})`,
      );
    }
    if (audience.organizationId) conditions.push(`u.organization_id = ${param(audience.organizationId)}`);
    if (audience.followersOf) {
      conditions.push(
        `u.id IN (SELECT user_id FROM follows WHERE target_kind = ${param(audience.followersOf.kind)}
                  AND target_id = ${param(audience.followersOf.id)})`,
      );
    }
    if (audience.adoptersOf) {
      conditions.push(
        `u.organization_id IN (SELECT organization_id FROM adoptions
                               WHERE solution_id = ${param(audience.adoptersOf)} AND stage <> 'STOPPED')`,
      );
    }
    if (audience.userIds?.length) conditions.push(`u.id = ANY(${param(audience.userIds)}::uuid[])`);
    if (!conditions.length) return 0;
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO notifications (user_id, ${COLUMNS})
       SELECT u.id, $1, $2, $3, $4, $5::jsonb, $6::timestamptz FROM users u
       WHERE (${conditions.join(' OR ')}) AND u.id IS DISTINCT FROM ${param(actorUserId)}::uuid
       ON CONFLICT ON CONSTRAINT notifications_once_per_event DO NOTHING RETURNING id`,
      params,
    );
    return inserted.length;
  }

  /** Notifies each recipient of a saved-search match once. */
  async insertForSavedSearches(
    unitOfWork: UnitOfWork,
    event: PublishedNotification,
    recipients: SavedSearchRecipient[],
  ): Promise<number> {
    if (!recipients.length) return 0;
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO notifications (user_id, ${COLUMNS}, saved_search_id)
       SELECT r.user_id, $1, $2, $3, $4, $5::jsonb, $6::timestamptz, r.saved_search_id
       FROM unnest($7::uuid[], $8::uuid[]) AS r(user_id, saved_search_id)
       ON CONFLICT ON CONSTRAINT notifications_once_per_event DO NOTHING RETURNING id`,
      [...columnValues(event), recipients.map((r) => r.userId), recipients.map((r) => r.savedSearchId)],
    );
    return inserted.length;
  }

  async list(userId: string, unreadOnly: boolean, page: PageArgs): Promise<Page<NotificationEntity>> {
    const builder = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id')
      .skip(page.offset)
      .take(page.limit);
    if (unreadOnly) builder.andWhere('n.readAt IS NULL');
    const [items, totalCount] = await builder.getManyAndCount();
    return { items, totalCount };
  }

  countUnread(userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId, readAt: IsNull() });
  }

  /** Marks the user's own notifications read; ids of other users' notifications are ignored. */
  async markRead(userId: string, ids: string[]): Promise<number> {
    const [, updated] = (await this.dataSource.query(
      'UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id',
      [userId, ids],
    )) as [unknown[], number];
    return updated;
  }
}
