import { readCounties } from '../reference-data/reference-data';
import { organizationError } from './organization.errors';

let countyNumbers: Set<string> | undefined;

/** A two-digit number of one of today's counties, e.g. "46" for Vestland. */
export function validateCountyNumber(field: string, value: string): string {
  countyNumbers ??= new Set(readCounties().map((county) => county.county_number));
  if (!countyNumbers.has(value))
    throw organizationError(
      'UNKNOWN_COUNTY_NUMBER',
      `${field} must hold county numbers, e.g. 46; got "${value}"`,
      {
        field,
        params: { value },
      },
    );
  return value;
}
