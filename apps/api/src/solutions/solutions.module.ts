import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionRepository } from './solution.repository';
import { SolutionResolver } from './solution.resolver';
import { SolutionService } from './solution.service';

@Module({
  imports: [OrganizationsModule],
  providers: [SolutionRepository, SolutionService, SolutionResolver],
  exports: [SolutionService, SolutionRepository],
})
export class SolutionsModule {}
