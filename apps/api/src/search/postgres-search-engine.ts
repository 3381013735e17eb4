import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DEFAULT_SEARCH_SHARDS } from '../config/app-config';
import { foldNorwegian, queryTerms } from './norwegian-text';
import {
  type DocumentRef,
  FACET_FIELDS,
  type FacetField,
  type IndexBuild,
  refKey,
  type SearchDocument,
  type SearchEngine,
  type SearchFilters,
  SearchOrder,
  type SearchRequest,
  type SearchResponse,
  withoutFacetFilter,
} from './search-engine';
import { SYNONYM_GROUPS, withSynonyms } from './search-synonyms';

/** Terms shorter than this are matched by full text only: trigrams of short words match too much. */
const MIN_FUZZY_TERM_LENGTH = 4;
/** pg_trgm similarity a misspelt word needs to a known word; "byggesøknd" → "byggesøknad" is 0.64. */
const FUZZY_THRESHOLD = 0.5;
/** At most this many corrections per misspelt word. */
const MAX_CORRECTIONS = 5;
/** A long text (a need's description) is matched on its first words only. */
const MAX_ANY_WORD_TERMS = 40;
/**
 * The relevance threshold of "any word" matches (similar solutions): a document must have two of
 * the text's words (when it has two), so one that shares a single common word with a need
 * ("innbyggere") is left out. Without positions and weights (strip), ts_rank scores every query word
 * a document has the same, this much, divided by the number of words in the query.
 */
const ANY_WORD_MIN_WORDS = 2;
const RANK_PER_WORD = 0.0607927;

type Executor = Pick<EntityManager, 'query'>;

const isPhrase = (words: string) => words.includes(' ');
/**
 * A synonym phrase ("digital søknad") as one lexeme, added to the vector of every document that
 * holds the phrase. Matching a phrase needs word positions, which only the out-of-line vector has,
 * so PostgreSQL would fetch the whole vector of every candidate; a marker is answered by the index
 * alone. The guillemets keep it apart from any word a user can type. Changing a synonym phrase
 * takes a reindex.
 */
const phraseMarker = (phrase: string) => `«${phrase}»`;
const SYNONYM_PHRASES = [...new Set(SYNONYM_GROUPS.flat().filter(isPhrase))];

/**
 * The embedded default: PostgreSQL full text search with the `norwegian` configuration (title
 * weighted above summary above tags, description and owner name) and pg_trgm word similarity
 * for typos and prefixes, both on GIN indexes, in the table `search_documents`.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  private shardNames?: Promise<string[]>;

  /** `shardCount`: how many partitions search_documents is to have (SEARCH_SHARDS). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly shardCount = DEFAULT_SEARCH_SHARDS,
  ) {}

  /** The table and its indexes come with the migrations; the shard count is set here. */
  async prepare(): Promise<void> {
    await this.shards();
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return upsertDocuments(this.dataSource, documents);
  }

  delete(refs: DocumentRef[]): Promise<void> {
    return deleteDocuments(this.dataSource, refs);
  }

  async count(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM search_documents');
    return row.n;
  }

  /**
   * A search with text runs on every shard of search_documents at once, one connection each, and
   * the shards' totals, facet groups and pages are merged; one without text is answered from the
   * facet counts in a single query.
   */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const rows = isCounted(request)
      ? [await this.run(countedQuery(request))]
      : await Promise.all((await this.shards()).map((shard) => this.run(matchingQuery(request, shard))));
    const groups = rows.flatMap((row) => row.groups ?? []);
    return {
      // With facets, the groups hold every match of the other filters, and the total is counted from them.
      totalCount: request.withFacets
        ? sum(groups, (group) => selectedCount(group, request.filters))
        : rows.reduce((total, row) => total + Number(row.total), 0),
      hits: mergePages(
        rows.map((row) => row.hits),
        request,
      ),
      facets: request.withFacets ? facetsFrom(groups, request.filters) : [],
    };
  }

  private async run({ sql, params }: SqlQuery): Promise<SearchRow> {
    const [row] = await this.dataSource.query(sql, params);
    return row;
  }

  /** The partitions of search_documents, once there are `shardCount` of them; tried again after a failure. */
  private shards(): Promise<string[]> {
    this.shardNames ??= this.reshardAndList().catch((error: unknown) => {
      this.shardNames = undefined;
      throw error;
    });
    return this.shardNames;
  }

  private async reshardAndList(): Promise<string[]> {
    await this.dataSource.query('SELECT search_documents_reshard($1)', [this.shardCount]);
    const rows: { relname: string }[] = await this.dataSource.query(
      `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'search_documents'::regclass ORDER BY c.relname`,
    );
    return rows.map((row) => row.relname);
  }

  /**
   * Rebuilds inside one transaction: readers keep seeing the old rows until the commit, so search
   * never answers empty. Concurrent index writes wait for the commit and then apply on top: the lock
   * makes them wait before they touch any row, rather than deadlock with the rebuild on a document
   * or on the facet count rows the rebuild holds until it commits.
   */
  async beginRebuild(): Promise<IndexBuild> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('LOCK TABLE search_documents IN SHARE ROW EXCLUSIVE MODE');
    await runner.query('DELETE FROM search_documents');
    return new PostgresIndexBuild(runner);
  }
}

