// Written by the api (`pnpm schema`): do not edit. A test checks it is current.

/** The values of `Facet.field` (a String in the schema, so that new facets do not break clients). */
export const FACET_FIELDS = [
  'kind',
  'serviceArea',
  'ownerCounty',
  'procedure',
  'cpvDivision',
  'open',
  'solutionKind',
  'maturity',
  'licenseId',
  'openSource',
] as const;

export type FacetField = (typeof FACET_FIELDS)[number];
