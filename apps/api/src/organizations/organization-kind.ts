import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  COUNTY_MUNICIPALITY = 'COUNTY_MUNICIPALITY',
  STATE_AGENCY = 'STATE_AGENCY',
  COMPANY = 'COMPANY',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

/** Public bodies: they post needs and tenders and join each other's needs. */
export const PUBLIC_ORGANIZATION_KINDS: readonly string[] = [
  OrganizationKind.MUNICIPALITY,
  OrganizationKind.COUNTY_MUNICIPALITY,
  OrganizationKind.STATE_AGENCY,
];

export const isPublicBody = (kind: string) => PUBLIC_ORGANIZATION_KINDS.includes(kind);
