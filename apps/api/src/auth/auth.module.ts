import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { AnsattportenResolver } from './oidc/ansattporten.resolver';
import { AnsattportenService } from './oidc/ansattporten.service';
import { EmailConfirmationRepository } from './oidc/email-confirmation.repository';
import { OidcController } from './oidc/oidc.controller';
import { OidcSignInRepository } from './oidc/oidc-sign-in.repository';
import { OpenIdClientAdapter } from './oidc/openid-client.adapter';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetService } from './password-reset.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

@Module({
  imports: [UsersModule, OrganizationsModule, RateLimitModule, MailModule],
  controllers: [OidcController],
  providers: [
    OpenIdClientAdapter,
    OidcSignInRepository,
    EmailConfirmationRepository,
    AnsattportenService,
    AnsattportenResolver,
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
