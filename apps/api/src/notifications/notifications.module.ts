import { Module } from '@nestjs/common';
import { FeedController } from './feed.controller';
import { FollowRepository } from './follow.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchService } from './saved-search.service';

/** Follows, saved searches, in-app notifications and the saved-search Atom feeds. */
@Module({
  controllers: [FeedController],
  providers: [
    NotificationRepository,
    FollowRepository,
    SavedSearchRepository,
    NotificationService,
    SavedSearchService,
    NotificationResolver,
  ],
  exports: [NotificationService],
})
export class NotificationsModule {}
