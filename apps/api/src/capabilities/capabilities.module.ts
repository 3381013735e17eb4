import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UserCapabilitiesResolver } from './user-capabilities.resolver';

/** `User.can`: apart from users, because its rules belong to the modules that enforce them. */
@Module({ imports: [OrganizationsModule], providers: [UserCapabilitiesResolver] })
export class CapabilitiesModule {}
