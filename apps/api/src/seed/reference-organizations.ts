import type { NewOrganization } from '../organizations/organization.entity';
import { OrganizationKind } from '../organizations/organization-kind';
import { readCounties, readMunicipalities } from '../reference-data/reference-data';

/** Oslo is a municipality with county tasks, not a separate county municipality. */
const OSLO_COUNTY = '03';

/** Every municipality and county municipality, with official names and numbers. */
export function referenceOrganizations(): NewOrganization[] {
  const municipalities = readMunicipalities().map(
    (m): NewOrganization => ({
      name: `${m.name} kommune`,
      kind: OrganizationKind.MUNICIPALITY,
      organizationNumber: m.organization_number || null,
      municipalityNumber: m.municipality_number,
      countyNumber: m.county_number,
    }),
  );
  const counties = readCounties()
    .filter((c) => c.county_number !== OSLO_COUNTY)
    .map(
      (c): NewOrganization => ({
        name: `${c.name} fylkeskommune`,
        kind: OrganizationKind.COUNTY_MUNICIPALITY,
        organizationNumber: null,
        municipalityNumber: null,
        countyNumber: c.county_number,
      }),
    );
  return [...municipalities, ...counties];
}
