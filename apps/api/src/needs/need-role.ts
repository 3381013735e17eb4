import { registerEnumType } from '@nestjs/graphql';
import type { NeedParticipantEntity } from './need.entity';

/** What an organisation is to a need; everything it may do with the need follows from this alone. */
export enum NeedRole {
  /** Posted the need: changes it and its status, accepts and removes partners. */
  OWNER = 'OWNER',
  /** Joined, and accepted by the owner: reads and reviews supplier answers, links notices. */
  PARTNER = 'PARTNER',
  /** Joined: "we have it too", and nothing more. */
  PARTICIPANT = 'PARTICIPANT',
  NONE = 'NONE',
}
registerEnumType(NeedRole, { name: 'NeedRole' });

export type Participation = Pick<NeedParticipantEntity, 'acceptedAt'> | null | undefined;

/** The role of an organisation (none when there is no viewer), given its participation row if it has one. */
export function needRoleOf(
  need: { ownerId: string },
  organizationId: string | null | undefined,
  participation: Participation,
): NeedRole {
  if (!organizationId) return NeedRole.NONE;
  if (need.ownerId === organizationId) return NeedRole.OWNER;
  if (!participation) return NeedRole.NONE;
  return participation.acceptedAt ? NeedRole.PARTNER : NeedRole.PARTICIPANT;
}

/** The owner and the partners it accepted: they read and review supplier answers and link notices. */
export const isOwnerOrPartner = (role: NeedRole): boolean =>
  role === NeedRole.OWNER || role === NeedRole.PARTNER;
