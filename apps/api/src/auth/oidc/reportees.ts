/** What Ansattporten's rich authorization response holds: for each requested type, whom the person may act for. */
interface AuthorizationDetail {
  type?: unknown;
  resource?: unknown;
  reportees?: { ID?: unknown }[];
}

const ORGANIZATION_ID = /^0192:(\d{9})$/;
/** More than anyone acts for; it bounds the choice shown at sign-in (and its query cost). */
export const MAX_SIGN_IN_ORGANIZATIONS = 50;

/**
 * The organisation numbers in `authorization_details[].reportees[].ID` ("0192:<orgnr>", 0192 being the
 * Norwegian register's ISO 6523 code) of the detail for our type and resource; other IDs are ignored.
 */
export function organizationNumbersIn(details: unknown, type: string, resource: string): string[] {
  if (!Array.isArray(details)) return [];
  const numbers = (details as AuthorizationDetail[])
    .filter(
      (detail) => detail?.type === type && (detail.resource === undefined || detail.resource === resource),
    )
    .flatMap((detail) => (Array.isArray(detail.reportees) ? detail.reportees : []))
    .map((reportee) =>
      typeof reportee?.ID === 'string' ? ORGANIZATION_ID.exec(reportee.ID)?.[1] : undefined,
    )
    .filter((orgnr): orgnr is string => orgnr !== undefined);
  return [...new Set(numbers)].slice(0, MAX_SIGN_IN_ORGANIZATIONS);
}
