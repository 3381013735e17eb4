import { registerEnumType } from '@nestjs/graphql';

/**
 * The three kinds of public item: what search finds, what notifications are about and what saved
 * searches filter on. Each domain module registers the search documents of its kind.
 */
export enum SearchKind {
  SOLUTION = 'SOLUTION',
  NEED = 'NEED',
  PROCUREMENT_NOTICE = 'PROCUREMENT_NOTICE',
}
registerEnumType(SearchKind, { name: 'SearchKind' });

/** The kinds as plain strings, as documents, filters and the outbox carry them. */
export type SearchDocumentKind = `${SearchKind}`;

const KINDS = new Set<string>(Object.values(SearchKind));

/** True for a kind search knows; the outbox stores kinds as plain text. */
export const isSearchDocumentKind = (kind: string): kind is SearchDocumentKind => KINDS.has(kind);
