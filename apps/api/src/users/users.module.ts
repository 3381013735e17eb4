import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PasswordHasher } from './password-hasher';
import { UserRepository } from './user.repository';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  imports: [OrganizationsModule],
  providers: [UserRepository, UserService, UserResolver, PasswordHasher],
  exports: [UserService, PasswordHasher],
})
export class UsersModule {}
