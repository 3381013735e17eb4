import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SearchModule } from '../search/search.module';
import { searchSourceProvider } from '../search/search-source';
import { SolutionRepository } from './solution.repository';
import { SolutionResolver } from './solution.resolver';
import { SolutionService } from './solution.service';
import { SolutionFollowResolver } from './solution-follow.resolver';
import { SolutionProfileResolver } from './solution-profile.resolver';
import { SOLUTION_SEARCH_SOURCE } from './solution-search-source';
import { SolutionSeeding } from './solution-seeding';

@Module({
  imports: [OrganizationsModule, NotificationsModule, SearchModule],
  providers: [
    SolutionSeeding,
    SolutionRepository,
    SolutionService,
    SolutionResolver,
    SolutionFollowResolver,
    SolutionProfileResolver,
    searchSourceProvider(SOLUTION_SEARCH_SOURCE),
  ],
  exports: [SolutionService, SolutionSeeding],
})
export class SolutionsModule {}
