import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { AdoptionRepository } from './adoption.repository';
import { AdoptionResolver, SolutionAdoptionsResolver } from './adoption.resolver';
import { AdoptionService } from './adoption.service';

@Module({
  imports: [OrganizationsModule, SolutionsModule],
  providers: [AdoptionRepository, AdoptionService, AdoptionResolver, SolutionAdoptionsResolver],
  exports: [AdoptionService, AdoptionRepository],
})
export class AdoptionsModule {}
