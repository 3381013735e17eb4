import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { TokenService } from './token.service';

@Module({
  imports: [UsersModule, OrganizationsModule],
  providers: [AuthService, AuthResolver, TokenService, LoginRateLimiter],
  exports: [AuthService, TokenService],
})
export class AuthModule {}
