import { Module } from '@nestjs/common';
import { AdoptionsModule } from '../adoptions/adoptions.module';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { PubliccodeController } from './publiccode.controller';
import { PubliccodeResolver, SolutionPubliccodeResolver } from './publiccode.resolver';
import { PubliccodeService } from './publiccode.service';
import { HOST_RESOLVER, systemResolver } from './url-reachability';

/** publiccode.yml in and out: validation as the official parser does it, import and export. */
@Module({
  imports: [SolutionsModule, OrganizationsModule, AdoptionsModule, AuthModule],
  controllers: [PubliccodeController],
  providers: [
    PubliccodeService,
    PubliccodeResolver,
    SolutionPubliccodeResolver,
    { provide: HOST_RESOLVER, useValue: systemResolver },
  ],
})
export class PubliccodeModule {}
