import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { ProcurementNoticeRepository } from './procurement-notice.repository';
import {
  NeedProcurementResolver,
  ProcurementNoticeResolver,
  SolutionProcurementResolver,
} from './procurement-notice.resolver';
import { ProcurementNoticeService } from './procurement-notice.service';

@Module({
  imports: [OrganizationsModule, NeedsModule, SolutionsModule, NotificationsModule],
  providers: [
    ProcurementNoticeRepository,
    ProcurementNoticeService,
    ProcurementNoticeResolver,
    NeedProcurementResolver,
    SolutionProcurementResolver,
  ],
  exports: [ProcurementNoticeService, ProcurementNoticeRepository],
})
export class ProcurementModule {}
