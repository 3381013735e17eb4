import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { commonError, notFound } from '../common/domain-error';
import { optionalText, requiredOneOf, validateUuid } from '../common/input-validation';
import type { Viewer } from '../graphql/request-context';
import type { SavedSearchMatcher, SavedSearchRecipient } from '../notifications/notification-fan-out';
import { validateCountyNumber } from '../organizations/county-number';
import { validateCpvDivision } from '../procurement/cpv';
import {
  type DocumentRef,
  refKey,
  SEARCH_ENGINE,
  type SearchDocument,
  type SearchEngine,
  type SearchFilters,
  SearchOrder,
  type SearchRequest,
} from '../search/search-engine';
import { type SearchDocumentKind, SearchKind } from '../search/search-kind';
import { SearchSources } from '../search/search-source';
import { validateServiceArea } from '../service-areas/service-areas';
import type { Language } from '../users/language';
import type { FeedItem } from './atom-feed';
import type { SavedSearchEntity, SavedSearchFields } from './saved-search.entity';
import type { SavedSearchInput } from './saved-search.inputs';
import { SavedSearchRepository } from './saved-search.repository';

export const MAX_SAVED_SEARCHES = 50;
export const FEED_SIZE = 50;
/** How many different saved searches are matched against a new item at once. */
const MATCH_CONCURRENCY = 8;

/**
 * Saved searches are searches: a new item matches one, and its feed lists items, exactly as the
 * search page would find them (through the search port, with its synonyms, typo tolerance,
 * prefixes and folding of æ, ø and å).
 */
@Injectable()
export class SavedSearchService implements SavedSearchMatcher {
  constructor(
    private readonly savedSearches: SavedSearchRepository,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly sources: SearchSources,
  ) {}

  async create(viewer: Viewer, input: SavedSearchInput): Promise<SavedSearchEntity> {
    const fields = validateSavedSearchInput(input);
    const saved = await this.savedSearches.insertWithin(MAX_SAVED_SEARCHES, {
      ...fields,
      userId: viewer.userId,
      feedToken: randomBytes(32).toString('base64url'),
    });
    if (!saved)
      throw commonError('TOO_MANY', `You can keep at most ${MAX_SAVED_SEARCHES} saved searches`, {
        field: 'savedSearch',
        params: { max: MAX_SAVED_SEARCHES },
      });
    return saved;
  }

  listMine(viewer: Viewer): Promise<SavedSearchEntity[]> {
    return this.savedSearches.listByUser(viewer.userId);
  }

  /**
   * Replaces the criteria and name with the input, checked as when saving; the feed URL stays.
   * Only the user who saved it can change it; anyone else is told it does not exist.
   */
  async update(viewer: Viewer, id: string, input: SavedSearchInput): Promise<SavedSearchEntity> {
    const searchId = validateUuid('id', id);
    const updated = await this.savedSearches.update(viewer.userId, searchId, validateSavedSearchInput(input));
    if (!updated) throw notFound('Saved search', 'id');
    return updated;
  }

