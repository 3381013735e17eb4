import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionRepository } from './solution.repository';
import { SolutionResolver } from './solution.resolver';
import { SolutionService } from './solution.service';
import { SolutionFollowResolver } from './solution-follow.resolver';

@Module({
  imports: [OrganizationsModule, NotificationsModule],
  providers: [SolutionRepository, SolutionService, SolutionResolver, SolutionFollowResolver],
  exports: [SolutionService, SolutionRepository],
})
export class SolutionsModule {}
