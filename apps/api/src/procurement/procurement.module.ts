import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SearchModule } from '../search/search.module';
import { searchSourceProvider } from '../search/search-source';
import { SolutionsModule } from '../solutions/solutions.module';
import { ProcurementNoticeRepository } from './procurement-notice.repository';
import {
  NeedProcurementResolver,
  ProcurementNoticeResolver,
  SolutionProcurementResolver,
} from './procurement-notice.resolver';
import { ProcurementNoticeService } from './procurement-notice.service';
import { PROCUREMENT_NOTICE_SEARCH_SOURCE } from './procurement-notice-search-source';
import { ProcurementNoticeSeeding } from './procurement-notice-seeding';

@Module({
  imports: [OrganizationsModule, NeedsModule, SolutionsModule, NotificationsModule, SearchModule],
  providers: [
    ProcurementNoticeSeeding,
    ProcurementNoticeRepository,
    ProcurementNoticeService,
    ProcurementNoticeResolver,
    NeedProcurementResolver,
    SolutionProcurementResolver,
    searchSourceProvider(PROCUREMENT_NOTICE_SEARCH_SOURCE),
  ],
  exports: [ProcurementNoticeService, ProcurementNoticeSeeding],
})
export class ProcurementModule {}