class PostgresIndexBuild implements IndexBuild {
  constructor(private readonly runner: QueryRunner) {}

  upsert(documents: SearchDocument[]): Promise<void> {
    return upsertDocuments(this.runner, documents);
  }

  delete(refs: DocumentRef[]): Promise<void> {
    return deleteDocuments(this.runner, refs);
  }

  async swap(): Promise<void> {
    try {
      await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
  }

  async abandon(): Promise<void> {
    try {
      await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }
}

/** The facet columns of a document as keyed in search_facet_counts, whose row id is its `facet_group`. */
const FACET_KEY = `kind, service_area, COALESCE(owner_county, ''), COALESCE(procedure, ''), cpv_divisions,
  COALESCE(solution_kind, ''), COALESCE(maturity, ''), COALESCE(license_id, ''), COALESCE(open_source, '')`;
const FACET_COLUMNS = `kind, service_area, owner_county, procedure, cpv_divisions, solution_kind, maturity,
  license_id, open_source`;
const DOCUMENT_COLUMNS = `kind text, id uuid, service_area text, organization_id uuid, owner_county text,
  procedure text, cpv_divisions text[], solution_kind text, maturity text, license_id text, open_source text,
  reuse_count int, in_use_count int, open_until float8, created_at timestamptz, updated_at timestamptz, title text,
  summary text, tags text, body text`;

async function upsertDocuments(db: Executor, documents: SearchDocument[]): Promise<void> {
  if (!documents.length) return;
  // One row per document: the last of duplicates wins, as it would in separate upserts.
  const rows = [...new Map(documents.map((d) => [refKey(d), d])).values()].map(toRow);
  const json = JSON.stringify(rows);
  await insertFacetGroups(db, json);
  await db.query(
    `INSERT INTO search_documents AS t (kind, id, service_area, organization_id, owner_county, procedure,
       cpv_divisions, solution_kind, maturity, license_id, open_source, reuse_count, in_use_count, open_until,
       created_at, updated_at, facet_group, search_vector, head_vector)
     SELECT d.kind, d.id, d.service_area, d.organization_id, d.owner_county, d.procedure,
       d.cpv_divisions, d.solution_kind, d.maturity, d.license_id, d.open_source, d.reuse_count, d.in_use_count, to_timestamp(d.open_until / 1000.0), d.created_at, d.updated_at, g.id,
       v.head || v.body || array_to_tsvector(ARRAY(
         SELECT p.marker FROM unnest($2::text[], $3::text[]) AS p(query, marker)
         WHERE (v.head || v.body) @@ to_tsquery('norwegian', p.query))),
       v.head
     FROM jsonb_to_recordset($1::jsonb) AS d(${DOCUMENT_COLUMNS})
     JOIN search_facet_counts g ON g.kind = d.kind AND g.service_area = d.service_area
       AND g.owner_county = COALESCE(d.owner_county, '') AND g.procedure = COALESCE(d.procedure, '')
       AND g.cpv_divisions = d.cpv_divisions AND g.solution_kind = COALESCE(d.solution_kind, '')
       AND g.maturity = COALESCE(d.maturity, '') AND g.license_id = COALESCE(d.license_id, '')
       AND g.open_source = COALESCE(d.open_source, ''),
     LATERAL (SELECT setweight(to_tsvector('norwegian', d.title), 'A')
         || setweight(to_tsvector('norwegian', d.summary), 'B')
         || setweight(to_tsvector('norwegian', d.tags), 'C') AS head,
       setweight(to_tsvector('norwegian', d.body), 'D') AS body) AS v
     ON CONFLICT (kind, id) DO UPDATE SET service_area = EXCLUDED.service_area,
       organization_id = EXCLUDED.organization_id, owner_county = EXCLUDED.owner_county,
       procedure = EXCLUDED.procedure, cpv_divisions = EXCLUDED.cpv_divisions,
       solution_kind = EXCLUDED.solution_kind, maturity = EXCLUDED.maturity, license_id = EXCLUDED.license_id,
       open_source = EXCLUDED.open_source, reuse_count = EXCLUDED.reuse_count, in_use_count = EXCLUDED.in_use_count,
       open_until = EXCLUDED.open_until,
       created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at, facet_group = EXCLUDED.facet_group,
       search_vector = EXCLUDED.search_vector, head_vector = EXCLUDED.head_vector`,
    [json, SYNONYM_PHRASES.map((phrase) => alternatives([phrase], true)), SYNONYM_PHRASES.map(phraseMarker)],
  );
  const words = [...new Set(rows.flatMap((row) => row.words))].sort();
  await db.query(`INSERT INTO search_terms (word) SELECT unnest($1::text[]) ON CONFLICT (word) DO NOTHING`, [
    words,
  ]);
}

/**
 * The count rows of the documents' facet groups, created at zero where new (the statement
 * triggers on search_documents keep the counts). Sorted by key, so concurrent writers never deadlock.
 */
async function insertFacetGroups(db: Executor, json: string): Promise<void> {
  await db.query(
    `INSERT INTO search_facet_counts (${FACET_COLUMNS}, count)
     SELECT DISTINCT ${FACET_KEY}, 0 FROM jsonb_to_recordset($1::jsonb) AS d(${DOCUMENT_COLUMNS})
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
     ON CONFLICT (${FACET_COLUMNS}) DO NOTHING`,
    [json],
  );
}

/** The row the upsert reads: folded text, so the vector and the trigrams see what queries see. */
export function toRow(document: SearchDocument) {
  const title = foldNorwegian(document.title);
  const summary = foldNorwegian(document.summary);
  const tags = foldNorwegian(document.tags.join(', '));
  const owner = foldNorwegian(document.organizationName);
  return {
    kind: document.kind,
    id: document.id,
    service_area: document.serviceArea,
    organization_id: document.organizationId,
    owner_county: document.ownerCounty,
    procedure: document.procedure,
    cpv_divisions: document.cpvDivisions,
    solution_kind: document.solutionKind,
    maturity: document.maturity,
    license_id: document.licenseId,
    open_source: document.openSource === null ? null : String(document.openSource),
    reuse_count: document.reuseCount,
    in_use_count: document.inUseCount,
    open_until: document.openUntil,
    created_at: document.createdAt,
    updated_at: document.updatedAt,
    title,
    summary,
    tags,
    body: `${foldNorwegian(document.description)}\n${owner}`,
    // The dictionary typos are corrected against: the words of the short fields.
    words: queryTerms(`${title} ${summary} ${tags} ${owner}`).filter(
      (word) => word.length >= MIN_FUZZY_TERM_LENGTH && !/\d/.test(word),
    ),
  };
}

async function deleteDocuments(db: Executor, refs: DocumentRef[]): Promise<void> {
  if (!refs.length) return;
  await db.query(
    `DELETE FROM search_documents t USING unnest($1::text[], $2::uuid[]) AS r(kind, id)
     WHERE t.kind = r.kind AND t.id = r.id`,
    [refs.map((r) => r.kind), refs.map((r) => r.id)],
  );
}

/** `'word':*` alternatives (a synonym phrase becomes `'a':* <-> 'b':*`), joined with `|`. */
function alternatives(words: string[], prefix: boolean): string {
  return words
    .map((phrase) =>
      phrase
        .split(' ')
        .map((word) => `'${word}'${prefix ? ':*' : ''}`)
        .join(' <-> '),
    )
    .join(' | ');
}

class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** How many matches share one combination of facet values, and how many of those are closed. */
interface FacetGroup {
  kind: string;
  service_area: string;
  owner_county: string | null;
  procedure: string | null;
  cpv_divisions: string[];
  solution_kind: string | null;
  maturity: string | null;
  license_id: string | null;
  open_source: string | null;
  count: number;
  closed: number;
}

/** A hit of one shard, with what orders it. */
interface PageRow extends DocumentRef {
  rank: number;
  reuse_count: number;
  in_use_count: number;
  /** created_at in epoch seconds. */
  created: number;
}

interface SearchRow {
  total: number | string;
  hits: PageRow[];
  groups: FacetGroup[] | null;
}

interface SqlQuery {
  sql: string;
  params: unknown[];
}

/** Most in use first: every "most reused" order and the tie-break of relevance. */
const REUSE_ORDER = 'in_use_count DESC, reuse_count DESC, kind, id';
const PAGE_ORDER = `rank DESC, ${REUSE_ORDER}`;
const NEWEST_ORDER = 'created_at DESC, kind, id';
const PAGE_ROW = `json_build_object('kind', kind, 'id', id, 'rank', rank, 'reuse_count', reuse_count,
  'in_use_count', in_use_count, 'created', extract(epoch FROM created_at))`;

/** The ORDER BY of a page; `ranked`: of matches, ranked by relevance (else of all documents). */
const pageOrder = ({ order }: SearchRequest, ranked: boolean) =>
  order === SearchOrder.NEWEST
    ? NEWEST_ORDER
    : ranked && order !== SearchOrder.MOST_IN_USE
      ? PAGE_ORDER
      : REUSE_ORDER;

/** Counts per facet group (`facet_group`, `count`, `closed`) with the group's facet values. */
const withFacetValues = (counted: string) => `
  SELECT c.kind, c.service_area, NULLIF(c.owner_county, '') AS owner_county,
         NULLIF(c.procedure, '') AS procedure, c.cpv_divisions, NULLIF(c.solution_kind, '') AS solution_kind,
         NULLIF(c.maturity, '') AS maturity, NULLIF(c.license_id, '') AS license_id,
         NULLIF(c.open_source, '') AS open_source, g.count, g.closed
  FROM (${counted}) g JOIN search_facet_counts c ON c.id = g.facet_group`;

/** Whether search_facet_counts answers the counts: no text, and no filter it cannot apply. */
function isCounted(request: SearchRequest): boolean {
  return (
    !queryTerms(request.text).length &&
    !request.filters.organizationIds?.length &&
    !request.filters.ids?.length &&
    !request.filters.openOnly
  );
}

/**
 * The first `offset + limit` hits of every query are merged into one order (the order of pageOrder:
 * kinds are upper-case ASCII and ids hexadecimal, so string order is PostgreSQL's) and the page cut.
 */
function mergePages(pages: PageRow[][], { offset, limit, order }: SearchRequest): DocumentRef[] {
  const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const inUse = (a: PageRow, b: PageRow) => b.in_use_count - a.in_use_count || b.reuse_count - a.reuse_count;
  const first =
    order === SearchOrder.NEWEST
      ? (a: PageRow, b: PageRow) => b.created - a.created
      : order === SearchOrder.MOST_IN_USE
        ? inUse
        : (a: PageRow, b: PageRow) => b.rank - a.rank || inUse(a, b);
  return pages
    .flat()
    .sort((a, b) => first(a, b) || before(a.kind, b.kind) || before(a.id, b.id))
    .slice(offset, offset + limit)
    .map(({ kind, id }) => ({ kind, id }));
}

/** Counts from search_facet_counts; the closed items, few, through the open_until index. */
function countedQuery(request: SearchRequest): SqlQuery {
  const params = new SqlParams();
  const conditions = (alias: string, which = filterConditions) =>
    [...which(request, params, alias), 'true'].join(' AND ');
  const documents = conditions('d');
  // Facets are counted over the groups of every facet filter, selected from in facetsFrom.
  const grouped = request.withFacets ? baseConditions : filterConditions;
  const sql = `
    WITH groups AS (${withFacetValues(`
      SELECT c.id AS facet_group, c.count, 0 AS closed
      FROM search_facet_counts c WHERE c.count > 0 AND ${conditions('c', grouped)}
      UNION ALL
      SELECT facet_group, 0, count(*) FROM search_documents d
      WHERE ${conditions('d', grouped)} AND d.open_until <= ${params.add(request.now)} GROUP BY facet_group`)}
    ),
    page AS (
      SELECT d.kind, d.id, 0 AS rank, d.reuse_count, d.in_use_count, d.created_at
      FROM search_documents d WHERE ${documents}
      ORDER BY ${pageOrder(request, false)} LIMIT ${params.add(request.offset + request.limit)}
    )
    SELECT (SELECT COALESCE(sum(count), 0) FROM groups) AS total,
           (SELECT COALESCE(json_agg(${PAGE_ROW}), '[]') FROM page) AS hits,
           ${request.withFacets ? '(SELECT json_agg(groups) FROM groups)' : 'NULL'} AS groups`;
  return { sql, params: params.values };
}

/**
 * The matching rows of one shard, materialised once and narrow (the facet values are one group
 * id), give its first hits, its total and its facet groups.
 */
function matchingQuery(request: SearchRequest, shard: string): SqlQuery {
  const params = new SqlParams();
  // With facets, matches ignore the facet filters (the groups count every value) and mark the selected.
  const { where, rank, queries } = matchConditions(
    request,
    params,
    request.withFacets ? baseConditions : filterConditions,
  );
  const selected = request.withFacets ? [...facetConditions(request, params), 'true'].join(' AND ') : 'true';
  const open = `d.open_until > ${params.add(request.now)}`;
  const groups = `groups AS (${withFacetValues(`
    SELECT facet_group, count(*) AS count, count(*) FILTER (WHERE NOT open) AS closed
    FROM matches GROUP BY facet_group`)})`;
  const sql = `
    WITH ${queries ? `queries AS MATERIALIZED (SELECT ${queries}),` : ''}
    matches AS MATERIALIZED (
      SELECT d.kind, d.id, d.facet_group, d.reuse_count, d.in_use_count, d.created_at, ${open} AS open,
        ${rank} AS rank, ${selected} AS selected
      FROM ${shard} d
      WHERE ${where.length ? where.join(' AND ') : 'true'}
    ),
    ${request.withFacets ? `${groups},` : ''}
    page AS (SELECT kind, id, rank, reuse_count, in_use_count, created_at FROM matches WHERE selected
      ORDER BY ${pageOrder(request, true)}
      LIMIT ${params.add(request.offset + request.limit)})
    SELECT ${request.withFacets ? '(SELECT COALESCE(sum(count), 0) FROM groups)' : '(SELECT count(*) FROM matches)'} AS total,
           (SELECT COALESCE(json_agg(${PAGE_ROW}), '[]') FROM page) AS hits,
           ${request.withFacets ? '(SELECT json_agg(groups) FROM groups)' : 'NULL'} AS groups`;
  return { sql, params: params.values };
}

/**
 * The conditions and the rank of a text search. The tsqueries of the terms (with their typo
 * corrections) are built once, in the `queries` row, not again for every matching document.
 */
function matchConditions(
  request: SearchRequest,
  params: SqlParams,
  filtered = filterConditions,
): { where: string[]; rank: string; queries?: string } {
  const where = [...filtered(request, params)];
  const terms = queryTerms(request.text);
  if (terms.length && request.matchAnyWord) {
    const anyWord = `to_tsquery('norwegian', ${params.add(alternatives(terms.slice(0, MAX_ANY_WORD_TERMS), false))})`;
    const rank = `ts_rank(d.head_vector, ${anyWord})`;
    // numnode() of a constant folds when planned; an OR of n words has 2n - 1 nodes.
    const words = `((numnode(${anyWord}) + 1) / 2.0)`;
    const matchedWords = `ts_rank(strip(d.search_vector), ${anyWord}) * ${words} / ${RANK_PER_WORD}`;
    where.push(`d.search_vector @@ ${anyWord}`);
    // Half a word's margin for rounding.
    where.push(`${matchedWords} > LEAST(${words}, ${ANY_WORD_MIN_WORDS}) - 0.5`);
    return { where, rank };
  }
  if (!terms.length) return { where, rank: '0::real' };
  const termQueries = terms.map((term, i) =>
    termQuery(term, params, { correctionName: `correction_${i}`, typing: i === terms.length - 1 }),
  );
  const corrections = termQueries.flatMap((query) => query.correction ?? []);
  // Every term must match, except words the dictionary drops (stop words), whose tsquery is empty:
  // `&&` passes over an empty operand. numnode() of a constant folds when the query is planned, so
  // the index sees one condition, or none if every word was a stop word.
  const stopWords = termQueries.map((query) => `numnode(${query.exact}) = 0`).join(' AND ');
  where.push(`(${stopWords} OR d.search_vector @@ (SELECT matched FROM queries))`);
  const matched = termQueries
    .map((query) => `CASE WHEN numnode(${query.exact}) = 0 THEN ${query.exact} ELSE ${query.indexed} END`)
    .join(' && ');
  const queries = `${matched} AS matched, ${termQueries.map((query) => query.ranked).join(' || ')} AS ranked`;
  // Corrections are looked up once each, though both the matching and the ranking query use them.
  const from = corrections.length ? ` FROM (SELECT ${corrections.join(', ')} OFFSET 0) AS corrections` : '';
  // Ranked on title, summary and tags only: cheap, and a match there is what matters; rows that
  // match only in the description follow, most reused first.
  return { where, rank: 'ts_rank(d.head_vector, (SELECT ranked FROM queries))', queries: queries + from };
}

const quoted = (word: string) => `'${word}'`;

/**
 * The word or a synonym, or a known word that differs by a typo (found in the small search_terms
 * dictionary by trigram similarity), named `correctionName` in the query. The word being typed,
 * the query's last, also matches as a prefix (`:*`), as in Meilisearch. Matching stays on the GIN
 * full text index: `indexed` matches synonym phrases by their markers. `ranked` is what ts_rank
 * scores with; it weighs every word on its own anyway, so a phrase is given as its words.
 */
function termQuery(
  term: string,
  params: SqlParams,
  { correctionName, typing }: { correctionName: string; typing: boolean },
): { exact: string; ranked: string; indexed: string; correction?: string } {
  const synonyms = withSynonyms(term).slice(1);
  const phrases = synonyms.filter(isPhrase);
  const words = [
    `${quoted(term)}${typing ? ':*' : ''}`,
    ...synonyms.filter((word) => !isPhrase(word)).map(quoted),
  ];
  const exact = `to_tsquery('norwegian', ${params.add(words.join(' | '))})`;
  const markers = phrases.map((phrase) => quoted(phraseMarker(phrase)));
  const phraseWords = phrases.flatMap((phrase) => phrase.split(' ')).map(quoted);
  const indexed = phrases.length ? `(${exact} || ${params.add(markers.join(' | '))}::tsquery)` : exact;
  const ranked = phrases.length
    ? `(${exact} || to_tsquery('norwegian', ${params.add(phraseWords.join(' | '))}))`
    : exact;
  if (term.length < MIN_FUZZY_TERM_LENGTH) return { exact, ranked, indexed };
  const word = params.add(term);
  return {
    exact,
    ranked: `(${ranked} || COALESCE(${correctionName}, ${exact}))`,
    indexed: `(${indexed} || COALESCE(${correctionName}, ${exact}))`,
    correction: `to_tsquery('norwegian', search_corrections(${word}, ${FUZZY_THRESHOLD}, ${MAX_CORRECTIONS})) AS ${correctionName}`,
  };
}

type Conditions = (request: SearchRequest, params: SqlParams, alias?: string) => Generator<string>;

/** The filters on the table aliased `alias` (search_documents, or search_facet_counts for those it has). */
const filterConditions: Conditions = function* (request, params, alias = 'd') {
  yield* baseConditions(request, params, alias);
  yield* facetConditions(request, params, alias);
};

/** The filters that are no facet's: ids and owners. */
const baseConditions: Conditions = function* ({ filters }, params, alias = 'd') {
  if (filters.ids?.length) yield `${alias}.id = ANY(${params.add(filters.ids)}::uuid[])`;
  if (filters.organizationIds?.length)
    yield `${alias}.organization_id = ANY(${params.add(filters.organizationIds)}::uuid[])`;
};

/** The filters of FACET_FILTERS, whose facets count without them. */
const facetConditions: Conditions = function* ({ filters, now }, params, alias = 'd') {
  const anyOf = (column: string, values: string[] | undefined) =>
    values?.length ? `${alias}.${column} = ANY(${params.add(values)}::text[])` : null;
  const conditions = [
    anyOf('kind', filters.kinds),
    anyOf('service_area', filters.serviceAreas),
    anyOf('owner_county', filters.countyNumbers),
    anyOf('procedure', filters.procedures),
    filters.cpvDivisions?.length
      ? `${alias}.cpv_divisions && ${params.add(filters.cpvDivisions)}::text[]`
      : null,
    anyOf('solution_kind', filters.solutionKinds),
    anyOf('maturity', filters.maturities),
    anyOf('license_id', filters.licenseIds),
    filters.openSourceOnly ? `${alias}.open_source = 'true'` : null,
  ];
  for (const condition of conditions) if (condition) yield condition;
  if (filters.openOnly) yield `${alias}.open_until > ${params.add(now)}`;
};

/** Whether a group's facet values pass the facet filters (openOnly aside: see selectedCount). */
function passesFacetFilters(group: FacetGroup, filters: SearchFilters): boolean {
  const anyOf = (values: string[] | undefined, value: string | null) =>
    !values?.length || (value !== null && values.includes(value));
  return (
    anyOf(filters.kinds, group.kind) &&
    anyOf(filters.serviceAreas, group.service_area) &&
    anyOf(filters.countyNumbers, group.owner_county) &&
    anyOf(filters.procedures, group.procedure) &&
    (!filters.cpvDivisions?.length || group.cpv_divisions.some((d) => filters.cpvDivisions?.includes(d))) &&
    anyOf(filters.solutionKinds, group.solution_kind) &&
    anyOf(filters.maturities, group.maturity) &&
    anyOf(filters.licenseIds, group.license_id) &&
    (!filters.openSourceOnly || group.open_source === 'true')
  );
}

/** How many of a group's matches the filters select: all, or the open ones with openOnly. */
function selectedCount(group: FacetGroup, filters: SearchFilters): number {
  if (!passesFacetFilters(group, filters)) return 0;
  return Number(group.count) - (filters.openOnly ? Number(group.closed) : 0);
}

const sum = <T>(items: T[], value: (item: T) => number) =>
  items.reduce((total, item) => total + value(item), 0);

/**
 * Every facet of FACET_FIELDS from the groups, each counted under the filters but its own: a
 * document counts once per field (per CPV division).
 */
function facetsFrom(groups: FacetGroup[], filters: SearchFilters): SearchResponse['facets'] {
  return FACET_FIELDS.map((field) => {
    const others = withoutFacetFilter(filters, field);
    const values = new Map<string, number>();
    const add = (value: string | null, count: number) => {
      if (value !== null) values.set(value, (values.get(value) ?? 0) + count);
    };
    for (const group of groups) {
      if (!passesFacetFilters(group, others)) continue;
      if (field === 'open') {
        add('true', Number(group.count) - Number(group.closed));
        add('false', Number(group.closed));
      } else {
        for (const value of facetValues(group, field)) add(value, selectedCount(group, others));
      }
    }
    return {
      field,
      values: [...values]
        .filter(([, count]) => count > 0)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    };
  });
}

/** A group's values of one facet (none, one, or its CPV divisions). */
function facetValues(group: FacetGroup, field: Exclude<FacetField, 'open'>): (string | null)[] {
  switch (field) {
    case 'kind':
      return [group.kind];
    case 'serviceArea':
      return [group.service_area];
    case 'ownerCounty':
      return [group.owner_county];
    case 'procedure':
      return [group.procedure];
    case 'cpvDivision':
      return group.cpv_divisions;
    case 'solutionKind':
      return [group.solution_kind];
    case 'maturity':
      return [group.maturity];
    case 'licenseId':
      return [group.license_id];
    case 'openSource':
      return [group.open_source];
  }
}
