import { registerEnumType } from '@nestjs/graphql';

/** The kinds of searchable rows; the same names as the outbox's document kinds. */
export enum SearchKind {
  SOLUTION = 'SOLUTION',
  NEED = 'NEED',
  PROCUREMENT_NOTICE = 'PROCUREMENT_NOTICE',
}
registerEnumType(SearchKind, { name: 'SearchKind' });
