import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * search_documents becomes hash-partitioned on id into shards (one per core of the reference
 * machine, 2) that the PostgreSQL engine searches concurrently, one connection each, and merges: a
 * broad query's matching, ranking and counting then use every core. Each document gets the id of
 * its search_facet_counts row (`facet_group`), so matches are grouped by one integer instead of five
 * text and array columns.
 * search_corrections answers NULL for a word the dictionary knows: a correctly spelt word needs no
 * trigram lookup.
 * The documents are emptied: the indexer rebuilds an empty index from the source tables when the
 * api starts (or run the `reindex` command).
 * PostgreSQL keeps a function's text as given: the bodies below are the ones that ran, spaces and all.
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
    // As before: the full vector out of line, the ranking vector inline (see SearchIndex1764000300000).
    await db.query(`
        CREATE TABLE search_documents_0 PARTITION OF search_documents
        FOR VALUES WITH (MODULUS 2, REMAINDER 0) WITH (toast_tuple_target = 128)`);
    await db.query(`
        CREATE TABLE search_documents_1 PARTITION OF search_documents
        FOR VALUES WITH (MODULUS 2, REMAINDER 1) WITH (toast_tuple_target = 128)`);
    await db.query('ALTER TABLE search_documents ALTER COLUMN head_vector SET STORAGE MAIN');
    await db.query('CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector)');
    await db.query(
      'CREATE INDEX search_documents_reuse_idx ON search_documents (reuse_count DESC, kind, id)',
    );
    await db.query('CREATE INDEX search_documents_open_until_idx ON search_documents (open_until)');
    // The statement triggers of SearchFacetCounts1764000400000, which go with the table they are on.
    await db.query(`
      CREATE TRIGGER search_facet_counts_insert AFTER INSERT ON search_documents
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query(`
      CREATE TRIGGER search_facet_counts_update AFTER UPDATE ON search_documents
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query(`
      CREATE TRIGGER search_facet_counts_delete AFTER DELETE ON search_documents
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query(`
  CREATE OR REPLACE FUNCTION search_corrections(term text, threshold real, max_words int) RETURNS text
  LANGUAGE sql STABLE SET enable_seqscan = off AS $$
    SELECT string_agg(quote_literal(word), ' | ') FROM (
      SELECT word FROM search_terms WHERE word % term AND similarity(word, term) >= threshold AND NOT EXISTS (SELECT 1 FROM search_terms known WHERE known.word = term)
      ORDER BY similarity(word, term) DESC LIMIT max_words) AS closest
  $$`);
  }

  /** Back to the unsharded table of SearchIndex1764000300000 with the triggers and index of SearchFacetCounts1764000400000. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION search_corrections(term text, threshold real, max_words int) RETURNS text
      LANGUAGE sql STABLE SET enable_seqscan = off AS $$
        SELECT string_agg(quote_literal(word), ' | ') FROM (
          SELECT word FROM search_terms WHERE word % term AND similarity(word, term) >= threshold
          ORDER BY similarity(word, term) DESC LIMIT max_words) AS closest
      $$`);
    await db.query('DROP TABLE search_documents');
    await db.query('TRUNCATE search_facet_counts');
    await db.query('ALTER TABLE search_facet_counts DROP COLUMN id');
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
        search_vector tsvector NOT NULL,
        head_vector tsvector NOT NULL,
        PRIMARY KEY (kind, id)
      ) WITH (toast_tuple_target = 128)`);
    await db.query('ALTER TABLE search_documents ALTER COLUMN head_vector SET STORAGE MAIN');
    await db.query('CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector)');
    await db.query(
      'CREATE INDEX search_documents_reuse_idx ON search_documents (reuse_count DESC, kind, id)',
    );
    await db.query('CREATE INDEX search_documents_open_until_idx ON search_documents (open_until)');
    await db.query(`
      CREATE TRIGGER search_facet_counts_insert AFTER INSERT ON search_documents
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query(`
      CREATE TRIGGER search_facet_counts_update AFTER UPDATE ON search_documents
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
    await db.query(`
      CREATE TRIGGER search_facet_counts_delete AFTER DELETE ON search_documents
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`);
  }
}
