import { isCountyNumber } from '../counties/counties';
import { organizationError } from './organization.errors';

/** A two-digit number of one of today's counties, e.g. "46" for Vestland. */
export function validateCountyNumber(field: string, value: string): string {
  if (!isCountyNumber(value))
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
