import { MigrationInterface, QueryRunner } from 'typeorm';

/** Shards of search_documents: one per core of the reference machine (2 cores). */
const SHARDS = 2;

const FACET_COUNT_TRIGGERS = [
  ['insert', 'INSERT', 'NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'OLD TABLE AS old_rows'],
];

const CORRECTIONS = (knownWordCheck: string) => `
  CREATE OR REPLACE FUNCTION search_corrections(term text, threshold real, max_words int) RETURNS text
  LANGUAGE sql STABLE SET enable_seqscan = off AS $$
    SELECT string_agg(quote_literal(word), ' | ') FROM (
      SELECT word FROM search_terms WHERE word % term AND similarity(word, term) >= threshold ${knownWordCheck}
      ORDER BY similarity(word, term) DESC LIMIT max_words) AS closest
  $$`;

/**
 * search_documents becomes hash-partitioned on id into shards that the PostgreSQL engine searches
 * concurrently, one connection each, and merges: a broad query's matching, ranking and counting
 * then use every core. Each document gets the id of its search_facet_counts row (`facet_group`),
 * so matches are grouped by one integer instead of five text and array columns.
 * search_corrections answers NULL for a word the dictionary knows: a correctly spelt word needs no
 * trigram lookup.
 * The documents are emptied: the indexer rebuilds an empty index from the source tables when the
 * api starts (or run the `reindex` command).
 */
export class SearchShards1764000500000 implements MigrationInterface {
  name = 'SearchShards1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('TRUNCATE search_documents, search_facet_counts');
    await db.query(
      'ALTER TABLE search_facet_counts ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE',
    );
    await db.query('DROP TABLE search_documents');
    await db.query(`
      CREATE TABLE search_documents (
        kind text NOT NULL,
        id uuid NOT NULL,
        service_area text NOT NULL,
        organization_id uuid NOT NULL,
        owner_county text,
        procedure text,
        cpv_divisions text[] NOT NULL DEFAULT '{}',
        reuse_count integer NOT NULL DEFAULT 0,
        open_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        facet_group integer NOT NULL REFERENCES search_facet_counts (id),
        search_vector tsvector NOT NULL,
        head_vector tsvector NOT NULL,
        PRIMARY KEY (kind, id)
      ) PARTITION BY HASH (id)`);
    for (let shard = 0; shard < SHARDS; shard++) {
      // As before: the full vector out of line, the ranking vector inline (see SearchIndex1764000300000).
      await db.query(`
        CREATE TABLE search_documents_${shard} PARTITION OF search_documents
        FOR VALUES WITH (MODULUS ${SHARDS}, REMAINDER ${shard}) WITH (toast_tuple_target = 128)`);
    }
    await db.query('ALTER TABLE search_documents ALTER COLUMN head_vector SET STORAGE MAIN');
    await db.query('CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector)');
    await db.query(
      'CREATE INDEX search_documents_reuse_idx ON search_documents (reuse_count DESC, kind, id)',
    );
    await db.query('CREATE INDEX search_documents_open_until_idx ON search_documents (open_until)');
    await createFacetCountTriggers(db);
    await db.query(CORRECTIONS('AND NOT EXISTS (SELECT 1 FROM search_terms known WHERE known.word = term)'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(CORRECTIONS(''));
    await db.query('TRUNCATE search_documents, search_facet_counts');
    await db.query('CREATE TABLE search_documents_unsharded (LIKE search_documents INCLUDING ALL)');
    await db.query('ALTER TABLE search_documents_unsharded SET (toast_tuple_target = 128)');
    await db.query('DROP TABLE search_documents');
    await db.query('ALTER TABLE search_documents_unsharded RENAME TO search_documents');
    await db.query('ALTER TABLE search_documents DROP COLUMN facet_group');
    await createFacetCountTriggers(db);
    await db.query('ALTER TABLE search_facet_counts DROP COLUMN id');
  }
}

/** The statement triggers of SearchFacetCounts1764000400000, which go with the table they are on. */
async function createFacetCountTriggers(db: QueryRunner): Promise<void> {
  for (const [name, event, transitionTables] of FACET_COUNT_TRIGGERS) {
    await db.query(`
      CREATE TRIGGER search_facet_counts_${name} AFTER ${event} ON search_documents
      REFERENCING ${transitionTables} FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
  }
}
