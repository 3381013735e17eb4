import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

/** The DCAT-AP-NO catalogue at /catalog, for data.norge.no to harvest. */
@Module({
  imports: [SolutionsModule, OrganizationsModule],
  controllers: [CatalogController],
  providers: [CatalogService],
})
export class CatalogModule {}
