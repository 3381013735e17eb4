import { foldNorwegian, queryTerms } from './norwegian-text';
import {
  FACET_FIELDS,
  type FacetCount,
  type FacetField,
  type SearchDocument,
  type SearchFilters,
  type SearchResponse,
} from './search-engine';
import type { SearchDocumentKind } from './search-kind';
import { SYNONYM_GROUPS } from './search-synonyms';

/**
 * The pure half of the Meilisearch adapter: documents, settings, filters and facets as Meilisearch
 * wants them. Text is folded exactly as for PostgreSQL, so "aa", "oe" and "ae" match å, ø and æ.
 */
export interface MeiliDocument {
  uid: string;
  kind: SearchDocumentKind;
  id: string;
  title: string;
  summary: string;
  tags: string[];
  description: string;
  organizationName: string;
  serviceArea: string;
  organizationId: string;
  ownerCounty: string | null;
  procedure: string | null;
  cpvDivisions: string[];
  solutionKind: string | null;
  maturity: string | null;
  licenseId: string | null;
  openSource: boolean | null;
  reuseCount: number;
  inUseCount: number;
  openUntil: number;
  createdAt: number;
  updatedAt: number;
}

export const MEILI_PRIMARY_KEY = 'uid';
/** Meilisearch reads at most this many words of a query. */
export const MEILI_MAX_QUERY_WORDS = 10;

/** Meilisearch document ids allow letters, digits, "-" and "_" only. */
export const meiliUid = (kind: SearchDocumentKind, id: string) => `${kind}-${id}`;

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  return {
    uid: meiliUid(document.kind, document.id),
    kind: document.kind,
    id: document.id,
    title: foldNorwegian(document.title),
    summary: foldNorwegian(document.summary),
    tags: document.tags.map(foldNorwegian),
    description: foldNorwegian(document.description),
    organizationName: foldNorwegian(document.organizationName),
    serviceArea: document.serviceArea,
    organizationId: document.organizationId,
    ownerCounty: document.ownerCounty,
    procedure: document.procedure,
    cpvDivisions: document.cpvDivisions,
    solutionKind: document.solutionKind,
    maturity: document.maturity,
    licenseId: document.licenseId,
    openSource: document.openSource,
    reuseCount: document.reuseCount,
    inUseCount: document.inUseCount,
    openUntil: document.openUntil,
    createdAt: document.createdAt.getTime(),
    updatedAt: document.updatedAt.getTime(),
  };
}

/** Every group member maps to all the others (Meilisearch synonyms are one-way). */
export function meiliSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...group.filter((other) => other !== word)])];
    }
  }
  return synonyms;
}

/** Applied before any document is added: attribute order gives title > summary > tags > description. */
export function meiliSettings() {
  return {
    searchableAttributes: ['title', 'summary', 'tags', 'description', 'organizationName'],
    filterableAttributes: [
      'id',
      'kind',
      'serviceArea',
      'organizationId',
      'ownerCounty',
      'procedure',
      'cpvDivisions',
      'solutionKind',
      'maturity',
      'licenseId',
      'openSource',
      'openUntil',
    ],
    sortableAttributes: ['inUseCount', 'reuseCount', 'createdAt', 'openUntil'],
    // Relevance first; among equally relevant documents the most in use wins, then the most reused.
    // A search that asks for an order (newest first, or most in use) gets exactly that order.
    rankingRules: [
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      'inUseCount:desc',
      'reuseCount:desc',
    ],
    displayedAttributes: ['kind', 'id'],
    synonyms: meiliSynonyms(),
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 10_000 },
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  };
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A Meilisearch filter expression (AND of the given conditions), or undefined for none. */
export function meiliFilter(
  filters: SearchFilters,
  now: Date,
  openOnly = filters.openOnly,
): string | undefined {
  const anyOf = (attribute: string, values: string[] | undefined) =>
    values?.length ? `${attribute} IN [${values.map(quote).join(', ')}]` : null;
  const conditions = [
    anyOf('id', filters.ids),
    anyOf('kind', filters.kinds),
    anyOf('serviceArea', filters.serviceAreas),
    anyOf('organizationId', filters.organizationIds),
    anyOf('ownerCounty', filters.countyNumbers),
    anyOf('procedure', filters.procedures),
    anyOf('cpvDivisions', filters.cpvDivisions),
    anyOf('solutionKind', filters.solutionKinds),
    anyOf('maturity', filters.maturities),
    anyOf('licenseId', filters.licenseIds),
    filters.openSourceOnly ? 'openSource = true' : null,
    openOnly ? `openUntil > ${now.getTime()}` : null,
  ].filter((condition): condition is string => condition !== null);
  return conditions.length ? conditions.join(' AND ') : undefined;
}

