import type { Viewer } from '../graphql/request-context';
import { isPublicBody, OrganizationKind } from '../organizations/organization-kind';
import type { NeedStatus } from './need-status';
import { NEED_STATUS_TRANSITIONS } from './need-status-transitions';

/**
 * Who may do what with needs. The services refuse what these forbid, and the api reports them to
 * clients (`User.can`, `Need.nextStatuses`), so a client never keeps its own copy of a rule.
 */
export type NeedActor = Pick<Viewer, 'organizationId' | 'organizationKind'>;

export const mayPostNeeds = (actor: NeedActor) => isPublicBody(actor.organizationKind);

/** Public bodies join other organisations' needs; which needs is checked per need by the service. */
export const mayJoinNeeds = (actor: NeedActor) => isPublicBody(actor.organizationKind);

export const mayAnswerNeeds = (actor: NeedActor) => actor.organizationKind === OrganizationKind.COMPANY;

/** Only members of the owning organisation change a need. */
export const ownsNeed = (actor: NeedActor | null, need: { ownerId: string }) =>
  actor?.organizationId === need.ownerId;

/** The statuses the actor may move the need to: what its status allows, for the owner only. */
export const nextNeedStatuses = (
  actor: NeedActor | null,
  need: { ownerId: string; status: NeedStatus },
): readonly NeedStatus[] => (ownsNeed(actor, need) ? NEED_STATUS_TRANSITIONS[need.status] : []);
