import { Injectable } from '@nestjs/common';
import { validatePage, validateUuid } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { FollowRepository } from './follow.repository';
import type { NotificationEntity } from './notification.entity';
import { type Audience, type NotificationDraft, NotificationRepository } from './notification.repository';
import { type FollowTargetKind, MarketplaceItemKind, NotificationEvent } from './notification-kinds';

const NEW_ITEM_TITLES: Record<MarketplaceItemKind, string> = {
  [MarketplaceItemKind.SOLUTION]: 'Ny løsning: ',
  [MarketplaceItemKind.NEED]: 'Nytt behov: ',
  [MarketplaceItemKind.PROCUREMENT_NOTICE]: 'Ny kunngjøring: ',
};

/**
 * Creates notifications inside the transaction of the write that caused them (so none is ever
 * lost or sent for a write that rolled back), and lets users read them and follow things.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly follows: FollowRepository,
  ) {}

  /** Tells the owners of every saved search that the new public item matches. */
  notifySavedSearchMatches(
    unitOfWork: UnitOfWork,
    kind: MarketplaceItemKind,
    id: string,
    actorUserId: string | null,
  ): Promise<number> {
    return this.notifications.insertForSavedSearchMatches(
      unitOfWork,
      kind,
      id,
      NEW_ITEM_TITLES[kind],
      NotificationEvent.SAVED_SEARCH_MATCH,
      actorUserId,
    );
  }

  notify(
    unitOfWork: UnitOfWork,
    draft: NotificationDraft,
    audience: Audience,
    actorUserId: string | null,
  ): Promise<number> {
    return this.notifications.insertForAudience(unitOfWork, draft, audience, actorUserId);
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
