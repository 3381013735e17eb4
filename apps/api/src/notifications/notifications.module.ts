import { Module } from '@nestjs/common';
import { SolutionsModule } from '../solutions/solutions.module';
import { FeedController } from './feed.controller';
import { FollowRepository } from './follow.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchService } from './saved-search.service';
import { SolutionFollowResolver } from './solution-follow.resolver';

/** Follows, saved searches, in-app notifications and the saved-search Atom feeds. */
@Module({
  imports: [SolutionsModule],
  controllers: [FeedController],
  providers: [
    NotificationRepository,
    FollowRepository,
    SavedSearchRepository,
    NotificationService,
    SavedSearchService,
    NotificationResolver,
    SolutionFollowResolver,
  ],
  exports: [NotificationService],
})
export class NotificationsModule {}
