import { readPopulation } from '../reference-data/reference-data';
import { OrganizationKind } from './organization-kind';

let byMunicipality: ReadonlyMap<string, number> | null = null;
let byCounty: ReadonlyMap<string, number> | null = null;

function municipalityPopulations(): ReadonlyMap<string, number> {
  byMunicipality ??= new Map(readPopulation().map((r) => [r.municipality_number, Number(r.population)]));
  return byMunicipality;
}

/** A county's municipality numbers begin with its two digits, so its population is their sum. */
function countyPopulations(): ReadonlyMap<string, number> {
  if (!byCounty) {
    const sums = new Map<string, number>();
    for (const [number, population] of municipalityPopulations())
      sums.set(number.slice(0, 2), (sums.get(number.slice(0, 2)) ?? 0) + population);
    byCounty = sums;
  }
  return byCounty;
}

type Located = { kind: string; municipalityNumber: string | null; countyNumber: string | null };

/** The resident population from the shipped SSB data: municipalities and county municipalities only. */
export function populationOf(organization: Located): number | null {
  const { kind, municipalityNumber, countyNumber } = organization;
  if (kind === OrganizationKind.MUNICIPALITY && municipalityNumber)
    return municipalityPopulations().get(municipalityNumber) ?? null;
  if (kind === OrganizationKind.COUNTY_MUNICIPALITY && countyNumber)
    return countyPopulations().get(countyNumber) ?? null;
  return null;
}

/** The lower bounds of the population bands "kommuner som ligner på dere" compares within. */
const BAND_FLOORS = [5_000, 20_000, 50_000, 100_000];

/** 0 for under 5,000 up to 4 for over 100,000. */
export const populationBand = (population: number): number =>
  BAND_FLOORS.filter((floor) => population >= floor).length;
