import { Module } from '@nestjs/common';
import { DEFAULT_OUTBOX_WORKER_OPTIONS } from '../outbox/outbox-worker';
import { FollowRepository } from './follow.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NOTIFICATION_FAN_OUT_OPTIONS, NotificationFanOut } from './notification-fan-out';
import { NotificationOutboxRepository } from './notification-outbox.repository';

/** Follows, in-app notifications, and the fan-out that delivers published events. */
@Module({
  providers: [
    NotificationRepository,
    NotificationOutboxRepository,
    FollowRepository,
    NotificationService,
    NotificationResolver,
    { provide: NOTIFICATION_FAN_OUT_OPTIONS, useValue: DEFAULT_OUTBOX_WORKER_OPTIONS },
    NotificationFanOut,
  ],
  exports: [NotificationService, NotificationFanOut],
})
export class NotificationsModule {}
