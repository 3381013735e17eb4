import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SearchModule } from '../search/search.module';
import { searchSourceProvider } from '../search/search-source';
import { SolutionsModule } from '../solutions/solutions.module';
import { UsersModule } from '../users/users.module';
import { NeedRepository } from './need.repository';
import { NeedResolver } from './need.resolver';
import { NeedService } from './need.service';
import { NeedQuestionRepository } from './need-question.repository';
import { NeedQuestionService } from './need-question.service';
import { NeedResponseRepository } from './need-response.repository';
import { NeedResponseNotificationResolver, NeedResponseResolver } from './need-response.resolver';
import { NeedResponseService } from './need-response.service';
import { NEED_SEARCH_SOURCE } from './need-search-source';
import { NeedSeeding } from './need-seeding';

@Module({
  imports: [OrganizationsModule, NotificationsModule, SolutionsModule, SearchModule, UsersModule],
  providers: [
    NeedSeeding,
    NeedRepository,
    NeedResponseRepository,
    NeedQuestionRepository,
    NeedService,
    NeedResponseService,
    NeedQuestionService,
    NeedResolver,
    NeedResponseResolver,
    NeedResponseNotificationResolver,
    searchSourceProvider(NEED_SEARCH_SOURCE),
  ],
  exports: [NeedService, NeedSeeding],
})
export class NeedsModule {}
