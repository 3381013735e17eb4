import { foldNorwegian } from './norwegian-text';

/**
 * Words municipalities use for the same thing. Each group is symmetric: a query for any word also
 * finds the others. Both engines get this same list.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['robot', 'rpa', 'robotisering', 'programvarerobot'],
  ['ki', 'kunstig intelligens', 'ai', 'maskinlæring'],
  ['chatbot', 'chatterobot', 'prateroboten'],
  ['velferdsteknologi', 'velferdsteknologisk', 'helseteknologi'],
  ['sensor', 'iot', 'tingenes internett'],
  ['app', 'mobilapp', 'applikasjon'],
  ['selvbetjening', 'selvbetjent', 'digital søknad'],
].map((group) => group.map(foldNorwegian));

const SYNONYMS_BY_WORD = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) {
    SYNONYMS_BY_WORD.set(word, [...new Set([...(SYNONYMS_BY_WORD.get(word) ?? []), ...group])]);
  }
}

/** The folded term first, then its synonyms (which may be phrases of several words). */
export function withSynonyms(foldedTerm: string): string[] {
  const group = SYNONYMS_BY_WORD.get(foldedTerm) ?? [];
  return [foldedTerm, ...group.filter((word) => word !== foldedTerm)];
}
