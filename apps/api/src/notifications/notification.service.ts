import { Injectable } from '@nestjs/common';
import { validatePage, validateUuid } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import type { SearchDocumentKind } from '../search/search-kind';
import { FollowRepository } from './follow.repository';
import type { NotificationEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import {
  type Audience,
  type FollowTargetKind,
  type NotificationDraft,
  NotificationEvent,
} from './notification-events';
import { NotificationOutboxRepository } from './notification-outbox.repository';

/**
 * Publishes events inside the transaction of the write that caused them (so none is lost or sent
 * for a write that rolled back); NotificationFanOut delivers them once it commits. Lets users read
 * their notifications and follow things.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly outbox: NotificationOutboxRepository,
    private readonly notifications: NotificationRepository,
    private readonly follows: FollowRepository,
  ) {}

  /** Tells the owners of every saved search the new public item matches, once per item. */
  notifySavedSearchMatches(
    unitOfWork: UnitOfWork,
    item: { kind: SearchDocumentKind; id: string; title: string },
    actorUserId: string | null,
  ): Promise<void> {
    const event = NotificationEvent.SAVED_SEARCH_MATCH;
    return this.notify(
      unitOfWork,
      {
        event,
        eventKey: `${event}:${item.id}`,
        subjectKind: item.kind,
        subjectId: item.id,
        params: { subjectTitle: item.title },
      },
      { savedSearchOwners: true },
      actorUserId,
    );
  }

  notify(
    unitOfWork: UnitOfWork,
    draft: NotificationDraft,
    audience: Audience,
    actorUserId: string | null,
  ): Promise<void> {
    return this.outbox.enqueue(unitOfWork, draft, audience, actorUserId);
  }

  async list(
    viewer: Viewer,
    unreadOnly: boolean,
    limit: number,
    offset: number,
  ): Promise<Page<NotificationEntity> & { unreadCount: number }> {
    const page = await this.notifications.list(viewer.userId, unreadOnly, validatePage(limit, offset));
    return { ...page, unreadCount: await this.notifications.countUnread(viewer.userId) };
  }

  markRead(viewer: Viewer, ids: string[]): Promise<number> {
    return this.notifications.markRead(
      viewer.userId,
      ids.map((id) => validateUuid('ids', id)),
    );
  }

  follow(viewer: Viewer, kind: FollowTargetKind, id: string): Promise<void> {
    return this.follows.follow(viewer.userId, kind, id);
  }

  unfollow(viewer: Viewer, kind: FollowTargetKind, id: string): Promise<void> {
    return this.follows.unfollow(viewer.userId, kind, id);
  }

  /** Which of the targets the viewer follows (none when not logged in). */
  async followedAmong(viewer: Viewer | null, kind: FollowTargetKind, ids: readonly string[]) {
    return viewer ? this.follows.followedAmong(viewer.userId, kind, ids) : new Set<string>();
  }
}
