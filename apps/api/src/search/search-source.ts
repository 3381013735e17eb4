import { Injectable, type Provider } from '@nestjs/common';
import type { DocumentRef, SearchDocument } from './search-engine';
import type { SearchDocumentKind } from './search-kind';
import { SearchSourceRepository } from './search-source.repository';

/**
 * What a domain module tells search about its kind of item. `select` is a SELECT of the columns of
 * DocumentRow from the item's table, aliased `s`, and whatever it joins; `searchable` is the
 * condition on `s` that makes a row searchable at all (e.g. published).
 */
export interface SearchSource {
  kind: SearchDocumentKind;
  select: string;
  searchable: string;
}

/** What other modules ask of search's sources: to register their own, and an item's current document. */
@Injectable()
export class SearchSources {
  constructor(private readonly repository: SearchSourceRepository) {}

  register(source: SearchSource): void {
    this.repository.register(source);
  }

  /** The current documents of these rows; a row that is gone or not searchable has none. */
  documentsFor(refs: DocumentRef[]): Promise<SearchDocument[]> {
    return this.repository.documentsFor(refs);
  }
}

/** Registers a domain module's source with search when the module starts. */
export function searchSourceProvider(source: SearchSource): Provider {
  return {
    provide: `SEARCH_SOURCE_${source.kind}`,
    inject: [SearchSources],
    useFactory: (sources: SearchSources) => sources.register(source),
  };
}
