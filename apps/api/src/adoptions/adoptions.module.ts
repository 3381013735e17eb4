import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { AdoptionRepository } from './adoption.repository';
import {
  AdoptionNotificationResolver,
  AdoptionResolver,
  OrganizationNeighboursResolver,
  SolutionAdoptionsResolver,
} from './adoption.resolver';
import { AdoptionService } from './adoption.service';
import { AdoptionConfirmationJob } from './adoption-confirmation.job';
import { AdoptionSeeding } from './adoption-seeding';

@Module({
  imports: [OrganizationsModule, SolutionsModule, NotificationsModule],
  providers: [
    AdoptionSeeding,
    AdoptionRepository,
    AdoptionService,
    AdoptionResolver,
    SolutionAdoptionsResolver,
    OrganizationNeighboursResolver,
    AdoptionNotificationResolver,
    AdoptionConfirmationJob,
  ],
  exports: [AdoptionService, AdoptionSeeding, AdoptionConfirmationJob],
})
export class AdoptionsModule {}
