import { Module } from '@nestjs/common';
import { LandscapesModule } from '../landscapes/landscapes.module';
import { NeedsModule } from '../needs/needs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProcurementModule } from '../procurement/procurement.module';
import { SearchModule } from '../search/search.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { NeedSimilarSolutionsResolver, SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SearchExportController } from './search-export.controller';

/**
 * The marketplace across its kinds of item: the search query with its hits and facets, and the
 * solutions similar to a text or a need. It reads the domains through their services and finds
 * through the search port.
 */
@Module({
  imports: [
    SearchModule,
    SolutionsModule,
    NeedsModule,
    ProcurementModule,
    OrganizationsModule,
    LandscapesModule,
  ],
  controllers: [SearchExportController],
  providers: [SearchService, SearchResolver, NeedSimilarSolutionsResolver],
})
export class MarketplaceModule {}
