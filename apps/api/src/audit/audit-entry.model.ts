import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import type { AuditEntryRow } from './audit.repository';
import { AuditAction } from './audit-action';

@ObjectType({ description: 'One change in the audit log: who made it, to what, and when' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who made the change; null for self-registration or a deleted user',
  })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true, description: "The acting user's organisation at the time" })
  actorOrganizationId: string | null;

  @Field({ description: 'SOLUTION, ORGANIZATION or USER' })
  subjectKind: string;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'What changed, as a JSON object (e.g. the role a member was given)' })
  details: string;

  static from(row: AuditEntryRow): AuditEntry {
    return Object.assign(new AuditEntry(), { ...row, details: JSON.stringify(row.details) });
  }
}

@ObjectType()
export class AuditEntryPage extends Paginated(AuditEntry) {}
