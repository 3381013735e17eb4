import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SearchModule } from '../search/search.module';
import { searchSourceProvider } from '../search/search-source.repository';
import { SolutionRepository } from './solution.repository';
import { SolutionResolver } from './solution.resolver';
import { SolutionService } from './solution.service';
import { SolutionFollowResolver } from './solution-follow.resolver';
import { SolutionProfileResolver } from './solution-profile.resolver';
import { SOLUTION_SEARCH_SOURCE } from './solution-search-source';

@Module({
  imports: [OrganizationsModule, NotificationsModule, SearchModule],
  providers: [
    SolutionRepository,
    SolutionService,
    SolutionResolver,
    SolutionFollowResolver,
    SolutionProfileResolver,
    searchSourceProvider(SOLUTION_SEARCH_SOURCE),
  ],
  exports: [SolutionService, SolutionRepository],
})
export class SolutionsModule {}
