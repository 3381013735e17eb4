import { registerEnumType } from '@nestjs/graphql';

/** The changes the audit log records. */
export enum AuditAction {
  SOLUTION_PUBLISHED = 'SOLUTION_PUBLISHED',
  SOLUTION_ARCHIVED = 'SOLUTION_ARCHIVED',
  SOLUTION_ADOPTED = 'SOLUTION_ADOPTED',
  ADOPTION_WITHDRAWN = 'ADOPTION_WITHDRAWN',
  /** A user added to an organisation, with the role they were given. */
  MEMBER_ADDED = 'MEMBER_ADDED',
  ORGANIZATION_CREATED = 'ORGANIZATION_CREATED',
  /** A company and its first ADMIN, by self-registration. */
  COMPANY_REGISTERED = 'COMPANY_REGISTERED',
}

registerEnumType(AuditAction, { name: 'AuditAction' });
