import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { InputCheck } from '../common/input-validation';
import { TransactionRunner } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { OrganizationService } from '../organizations/organization.service';
import { OrganizationKind } from '../organizations/organization-kind';
import { PasswordHasher } from '../users/password-hasher';
import { validatePassword } from '../users/password-policy';
import { Role } from '../users/role';
import type { UserEntity } from '../users/user.entity';
import { UserService } from '../users/user.service';
import { authError } from './auth.errors';
import { LoginThrottle } from './login-throttle';
import { SessionService } from './session.service';

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
    private readonly userService: UserService,
    private readonly organizationService: OrganizationService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly loginThrottle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async login(email: string, password: string, clientAddress: string): Promise<Session> {
    const attempt = await this.loginThrottle.admit(email, clientAddress);
    const user = await this.userService.findForLogin(email.trim());
    if (!(await this.passwords.verify(user?.passwordHash, password)) || !user) {
      await attempt.failed();
      throw authError('WRONG_CREDENTIALS', 'Wrong email or password');
    }
    await attempt.succeeded();
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
      this.userService.validateNew(
        { email: input.email, password: input.password, name: input.userName, role: Role.ADMIN },
        { nameField: 'userName' },
      ),
    );
    check.done();
    const created = await this.transactions.run(async (unitOfWork) => {
      const { id } = await this.organizationService.insert(organization, unitOfWork);
      const admin = await this.userService.insert(
        { ...user, organizationId: id, isPlatformAdmin: false },
        unitOfWork,
      );
      await this.audit.record(
        unitOfWork,
        { userId: admin.id, organizationId: id },
        AuditAction.COMPANY_REGISTERED,
        { kind: 'ORGANIZATION', id },
        { name: organization.name },
      );
      return admin;
    });
    return this.sessionFor(created);
  }

  /** The viewer behind a bearer token, or null when the token is missing, invalid, or its session ended. */
  viewerFromToken(token: string | undefined): Promise<Viewer | null> {
    return this.sessions.viewerFor(token);
  }

  /** Ends the caller's session at once, or every session of theirs on every device; false when there was none. */
  async logout(viewer: Viewer | null, { everywhere = false } = {}): Promise<boolean> {
    if (!viewer) return false;
    if (!everywhere) return this.sessions.end(viewer.sessionId);
    await this.transactions.run((unitOfWork) => this.sessions.endAll(viewer.userId, unitOfWork));
    return true;
  }

  /** Sets a new password after checking the current one, and ends the user's other sessions. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<boolean> {
    const check = new InputCheck();
    check.collect(() => validatePassword('newPassword', newPassword));
    await check.collectAsync(() => this.checkCurrentPassword(viewer.userId, currentPassword));
    check.done();
    const newHash = await this.passwords.hash(newPassword);
    await this.transactions.run(async (unitOfWork) => {
      await this.userService.updatePasswordHash(viewer.userId, newHash, unitOfWork);
      await this.sessions.endAllBut(viewer.userId, viewer.sessionId, unitOfWork);
    });
    return true;
  }

  private async checkCurrentPassword(userId: string, password: string): Promise<void> {
    if (!(await this.passwords.verify(await this.userService.findPasswordHash(userId), password)))
      throw authError('WRONG_CURRENT_PASSWORD', 'currentPassword is not your current password', {
        field: 'currentPassword',
      });
  }

  private async sessionFor(user: UserEntity): Promise<Session> {
    return { token: await this.sessions.start(user.id), user };
  }
}
