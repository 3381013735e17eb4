import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

@Module({
  imports: [UsersModule, OrganizationsModule, RateLimitModule],
  providers: [AuthService, AuthResolver, TokenService, SessionRepository, SessionService, LoginThrottle],
  exports: [AuthService, SessionService],
})
export class AuthModule {}
