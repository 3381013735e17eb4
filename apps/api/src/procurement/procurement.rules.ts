import type { Viewer } from '../graphql/request-context';
import { isPublicBody } from '../organizations/organization-kind';

/** Public bodies post procurement notices; the service refuses others and `User.can.postNotices` says so. */
export const mayPostNotices = (actor: Pick<Viewer, 'organizationKind'>) =>
  isPublicBody(actor.organizationKind);
