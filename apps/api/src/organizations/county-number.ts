import { badInput } from '../common/domain-error';
import { readCounties } from '../reference-data/reference-data';

let countyNumbers: Set<string> | undefined;

/** A two-digit number of one of today's counties, e.g. "46" for Vestland. */
export function validateCountyNumber(field: string, value: string): string {
  countyNumbers ??= new Set(readCounties().map((county) => county.county_number));
  if (!countyNumbers.has(value))
    throw badInput(field, `${field} must hold county numbers, e.g. 46; got "${value}"`);
  return value;
}
