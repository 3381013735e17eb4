import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Official reference data copied from shared/data; see SOURCES.md beside this file. */
function readCsv<T>(file: string): T[] {
  return parse(readFileSync(join(__dirname, file), 'utf8'), { columns: true, skip_empty_lines: true }) as T[];
}

export interface MunicipalityRecord {
  municipality_number: string;
  name: string;
  county_number: string;
  county_name: string;
  valid_from: string;
  organization_number: string;
}

export interface CountyRecord {
  county_number: string;
  name: string;
}

export const readMunicipalities = () => readCsv<MunicipalityRecord>('municipalities.csv');
export const readCounties = () => readCsv<CountyRecord>('counties.csv');

export interface CpvRecord {
  code: string;
  check_digit: string;
  en: string;
  nb: string;
}

export const readCpvCodes = () => readCsv<CpvRecord>('cpv-2008.csv');

export interface SystemRecord {
  id: string;
  name: string;
  vendor: string;
  category: string;
}

/** The project's own compilation, not official data: see SOURCES.md. */
export const readSystems = () => readCsv<SystemRecord>('systems.csv');

export interface PopulationRecord {
  municipality_number: string;
  population: string;
  as_of: string;
}

export const readPopulation = () => readCsv<PopulationRecord>('population.csv');
