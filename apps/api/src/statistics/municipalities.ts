import { readMunicipalities } from '../reference-data/reference-data';

export interface MunicipalityDefinition {
  number: string;
  /** The bokmål name: the official name's first part, e.g. "Tromsø" of "Tromsø - Romsa - Tromssa". */
  name: string;
}

let byCounty: Map<string, MunicipalityDefinition[]> | undefined;

/** Today's municipalities of one county, by name, from the reference data. */
export function municipalitiesOf(countyNumber: string): readonly MunicipalityDefinition[] {
  byCounty ??= groupByCounty();
  return byCounty.get(countyNumber) ?? [];
}

function groupByCounty(): Map<string, MunicipalityDefinition[]> {
  const groups = new Map<string, MunicipalityDefinition[]>();
  for (const m of readMunicipalities()) {
    const list = groups.get(m.county_number) ?? [];
    list.push({ number: m.municipality_number, name: m.name.split(' - ')[0] });
    groups.set(m.county_number, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return groups;
}
