import { Injectable } from '@nestjs/common';
import { InputCheck } from '../common/input-validation';
import { TransactionRunner } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { OrganizationRepository } from '../organizations/organization.repository';
import { OrganizationService } from '../organizations/organization.service';
import { OrganizationKind } from '../organizations/organization-kind';
import { PasswordHasher } from '../users/password-hasher';
import { Role } from '../users/role';
import type { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { UserService } from '../users/user.service';
import { authError } from './auth.errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { TokenService } from './token.service';

export interface RegisterCompanyInput {
  name: string;
  organizationNumber: string;
  email: string;
  password: string;
  userName: string;
}

export interface Session {
  token: string;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly userService: UserService,
    private readonly organizations: OrganizationRepository,
    private readonly organizationService: OrganizationService,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly transactions: TransactionRunner,
  ) {}

  async login(email: string, password: string, clientAddress: string): Promise<Session> {
    const keys = [`email:${email.trim().toLowerCase()}`, `ip:${clientAddress}`];
    if (this.rateLimiter.isBlocked(keys)) {
      throw authError(
        'TOO_MANY_LOGIN_ATTEMPTS',
        'Too many failed login attempts; wait 15 minutes and try again',
        {
          params: { retryAfterSeconds: 15 * 60 },
        },
      );
    }
    const user = await this.users.findForLogin(email.trim());
    if (!(await this.passwords.verify(user?.passwordHash, password)) || !user) {
      this.rateLimiter.recordFailure(keys);
      throw authError('WRONG_CREDENTIALS', 'Wrong email or password');
    }
    this.rateLimiter.reset(keys);
    return this.sessionFor(user);
  }

  /** A startup or other supplier signs itself up: a new COMPANY with the caller as its ADMIN. */
  async registerCompany(input: RegisterCompanyInput): Promise<Session> {
    const check = new InputCheck();
    const organization = await check.collectAsync(() =>
      this.organizationService.validateNew({
        name: input.name,
        kind: OrganizationKind.COMPANY,
        organizationNumber: input.organizationNumber,
      }),
    );
    const user = await check.collectAsync(() =>
      this.userService.validateNew({
        email: input.email,
        password: input.password,
        name: input.userName,
        role: Role.ADMIN,
      }),
    );
    check.done();
    const created = await this.transactions.run(async (unitOfWork) => {
      const { id } = await this.organizations.insert(organization, unitOfWork);
      return this.userService.insert({ ...user, organizationId: id, isPlatformAdmin: false }, unitOfWork);
    });
    return this.sessionFor(created);
  }

  /** The viewer behind a bearer token, or null when the token is missing, invalid or its user is gone. */
  async viewerFromToken(token: string | undefined): Promise<Viewer | null> {
    const userId = token ? this.tokens.verify(token) : null;
    const user = userId ? await this.users.findWithOrganizationKind(userId) : null;
    if (!user) return null;
    return {
      userId: user.id,
      organizationId: user.organizationId,
      organizationKind: user.organizationKind,
      role: user.role,
      isPlatformAdmin: user.isPlatformAdmin,
    };
  }

  private sessionFor(user: UserEntity): Session {
    return { token: this.tokens.issue(user.id), user };
  }
}
