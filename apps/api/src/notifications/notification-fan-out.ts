import { Inject, Injectable } from '@nestjs/common';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import { OutboxWorker, type OutboxWorkerOptions } from '../outbox/outbox-worker';
import type { SearchDocumentKind } from '../search/search-kind';
import { NotificationRepository } from './notification.repository';
import { NotificationOutboxRepository, type PendingNotification } from './notification-outbox.repository';

export const NOTIFICATION_FAN_OUT_OPTIONS = Symbol('NOTIFICATION_FAN_OUT_OPTIONS');

/** A user to notify, and the saved search that made them one. */
export interface SavedSearchRecipient {
  userId: string;
  savedSearchId: string;
}

/** Finds the owners of saved searches an item matches; the saved-searches module registers one. */
export interface SavedSearchMatcher {
  /** Each owner once, with their oldest matching search; never `exceptUserId`. */
  ownersOfMatchingSearches(
    item: { kind: SearchDocumentKind; id: string },
    exceptUserId: string | null,
  ): Promise<SavedSearchRecipient[]>;
}

/** Told, in the fan-out's transaction, of each event whose notifications were just inserted. */
export type DeliveryListener = (unitOfWork: UnitOfWork, eventKey: string) => Promise<void>;

/**
 * Turns published events into notifications once the write that published them has committed:
 * at least once, and never twice for a user, since a notification is unique per user and event key.
 */
@Injectable()
export class NotificationFanOut extends OutboxWorker<PendingNotification> {
  private savedSearchMatcher: SavedSearchMatcher | null = null;
  private readonly deliveryListeners: DeliveryListener[] = [];

  constructor(
    outbox: NotificationOutboxRepository,
    private readonly notifications: NotificationRepository,
    transactions: TransactionRunner,
    @Inject(NOTIFICATION_FAN_OUT_OPTIONS) options: OutboxWorkerOptions,
  ) {
    super('Notification fan-out', outbox, transactions, options);
  }

  matchSavedSearchesWith(matcher: SavedSearchMatcher): void {
    this.savedSearchMatcher = matcher;
  }

  /** The mail module registers one, to mail notifications in the transaction that inserts them. */
  onDelivered(listener: DeliveryListener): void {
    this.deliveryListeners.push(listener);
  }

  protected async handle(events: PendingNotification[], unitOfWork: UnitOfWork): Promise<void> {
    for (const event of events) {
      await this.notifications.insertForAudience(unitOfWork, event, event.audience, event.actorUserId);
      if (event.audience.savedSearchOwners) {
        const recipients = await this.matcher().ownersOfMatchingSearches(
          { kind: event.subjectKind, id: event.subjectId },
          event.actorUserId,
        );
        await this.notifications.insertForSavedSearches(unitOfWork, event, recipients);
      }
      for (const listener of this.deliveryListeners) await listener(unitOfWork, event.eventKey);
    }
  }

  private matcher(): SavedSearchMatcher {
    if (!this.savedSearchMatcher) throw new Error('No saved-search matcher is registered');
    return this.savedSearchMatcher;
  }
}
