import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProcurementModule } from '../procurement/procurement.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { WebPagesController } from './web-pages.controller';
import { WebPagesService } from './web-pages.service';

/** The web app's pages as the server sends them: each page's head, 404s, robots.txt and the sitemap. */
@Module({
  imports: [SolutionsModule, NeedsModule, ProcurementModule, OrganizationsModule],
  controllers: [WebPagesController],
  providers: [WebPagesService],
  exports: [WebPagesService],
})
export class WebPagesModule {}
