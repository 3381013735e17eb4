import { Module } from '@nestjs/common';
import { NotificationFanOut } from '../notifications/notification-fan-out';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchModule } from '../search/search.module';
import { FeedController } from './feed.controller';
import { SavedSearchRepository } from './saved-search.repository';
import { SavedSearchResolver } from './saved-search.resolver';
import { SavedSearchService } from './saved-search.service';

/** Saved searches, their Atom feeds, and the matching that tells their owners of new items. */
@Module({
  imports: [SearchModule, NotificationsModule],
  controllers: [FeedController],
  providers: [
    SavedSearchRepository,
    SavedSearchService,
    SavedSearchResolver,
    {
      provide: 'REGISTER_SAVED_SEARCH_MATCHER',
      inject: [NotificationFanOut, SavedSearchService],
      useFactory: (fanOut: NotificationFanOut, savedSearches: SavedSearchService) =>
        fanOut.matchSavedSearchesWith(savedSearches),
    },
  ],
})
export class SavedSearchesModule {}
