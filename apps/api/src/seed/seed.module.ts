import { Module } from '@nestjs/common';
import { AdoptionsModule } from '../adoptions/adoptions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { UsersModule } from '../users/users.module';
import { Seeder } from './seeder';

@Module({
  imports: [OrganizationsModule, UsersModule, SolutionsModule, AdoptionsModule],
  providers: [Seeder],
  exports: [Seeder],
})
export class SeedModule {}
