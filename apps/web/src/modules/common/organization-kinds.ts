import type { OrganizationKind } from '../../generated/graphql';

/** The kinds that may post needs and procurement notices and join needs. */
export const PUBLIC_KINDS: readonly OrganizationKind[] = [
  'MUNICIPALITY',
  'COUNTY_MUNICIPALITY',
  'STATE_AGENCY',
];

export const isPublicKind = (kind: OrganizationKind) => PUBLIC_KINDS.includes(kind);
