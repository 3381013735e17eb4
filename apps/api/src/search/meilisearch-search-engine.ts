import {
  ANY_WORD_CANDIDATES,
  ANY_WORD_MIN_SCORE,
  ANY_WORD_MIN_WORDS,
  anyWordTerms,
  facetsFromDistribution,
  isLongQuery,
  MEILI_FACET_ATTRIBUTES,
  MEILI_PRIMARY_KEY,
  meiliFilter,
  meiliQuery,
  meiliSettings,
  meiliUid,
  rankByWords,
  rarestTerms,
  toMeiliDocument,
  totalFromDistribution,
} from './meilisearch-mapping';
import { queryTerms } from './norwegian-text';
import {
  type DocumentRef,
  type FacetField,
  filteredFacets,
  type IndexBuild,
  type SearchDocument,
  type SearchEngine,
  SearchOrder,
  type SearchRequest,
  type SearchResponse,
  withoutFacetFilter,
} from './search-engine';

/** Newest first when asked; most in use when asked, and for an empty query; else relevance. */
function meiliSort(request: SearchRequest, q: string): string[] | undefined {
  if (request.order === SearchOrder.NEWEST) return ['createdAt:desc'];
  return q && request.order !== SearchOrder.MOST_IN_USE ? undefined : ['inUseCount:desc', 'reuseCount:desc'];
}

/** What a search retrieves of a document (displayedAttributes). */
type MeiliHit = { kind: string; id: string; _rankingScore?: number };
const toRef = (hit: Record<string, unknown>) => ({ kind: hit.kind, id: hit.id }) as DocumentRef;

/** The client package is ESM-only, so it is loaded with import() (and its types taken from that). */
const loadClient = () => import('meilisearch');
type Meilisearch = InstanceType<Awaited<ReturnType<typeof loadClient>>['Meilisearch']>;
type EnqueuedTaskPromise = ReturnType<Meilisearch['deleteIndex']>;

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** The live index; a rebuild fills `<indexUid>_rebuild_<time>` and swaps it in. */
  indexUid?: string;
}

/** Large enough that a slow machine indexing 100,000 documents is not reported as a failure. */
const TASK_TIMEOUT_MS = 10 * 60_000;

/** Waits for a Meilisearch task and turns a failed one into an error, so the outbox retries it. */
async function settled(task: EnqueuedTaskPromise): Promise<void> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 25 });
  if (done.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no detail'}`);
  }
}

