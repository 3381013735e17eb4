import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { NotificationEntity } from './notification.entity';
import type { FollowTargetKind, MarketplaceItemKind, NotificationEvent } from './notification-kinds';
import { SAVED_SEARCH_MATCHES_ITEM } from './saved-search.repository';

export interface NotificationDraft {
  event: NotificationEvent;
  /** Unique per user: the same key never notifies the same user twice. */
  eventKey: string;
  subjectKind: MarketplaceItemKind;
  subjectId: string;
  title: string;
}

/** Who hears about an event; the users in any of these groups, each once. */
export interface Audience {
  /** The users of the need's owner and participant organisations. */
  needTeamOf?: string;
  /** The organisation's users. */
  organizationId?: string;
  followersOf?: { kind: FollowTargetKind; id: string };
  userIds?: string[];
}

@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Notifies the audience, never the user whose action caused the event. */
  async insertForAudience(
    unitOfWork: UnitOfWork,
    draft: NotificationDraft,
    audience: Audience,
    actorUserId: string | null,
  ): Promise<number> {
    const conditions: string[] = [];
    const params: unknown[] = [draft.event, draft.eventKey, draft.subjectKind, draft.subjectId, draft.title];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (audience.needTeamOf) {
      const need = param(audience.needTeamOf);
      conditions.push(`u.organization_id = (SELECT owner_id FROM needs WHERE id = ${need})`);
      conditions.push(
        `u.organization_id IN (SELECT organization_id FROM need_participants WHERE need_id = ${need})`,
      );
    }
    if (audience.organizationId) conditions.push(`u.organization_id = ${param(audience.organizationId)}`);
    if (audience.followersOf) {
      conditions.push(
        `u.id IN (SELECT user_id FROM follows WHERE target_kind = ${param(audience.followersOf.kind)}
                  AND target_id = ${param(audience.followersOf.id)})`,
      );
    }
    if (audience.userIds?.length) conditions.push(`u.id = ANY(${param(audience.userIds)}::uuid[])`);
    if (!conditions.length) return 0;
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO notifications (user_id, event, event_key, subject_kind, subject_id, title)
       SELECT u.id, $1, $2, $3, $4, $5 FROM users u
       WHERE (${conditions.join(' OR ')}) AND u.id IS DISTINCT FROM ${param(actorUserId)}::uuid
       ON CONFLICT ON CONSTRAINT notifications_once_per_event DO NOTHING RETURNING id`,
      params,
    );
    return inserted.length;
  }

  /**
   * Notifies the owners of every saved search the item matches (one notification per user),
   * reading the item as the transaction sees it, so it runs in the same transaction as the write.
   */
  async insertForSavedSearchMatches(
    unitOfWork: UnitOfWork,
    kind: MarketplaceItemKind,
    id: string,
    titlePrefix: string,
    event: NotificationEvent,
    actorUserId: string | null,
  ): Promise<number> {
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO notifications (user_id, event, event_key, subject_kind, subject_id, title, saved_search_id)
       SELECT DISTINCT ON (s.user_id) s.user_id, $3, $3 || ':' || i.id, i.kind, i.id, $4 || i.title, s.id
       FROM public_items i JOIN saved_searches s ON ${SAVED_SEARCH_MATCHES_ITEM}
       WHERE i.kind = $1 AND i.id = $2 AND s.user_id IS DISTINCT FROM $5::uuid
       ORDER BY s.user_id, s.created_at
       ON CONFLICT ON CONSTRAINT notifications_once_per_event DO NOTHING RETURNING id`,
      [kind, id, event, titlePrefix, actorUserId],
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
