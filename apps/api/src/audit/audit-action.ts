import { registerEnumType } from '@nestjs/graphql';

/** The changes the audit log records. */
export enum AuditAction {
  SOLUTION_PUBLISHED = 'SOLUTION_PUBLISHED',
  SOLUTION_ARCHIVED = 'SOLUTION_ARCHIVED',
  SOLUTION_ADOPTED = 'SOLUTION_ADOPTED',
  ADOPTION_WITHDRAWN = 'ADOPTION_WITHDRAWN',
  /** A user added to an organisation, with the role they were given. */
  MEMBER_ADDED = 'MEMBER_ADDED',
  /** An administrator made a member ADMIN, or an ADMIN a member. */
  MEMBER_ROLE_CHANGED = 'MEMBER_ROLE_CHANGED',
  /** An administrator deactivated a user: their sessions ended. */
  MEMBER_DEACTIVATED = 'MEMBER_DEACTIVATED',
  MEMBER_REACTIVATED = 'MEMBER_REACTIVATED',
  ORGANIZATION_CREATED = 'ORGANIZATION_CREATED',
  /** A platform admin gave an organisation the number the reference data lacked. */
  ORGANIZATION_NUMBER_SET = 'ORGANIZATION_NUMBER_SET',
  /** A company and its first ADMIN, by self-registration. */
  COMPANY_REGISTERED = 'COMPANY_REGISTERED',
}

registerEnumType(AuditAction, { name: 'AuditAction' });
