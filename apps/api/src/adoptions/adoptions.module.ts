import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { AdoptionRepository } from './adoption.repository';
import { AdoptionResolver, SolutionAdoptionsResolver } from './adoption.resolver';
import { AdoptionService } from './adoption.service';
import { AdoptionSeeding } from './adoption-seeding';

@Module({
  imports: [OrganizationsModule, SolutionsModule],
  providers: [
    AdoptionSeeding,
    AdoptionRepository,
    AdoptionService,
    AdoptionResolver,
    SolutionAdoptionsResolver,
  ],
  exports: [AdoptionService, AdoptionSeeding],
})
export class AdoptionsModule {}