  /** Only the user who saved it can delete it; anyone else is told it does not exist. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    if (!(await this.savedSearches.delete(viewer.userId, validateUuid('id', id))))
      throw notFound('Saved search', 'id');
    return true;
  }

  /** The saved search behind a feed token, its owner's language and its newest matches; null if unknown. */
  async feed(
    feedToken: string,
  ): Promise<{ search: SavedSearchEntity; language: Language; items: FeedItem[] } | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(feedToken)) return null;
    const found = await this.savedSearches.findByFeedToken(feedToken);
    if (!found) return null;
    const { hits } = await this.engine.search(
      searchRequest(found.search, { limit: FEED_SIZE, order: SearchOrder.NEWEST }),
    );
    return { ...found, items: await this.currentDocuments(hits) };
  }

  /** The owners of the saved searches the item matches in the index, each with their oldest match. */
  async ownersOfMatchingSearches(
    item: { kind: SearchDocumentKind; id: string },
    exceptUserId: string | null,
  ): Promise<SavedSearchRecipient[]> {
    const candidates = await this.savedSearches.listForKind(item.kind, exceptUserId);
    // Searches with the same criteria match alike: one engine search each.
    const groups = [...groupBy(candidates, criteriaKey).values()];
    const matched = await inBatches(groups, MATCH_CONCURRENCY, ([first]) => this.matches(first, item));
    const matching = groups.filter((_, i) => matched[i]).flat();
    const oldestPerOwner = new Map<string, SavedSearchEntity>();
    for (const search of matching.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
      if (!oldestPerOwner.has(search.userId)) oldestPerOwner.set(search.userId, search);
    return [...oldestPerOwner.values()].map((search) => ({
      userId: search.userId,
      savedSearchId: search.id,
    }));
  }

  private async matches(search: SavedSearchEntity, item: DocumentRef): Promise<boolean> {
    const request = searchRequest(search, { limit: 1 });
    request.filters = { ...request.filters, ids: [item.id], kinds: [item.kind] };
    return (await this.engine.search(request)).hits.length > 0;
  }

  /** The hits as they are now in the database, in the engine's order; one gone meanwhile is left out. */
  private async currentDocuments(hits: DocumentRef[]): Promise<FeedItem[]> {
    const documents = new Map((await this.sources.documentsFor(hits)).map((d) => [refKey(d), d]));
    return hits.flatMap((hit) => {
      const document = documents.get(refKey(hit));
      return document ? [feedItem(document)] : [];
    });
  }
}

/** The search page's request for a saved search. */
function searchRequest(
  search: SavedSearchFields,
  { limit, order = SearchOrder.RELEVANCE }: { limit: number; order?: SearchOrder },
): SearchRequest {
  const filters: SearchFilters = {
    kinds: search.kinds,
    serviceAreas: search.serviceAreas,
    cpvDivisions: search.cpvDivisions,
    procedures: search.procedures,
    countyNumbers: search.countyNumbers,
    openOnly: search.openOnly,
  };
  return { text: search.query, filters, limit, offset: 0, withFacets: false, order, now: new Date() };
}

const SUMMARY_LENGTH = 500;

function feedItem(document: SearchDocument): FeedItem {
  return {
    kind: document.kind,
    id: document.id,
    title: document.title,
    summary: document.summary || document.description.slice(0, SUMMARY_LENGTH),
    publishedAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

const criteriaKey = (search: SavedSearchFields) => {
  const { text, filters } = searchRequest(search, { limit: 1 });
  return JSON.stringify({ text, filters });
};

/** `work` for every value, at most `size` at a time; the results in the order of the values. */
async function inBatches<T, R>(values: T[], size: number, work: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < values.length; i += size)
    results.push(...(await Promise.all(values.slice(i, i + size).map(work))));
  return results;
}

function groupBy<T>(values: T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

function validateSavedSearchInput(input: SavedSearchInput): SavedSearchFields {
  const query = optionalText('query', input.query, { max: 200 }) ?? '';
  const kinds = unique(input.kinds ?? []);
  for (const kind of kinds) requiredOneOf('kinds', kind, Object.values(SearchKind));
  return {
    name: optionalText('name', input.name, { max: 100 }) ?? (query || 'Alle nye oppføringer'),
    query,
    kinds,
    serviceAreas: unique((input.serviceAreas ?? []).map((area) => validateServiceArea('serviceAreas', area))),
    cpvDivisions: unique((input.cpvDivisions ?? []).map((d) => validateCpvDivision('cpvDivisions', d))),
    procedures: unique(input.procedures ?? []),
    countyNumbers: unique((input.countyNumbers ?? []).map((c) => validateCountyNumber('countyNumbers', c))),
    openOnly: input.openOnly ?? false,
  };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
