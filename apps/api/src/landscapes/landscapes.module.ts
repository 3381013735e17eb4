import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeResolver } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { LandscapeSeeding } from './landscape-seeding';
import { SolutionFitResolver } from './solution-fit.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [
    LandscapeRepository,
    LandscapeService,
    LandscapeSeeding,
    LandscapeResolver,
    SolutionFitResolver,
  ],
  exports: [LandscapeService, LandscapeSeeding],
})
export class LandscapesModule {}
