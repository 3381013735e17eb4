import { Module } from '@nestjs/common';
import { AdoptionsModule } from '../adoptions/adoptions.module';
import { LandscapesModule } from '../landscapes/landscapes.module';
import { NeedsModule } from '../needs/needs.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProcurementModule } from '../procurement/procurement.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { UsersModule } from '../users/users.module';
import { DemoMarketplaceSeeder } from './demo-marketplace.seeder';
import { Seeder } from './seeder';

@Module({
  imports: [
    OrganizationsModule,
    UsersModule,
    SolutionsModule,
    AdoptionsModule,
    LandscapesModule,
    NeedsModule,
    ProcurementModule,
  ],
  providers: [Seeder, DemoMarketplaceSeeder],
  exports: [Seeder],
})
export class SeedModule {}
