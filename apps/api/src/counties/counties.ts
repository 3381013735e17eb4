import { readCounties } from '../reference-data/reference-data';

export interface CountyDefinition {
  /** Two digits, the first two of its municipalities' numbers, e.g. "46". */
  number: string;
  /** The bokmål name: the official name's first part, e.g. "Troms" of "Troms - Romsa - Tromssa". */
  name: string;
}

let counties: readonly CountyDefinition[] | undefined;

/** Today's counties, by number, from the reference data. */
export function allCounties(): readonly CountyDefinition[] {
  counties ??= readCounties().map((county) => ({
    number: county.county_number,
    name: county.name.split(' - ')[0],
  }));
  return counties;
}

export const isCountyNumber = (value: string) => allCounties().some((county) => county.number === value);
