import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import type { ContactPersonValue } from '../common/contact-person';
import { notFound } from '../common/domain-error';
import {
  InputCheck,
  type PageArgs,
  requiredEmail,
  requiredOneOf,
  requiredText,
  validateUuid,
} from '../common/input-validation';
import { isUniqueViolation } from '../common/unique-violation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { OrganizationService } from '../organizations/organization.service';
import { Language } from './language';
import { PasswordHasher } from './password-hasher';
import { validatePassword } from './password-policy';
import { Role } from './role';
import type { UserEntity } from './user.entity';
import { userError } from './user.errors';
import type { CreateUserInput } from './user.inputs';
import { type NewUser, UserRepository } from './user.repository';
import { mayAddUsersTo } from './user.rules';

export interface NewUserFields {
  email: string;
  password: string;
  name: string;
  role: Role;
}

@Injectable()
export class UserService {
  constructor(
    private readonly users: UserRepository,
    private readonly organizations: OrganizationService,
    private readonly passwords: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  /** The user as a contact person: what an answer or a need names when its author names nobody else. */
  async contactOf(userId: string): Promise<ContactPersonValue> {
    const user = await this.users.findById(userId);
    if (!user) throw new Error(`User ${userId} is signed in but missing`);
    return { name: user.name, role: null, email: user.email, phone: null };
  }

  /** A bad organisation id is reported together with the user's own bad fields. */
  async create(viewer: Viewer, input: CreateUserInput): Promise<UserEntity> {
    const check = new InputCheck();
    const organizationId = check.collect(() => validateUuid('organizationId', input.organizationId));
    if (organizationId) {
      if (!mayAddUsersTo(viewer, organizationId)) {
        throw userError(
          'ONLY_ADMINS_ADD_USERS',
          'Only platform administrators and administrators of the organisation can add users to it',
        );
      }
      await this.organizations.getById(organizationId);
    }
    const user = await check.collectAsync(() => this.validateNew(input));
    check.done();
    // The administrator chose the password, so the user replaces it when they first log in.
    return this.transactions.run(async (unitOfWork) => {
      const created = await this.insert(
        { ...user, organizationId, isPlatformAdmin: false, mustChangePassword: true },
        unitOfWork,
      );
      await this.audit.record(
        unitOfWork,
        viewer,
        AuditAction.MEMBER_ADDED,
        { kind: 'USER', id: created.id },
        { organizationId, role: created.role },
      );
      return created;
    });
  }

  async listMembers(viewer: Viewer, organizationId: string): Promise<UserEntity[]> {
    if (!viewer.isPlatformAdmin && viewer.organizationId !== organizationId) {
      throw userError('ONLY_MEMBERS_SEE_MEMBERS', 'Only members of the organisation can see its members');
    }
    return this.users.listByOrganization(organizationId);
  }

  /** The viewer's own preferred language. */
  async setLanguage(viewer: Viewer, language: Language): Promise<UserEntity> {
    await this.users.setLanguage(viewer.userId, requiredOneOf('language', language, Object.values(Language)));
    const user = await this.users.findById(viewer.userId);
    if (!user) throw notFound('User');
    return user;
  }

  /**
   * Checks and hashes a new user's fields; shared with company self-registration (where the user's
   * name arrives as `userName`) and the admin CLI.
   */
  async validateNew(
    input: NewUserFields,
    { nameField = 'name' }: { nameField?: string } = {},
  ): Promise<Omit<NewUser, 'organizationId' | 'isPlatformAdmin'>> {
    const check = new InputCheck();
    const email = check.collect(() => requiredEmail('email', input.email));
    const name = check.collect(() => requiredText(nameField, input.name, { max: 200 }));
    check.collect(() => requiredOneOf('role', input.role, Object.values(Role)));
    check.collect(() => validatePassword('password', input.password));
    check.done();
    if (await this.users.emailExists(email)) throw emailTaken();
    return { email, name, role: input.role, passwordHash: await this.passwords.hash(input.password) };
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email);
  }

  /** The user who logs in with this email, password hash included. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.users.findForLogin(email);
  }

  findByOidcIdentity(issuer: string, subject: string): Promise<UserEntity | null> {
    return this.users.findByOidcIdentity(issuer, subject);
  }

  confirmEmail(userId: string, email: string, unitOfWork: UnitOfWork): Promise<void> {
    return this.users.confirmEmail(userId, email, unitOfWork);
  }

  /** Checks the name and work e-mail an Ansattporten user gives at first sign-in, all bad fields at once. */
  async validateProfile(input: {
    name?: string | null;
    email?: string | null;
  }): Promise<{ name: string; email: string }> {
    const check = new InputCheck();
    const email = check.collect(() => requiredEmail('email', input.email));
    const name = check.collect(() => requiredText('name', input.name, { max: 200 }));
    check.done();
    if (await this.users.emailExists(email)) throw emailTaken();
    return { email, name };
  }

  findPasswordHash(userId: string): Promise<string | undefined> {
    return this.users.findPasswordHash(userId);
  }

  updatePasswordHash(userId: string, passwordHash: string, unitOfWork: UnitOfWork): Promise<void> {
    return this.users.updatePasswordHash(userId, passwordHash, unitOfWork);
  }

  findByIdForUpdate(id: string, unitOfWork: UnitOfWork): Promise<UserEntity | null> {
    return this.users.findByIdForUpdate(id, unitOfWork);
  }

  lockActiveAdmins(organizationId: string, unitOfWork: UnitOfWork): Promise<string[]> {
    return this.users.lockActiveAdmins(organizationId, unitOfWork);
  }

  updateAccount(
    id: string,
    change: { role?: Role; deactivatedAt?: Date | null },
    unitOfWork: UnitOfWork,
  ): Promise<void> {
    return this.users.updateAccount(id, change, unitOfWork);
  }

  search(text: string | null, page: PageArgs): Promise<Page<UserEntity>> {
    return this.users.search(text, page);
  }

  /** Inserts a validated user; a concurrent insert of the same email becomes a CONFLICT on `email`. */
  async insert(user: NewUser, unitOfWork?: UnitOfWork): Promise<UserEntity> {
    try {
      return await this.users.insert(user, unitOfWork);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) throw emailTaken();
      throw error;
    }
  }
}

const emailTaken = () =>
  userError('EMAIL_TAKEN', 'A user with this email already exists', { field: 'email' });