/**
 * The production engine. Settings are applied before any document; every write waits for its
 * task, so a write the outbox marks done is really in the index.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private readonly indexUid: string;
  private clientPromise: Promise<Meilisearch> | null = null;

  constructor(private readonly options: MeilisearchOptions) {
    this.indexUid = options.indexUid ?? 'lokomotiv';
  }

  /** Loaded once, on first use. */
  private client(): Promise<Meilisearch> {
    this.clientPromise ??= loadClient().then(
      ({ Meilisearch }) =>
        new Meilisearch({
          host: this.options.host,
          apiKey: this.options.apiKey,
          // A compressed answer reaches fetch about 40 ms late (measured: p50 46 ms against 1.8 ms
          // uncompressed, for the same search on loopback); between the api and its search engine
          // compression saves nothing worth that.
          requestInit: { headers: { 'accept-encoding': 'identity' } },
        }),
    );
    return this.clientPromise;
  }

  async prepare(): Promise<void> {
    await this.createIndex(this.indexUid);
  }

  private async createIndex(uid: string): Promise<void> {
    const client = await this.client();
    const exists = await client.getIndex(uid).then(
      () => true,
      () => false,
    );
    if (!exists) await settled(client.createIndex(uid, { primaryKey: MEILI_PRIMARY_KEY }));
    await settled(client.index(uid).updateSettings(meiliSettings()));
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.upsertInto(this.indexUid, documents);
  }

  private async upsertInto(uid: string, documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const index = (await this.client()).index(uid);
    await settled(index.addDocuments(documents.map(toMeiliDocument), { primaryKey: MEILI_PRIMARY_KEY }));
  }

  async delete(refs: DocumentRef[]): Promise<void> {
    await this.deleteFrom(this.indexUid, refs);
  }

  private async deleteFrom(uid: string, refs: DocumentRef[]): Promise<void> {
    if (!refs.length) return;
    const index = (await this.client()).index(uid);
    await settled(index.deleteDocuments(refs.map((ref) => meiliUid(ref.kind, ref.id))));
  }

  async count(): Promise<number> {
    return (await (await this.client()).index(this.indexUid).getStats()).numberOfDocuments;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    if (request.matchAnyWord && anyWordTerms(request.text).length) return this.searchAnyWord(request);
    const client = await this.client();
    const q = isLongQuery(request.text) ? await this.rarestWords(request) : meiliQuery(request.text);
    const base = {
      indexUid: this.indexUid,
      q,
      matchingStrategy: 'all' as const,
      sort: meiliSort(request, q),
    };
    const filter = meiliFilter(request.filters, request.now);
    const openFilter = meiliFilter(request.filters, request.now, true);
    const filtered = request.withFacets ? filteredFacets(request.filters) : [];
    // A filtered facet is counted again without its own filter; the open facet by its total (kinds).
    const withoutOwnFilter = (field: FacetField) => ({
      ...base,
      filter: meiliFilter(withoutFacetFilter(request.filters, field), request.now),
      limit: 0,
      facets: [field === 'open' ? 'kind' : MEILI_FACET_ATTRIBUTES[field]],
    });
    const { results } = await client.multiSearch({
      queries: [
        {
          ...base,
          filter,
          limit: request.limit,
          offset: request.offset,
          attributesToRetrieve: ['kind', 'id'],
          facets: Object.values(MEILI_FACET_ATTRIBUTES),
        },
        // The open/closed facet: the same search restricted to open items, counted by kind.
        { ...base, filter: openFilter, limit: 0, facets: ['kind'] },
        ...filtered.map(withoutOwnFilter),
      ],
    });
    const [page, open, ...own] = results;
    return {
      totalCount: totalFromDistribution(page.facetDistribution),
      hits: page.hits.map(toRef),
      facets: request.withFacets
        ? facetsFromDistribution(
            page.facetDistribution,
            totalFromDistribution(open.facetDistribution),
            Object.fromEntries(filtered.map((field, i) => [field, own[i].facetDistribution])),
          )
        : [],
    };
  }

  /**
   * Meilisearch reads only the first ten words of a query: a longer text that must match every
   * word asks for its ten rarest words, counted in one multi-search first.
   */
  private async rarestWords(request: SearchRequest): Promise<string> {
    const terms = queryTerms(request.text);
    const { results } = await this.wordSearches(terms, request, 0);
    return rarestTerms(
      terms,
      results.map((result) => result.estimatedTotalHits ?? 0),
    ).join(' ');
  }

  /** Any word of a long text: one search per word, in one multi-search, ranked by rankByWords. */
  private async searchAnyWord(request: SearchRequest): Promise<SearchResponse> {
    const terms = anyWordTerms(request.text);
    // Each word brings more candidates than the page holds: a document must be found by two words.
    const candidates = Math.max(request.offset + request.limit, ANY_WORD_CANDIDATES);
    const { results } = await this.wordSearches(terms, request, candidates, ANY_WORD_MIN_SCORE);
    const [all, ...perWord] = results;
    const ranked = rankByWords(
      perWord.map((result) => ({ hits: result.hits as MeiliHit[], count: result.estimatedTotalHits ?? 0 })),
      all.estimatedTotalHits ?? 0,
      ANY_WORD_MIN_WORDS,
    );
    return {
      totalCount: ranked.length,
      hits: ranked.slice(request.offset, request.offset + request.limit).map(toRef),
      facets: [],
    };
  }

  /** A search for each word (after one for no word at all, counting the filtered documents). */
  private async wordSearches(terms: string[], request: SearchRequest, limit: number, minScore?: number) {
    const filter = meiliFilter(request.filters, request.now);
    const query = (q: string) => ({
      indexUid: this.indexUid,
      q,
      filter,
      limit,
      attributesToRetrieve: ['kind', 'id'],
      showRankingScore: true,
      // The search for no word counts every filtered document: no score to reach.
      ...(q && minScore !== undefined ? { rankingScoreThreshold: minScore } : {}),
    });
    return (await this.client()).multiSearch({ queries: [query(''), ...terms.map(query)] });
  }

  /** Deletes the live index (for tests that use an index of their own). */
  async dropIndex(): Promise<void> {
    await settled((await this.client()).deleteIndex(this.indexUid));
  }

  /** A new index with the same settings; `swap` exchanges it with the live one and drops the old. */
  async beginRebuild(): Promise<IndexBuild> {
    const client = await this.client();
    const uid = `${this.indexUid}_rebuild_${Date.now()}`;
    await this.createIndex(uid);
    return {
      upsert: (documents) => this.upsertInto(uid, documents),
      delete: (refs) => this.deleteFrom(uid, refs),
      swap: async () => {
        await settled(client.swapIndexes([{ indexes: [this.indexUid, uid], rename: false }]));
        await settled(client.deleteIndex(uid));
      },
      abandon: () => settled(client.deleteIndex(uid)),
    };
  }
}
