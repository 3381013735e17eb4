import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.model';
import { Language } from './language';
import { Role } from './role';
import type { UserEntity } from './user.entity';

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field()
  isPlatformAdmin: boolean;

  @Field(() => Language, { description: 'The interface, mail and feeds speak it' })
  language: Language;

  @Field({
    description: 'True after an administrator set a temporary password, until the user chooses a new one',
  })
  mustChangePassword: boolean;

  @Field({ description: 'False while an administrator has deactivated the user: they cannot sign in' })
  active: boolean;

  @Field({ description: 'When the user joined the platform' })
  createdAt: Date;

  @Field({ description: 'False until an Ansattporten user follows the link mailed to the e-mail they gave' })
  emailConfirmed: boolean;

  @Field(() => Organization)
  organization?: Organization;

  organizationId: string;

  /** Resolved only for the user, their organisation's ADMINs and platform admins. */
  lastLoginAt: Date | null;

  static from(entity: UserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: entity.email,
      name: entity.name,
      role: entity.role,
      isPlatformAdmin: entity.isPlatformAdmin,
      language: entity.language,
      mustChangePassword: entity.mustChangePassword,
      active: !entity.deactivatedAt,
      createdAt: entity.createdAt,
      emailConfirmed: entity.emailConfirmed ?? true,
      organizationId: entity.organizationId,
      lastLoginAt: entity.lastLoginAt ?? null,
    });
  }
}