/** Words of a long text shorter than this are too common to say what it is about. */
const MIN_ANY_WORD_LENGTH = 4;
/** As many words of a long text as the PostgreSQL engine uses. */
export const MAX_ANY_WORD_TERMS = 40;
/**
 * The relevance threshold of "any word" matches (similar solutions), in two parts. A document must
 * match two of the text's words (when it has two), so one that shares a single common word with a
 * need is left out, as in the PostgreSQL engine. And each word's matches must reach this ranking
 * score (`rankingScoreThreshold`): the exact word scores about 0.65 (in a long description) to 1,
 * the word with a typo about 0.58, a loose match (two typos) about 0.3.
 */
export const ANY_WORD_MIN_SCORE = 0.5;
export const ANY_WORD_MIN_WORDS = 2;
/** How many matches each word of a long text brings at least, to be ranked together. */
export const ANY_WORD_CANDIDATES = 50;

/** The query Meilisearch gets: the text folded as the documents are. */
export function meiliQuery(text: string): string {
  return foldNorwegian(text).trim();
}

/** The words a search for any word of a long text asks for, one query each. */
export function anyWordTerms(text: string): string[] {
  return queryTerms(text)
    .filter((term) => term.length >= MIN_ANY_WORD_LENGTH)
    .slice(0, MAX_ANY_WORD_TERMS);
}

/** True when Meilisearch would read only the first words of the text. */
export const isLongQuery = (text: string) => queryTerms(text).length > MEILI_MAX_QUERY_WORDS;

/**
 * The most informative words, those in the fewest documents (a word in none first: then nothing
 * matches every word, as it should), kept in the text's order.
 */
export function rarestTerms(terms: string[], documentCounts: number[]): string[] {
  const rarest = new Set(
    terms
      .map((term, i) => ({ term, count: documentCounts[i] }))
      .sort((a, b) => a.count - b.count)
      .slice(0, MEILI_MAX_QUERY_WORDS)
      .map(({ term }) => term),
  );
  return terms.filter((term) => rarest.has(term));
}

export interface WordHits<Hit> {
  hits: (Hit & { _rankingScore?: number })[];
  /** How many documents have the word. */
  count: number;
}

/**
 * Documents matching any word, best first: each word's hits score its rarity (inverse document
 * frequency) times how well they match it, and a document's words add up, so matching more of the
 * text and rarer words wins. Ties keep the order in which the words first found them. A document
 * found by fewer than `minWords` of the words (or all of them, when there are fewer) is left out.
 */
export function rankByWords<Hit extends { kind: string; id: string }>(
  perWord: WordHits<Hit>[],
  documents: number,
  minWords = 1,
): Hit[] {
  const scored = new Map<string, { hit: Hit; score: number; words: number }>();
  for (const { hits, count } of perWord) {
    const rarity = Math.log(1 + (documents + 1) / (count + 1));
    for (const hit of hits) {
      const key = `${hit.kind}:${hit.id}`;
      const entry = scored.get(key) ?? { hit, score: 0, words: 0 };
      entry.score += rarity * (hit._rankingScore ?? 1);
      entry.words += 1;
      scored.set(key, entry);
    }
  }
  const required = Math.min(minWords, perWord.length);
  return [...scored.values()]
    .filter((entry) => entry.words >= required)
    .sort((a, b) => b.score - a.score)
    .map(({ hit }) => hit);
}

export const MEILI_FACET_ATTRIBUTES: Record<Exclude<FacetField, 'open'>, string> = {
  kind: 'kind',
  serviceArea: 'serviceArea',
  ownerCounty: 'ownerCounty',
  procedure: 'procedure',
  cpvDivision: 'cpvDivisions',
  solutionKind: 'solutionKind',
  maturity: 'maturity',
  licenseId: 'licenseId',
  openSource: 'openSource',
};

type FacetDistribution = Record<string, Record<string, number>> | undefined;

/** Every document has one kind, so the kind counts add up to the exact number of matches. */
export function totalFromDistribution(distribution: FacetDistribution): number {
  return Object.values(distribution?.kind ?? {}).reduce((sum, count) => sum + count, 0);
}

/** The distributions of the facets asked for again without their own filter (disjunctive facets). */
export type OwnFilterDistributions = Partial<Record<FacetField, FacetDistribution>>;

/**
 * Our facets from Meilisearch's distribution, the number of open matches (a second query), and the
 * distributions of the filtered facets, each counted without its own filter.
 */
export function facetsFromDistribution(
  distribution: FacetDistribution,
  openCount: number,
  withoutOwnFilter: OwnFilterDistributions = {},
): SearchResponse['facets'] {
  const counted = (field: Exclude<FacetField, 'open'>): FacetCount[] =>
    Object.entries((withoutOwnFilter[field] ?? distribution)?.[MEILI_FACET_ATTRIBUTES[field]] ?? {}).map(
      ([value, count]) => ({ value, count }),
    );
  const openOrNot = (): FacetCount[] => {
    const total = totalFromDistribution(withoutOwnFilter.open ?? distribution);
    return [
      { value: 'true', count: openCount },
      { value: 'false', count: total - openCount },
    ];
  };
  return FACET_FIELDS.map((field) => ({
    field,
    values: (field === 'open' ? openOrNot() : counted(field))
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
}
