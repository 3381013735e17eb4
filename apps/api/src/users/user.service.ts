import { Injectable } from '@nestjs/common';
import { commonError } from '../common/domain-error';
import {
  InputCheck,
  requiredEmail,
  requiredOneOf,
  requiredText,
  validateUuid,
} from '../common/input-validation';
import { isUniqueViolation } from '../common/unique-violation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { OrganizationService } from '../organizations/organization.service';
import { PasswordHasher } from './password-hasher';
import { Role } from './role';
import type { UserEntity } from './user.entity';
import { userError } from './user.errors';
import type { CreateUserInput } from './user.inputs';
import { type NewUser, UserRepository } from './user.repository';

export const MIN_PASSWORD_LENGTH = 10;

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
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<UserEntity> {
    const organizationId = validateUuid('organizationId', input.organizationId);
    const isOwnAdmin = viewer.role === Role.ADMIN && viewer.organizationId === organizationId;
    if (!viewer.isPlatformAdmin && !isOwnAdmin) {
      throw userError(
        'ONLY_ADMINS_ADD_USERS',
        'Only platform administrators and administrators of the organisation can add users to it',
      );
    }
    await this.organizations.getById(organizationId);
    const user = await this.validateNew(input);
    return this.insert({ ...user, organizationId, isPlatformAdmin: false });
  }

  async listMembers(viewer: Viewer, organizationId: string): Promise<UserEntity[]> {
    if (!viewer.isPlatformAdmin && viewer.organizationId !== organizationId) {
      throw userError('ONLY_MEMBERS_SEE_MEMBERS', 'Only members of the organisation can see its members');
    }
    return this.users.listByOrganization(organizationId);
  }

  /** Checks and hashes a new user's fields; shared with company self-registration and the admin CLI. */
  async validateNew(input: NewUserFields): Promise<Omit<NewUser, 'organizationId' | 'isPlatformAdmin'>> {
    const check = new InputCheck();
    const email = check.collect(() => requiredEmail('email', input.email));
    const name = check.collect(() => requiredText('name', input.name, { max: 200 }));
    check.collect(() => requiredOneOf('role', input.role, Object.values(Role)));
    check.collect(() => validatePassword('password', input.password));
    check.done();
    if (await this.users.emailExists(email)) throw emailTaken();
    return { email, name, role: input.role, passwordHash: await this.passwords.hash(input.password) };
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

const MAX_PASSWORD_LENGTH = 1000;

/** Passwords are taken as typed (never trimmed); only their length is checked here. */
function validatePassword(field: string, password: string | null | undefined): void {
  const length = (password ?? '').length;
  if (length < MIN_PASSWORD_LENGTH)
    throw commonError('TOO_SHORT', `${field} must be at least ${MIN_PASSWORD_LENGTH} characters`, {
      field,
      params: { min: MIN_PASSWORD_LENGTH },
    });
  if (length > MAX_PASSWORD_LENGTH)
    throw commonError('TOO_LONG', `${field} must be at most ${MAX_PASSWORD_LENGTH} characters`, {
      field,
      params: { max: MAX_PASSWORD_LENGTH },
    });
}
