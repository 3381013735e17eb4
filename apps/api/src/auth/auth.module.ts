import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetService } from './password-reset.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

@Module({
  imports: [UsersModule, OrganizationsModule, RateLimitModule, MailModule],
  providers: [
    AuthService,
    AuthResolver,
    TokenService,
    SessionRepository,
    SessionService,
    LoginThrottle,
    PasswordResetRepository,
    PasswordResetService,
  ],
  exports: [AuthService, SessionService],
})
export class AuthModule {}
