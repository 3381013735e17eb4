import type { Viewer } from '../graphql/request-context';
import { Role } from './role';

/** Platform administrators add users anywhere; an organisation's ADMINs add users to it. */
export const mayAddUsersTo = (
  actor: Pick<Viewer, 'organizationId' | 'role' | 'isPlatformAdmin'>,
  organizationId: string,
) => actor.isPlatformAdmin || (actor.role === Role.ADMIN && actor.organizationId === organizationId);

/** Who may change a user's role or deactivate them: the same people who may add users to the organisation. */
export const mayManageUsersOf = mayAddUsersTo;
