import { readSystems } from '../reference-data/reference-data';
import { foldNorwegian } from '../search/norwegian-text';
import { systemError } from './system.errors';
import type { System } from './system.model';
import { SystemCategory } from './system-category';

let catalogue: ReadonlyMap<string, System> | undefined;

/** Every system of the shipped catalogue, by id, in the file's order. */
function systems(): ReadonlyMap<string, System> {
  catalogue ??= new Map(
    readSystems().map((row) => {
      if (!Object.values<string>(SystemCategory).includes(row.category))
        throw new Error(`systems.csv: ${row.id} has an unknown category ${row.category}`);
      const system = { ...row, vendor: row.vendor || null, category: row.category as SystemCategory };
      return [row.id, system];
    }),
  );
  return catalogue;
}

export const MAX_SYSTEM_SEARCH_LENGTH = 100;

/** Systems whose name or vendor contains the search text (folded, so "o" finds "ø"), by name. */
export function findSystems(search: string, category?: SystemCategory | null): System[] {
  const text = foldNorwegian(search.trim());
  return [...systems().values()]
    .filter((system) => !category || system.category === category)
    .filter((system) => !text || foldNorwegian(`${system.name} ${system.vendor ?? ''}`).includes(text))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

export const systemById = (id: string): System | undefined => systems().get(id);

/** The id of a catalogue system of the given category; the error names the field. */
export function validateSystemId(field: string, id: string, category: SystemCategory): string {
  const system = systemById(id.trim());
  if (!system) throw systemError('UNKNOWN_SYSTEM', `${field} is not a system of the catalogue`, { field });
  if (system.category !== category)
    throw systemError('WRONG_SYSTEM_CATEGORY', `${field} must be a system of the category ${category}`, {
      field,
      params: { category },
    });
  return system.id;
}

/** Catalogue ids, trimmed and without repeats; an unknown one is refused, naming the field. */
export function validateKnownSystemIds(field: string, ids: readonly string[]): string[] {
  const known = [...new Set(ids.map((id) => id.trim()))];
  if (known.some((id) => !systemById(id)))
    throw systemError('UNKNOWN_SYSTEM', `${field} names a system that is not in the catalogue`, { field });
  return known;
}
