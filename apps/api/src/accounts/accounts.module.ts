import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';

/** Accounts administrators manage: roles, deactivation, and the platform's user directory. */
@Module({
  imports: [UsersModule, AuthModule],
  providers: [AccountService, AccountResolver],
})
export class AccountsModule {}
