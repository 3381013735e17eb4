import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden } from '../common/domain-error';
import { requiredEmail, requiredText, validateUuid } from '../common/input-validation';
import { isUniqueViolation } from '../common/unique-violation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { OrganizationService } from '../organizations/organization.service';
import { PasswordHasher } from './password-hasher';
import { Role } from './role';
import type { UserEntity } from './user.entity';
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
      throw forbidden(
        'Only platform administrators and administrators of the organisation can add users to it',
      );
    }
    await this.organizations.getById(organizationId);
    const user = await this.validateNew(input);
    return this.insert({ ...user, organizationId, isPlatformAdmin: false });
  }

  async listMembers(viewer: Viewer, organizationId: string): Promise<UserEntity[]> {
    if (!viewer.isPlatformAdmin && viewer.organizationId !== organizationId) {
      throw forbidden('Only members of the organisation can see its members');
    }
    return this.users.listByOrganization(organizationId);
  }

  /** Checks and hashes a new user's fields; shared with company self-registration and the admin CLI. */
  async validateNew(input: NewUserFields): Promise<Omit<NewUser, 'organizationId' | 'isPlatformAdmin'>> {
    const email = requiredEmail('email', input.email);
    const name = requiredText('name', input.name, { max: 200 });
    if (!Object.values(Role).includes(input.role)) throw badInput('role', 'role must be MEMBER or ADMIN');
    if ((input.password ?? '').length < MIN_PASSWORD_LENGTH) {
      throw badInput('password', `password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    if (input.password.length > 1000) throw badInput('password', 'password must be at most 1000 characters');
    if (await this.users.emailExists(email)) throw conflict('email', 'A user with this email already exists');
    return { email, name, role: input.role, passwordHash: await this.passwords.hash(input.password) };
  }

  /** Inserts a validated user; a concurrent insert of the same email becomes a CONFLICT on `email`. */
  async insert(user: NewUser, unitOfWork?: UnitOfWork): Promise<UserEntity> {
    try {
      return await this.users.insert(user, unitOfWork);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique'))
        throw conflict('email', 'A user with this email already exists');
      throw error;
    }
  }
}
