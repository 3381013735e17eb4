import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeResolver } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { SolutionFitResolver } from './solution-fit.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [LandscapeRepository, LandscapeService, LandscapeResolver, SolutionFitResolver],
  exports: [LandscapeService],
})
export class LandscapesModule {}
