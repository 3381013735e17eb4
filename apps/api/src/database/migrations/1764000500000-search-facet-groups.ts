import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_CORRECTIONS = `
  CREATE OR REPLACE FUNCTION search_corrections(term text, threshold real, max_words int) RETURNS text
  LANGUAGE sql STABLE SET enable_seqscan = off AS $$
    SELECT string_agg(quote_literal(word), ' | ') FROM (
      SELECT word FROM search_terms WHERE word % term AND similarity(word, term) >= threshold
      ORDER BY similarity(word, term) DESC LIMIT max_words) AS closest
  $$`;

/**
 * Each row of search_facet_counts gets an id, and each document the id of its row
 * (`facet_group`): a text search groups its matches by that one integer instead of five text and
 * array columns, and joins the few groups to their values.
 * search_corrections answers NULL for a word the dictionary knows: a correctly spelt word needs
 * no trigram lookup.
 * The documents are emptied because they lack their group: the indexer rebuilds an empty index
 * from the source tables when the api starts (or run the `reindex` command).
 */
export class SearchFacetGroups1764000500000 implements MigrationInterface {
  name = 'SearchFacetGroups1764000500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('TRUNCATE search_documents, search_facet_counts');
    await db.query(
      'ALTER TABLE search_facet_counts ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE',
    );
    await db.query(
      'ALTER TABLE search_documents ADD COLUMN facet_group integer NOT NULL REFERENCES search_facet_counts (id)',
    );
    await db.query(`
      CREATE OR REPLACE FUNCTION search_corrections(term text, threshold real, max_words int) RETURNS text
      LANGUAGE sql STABLE SET enable_seqscan = off AS $$
        SELECT string_agg(quote_literal(word), ' | ') FROM (
          SELECT word FROM search_terms
          WHERE word % term AND similarity(word, term) >= threshold
            AND NOT EXISTS (SELECT 1 FROM search_terms known WHERE known.word = term)
          ORDER BY similarity(word, term) DESC LIMIT max_words) AS closest
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(OLD_CORRECTIONS);
    await db.query('TRUNCATE search_documents, search_facet_counts');
    await db.query('ALTER TABLE search_documents DROP COLUMN facet_group');
    await db.query('ALTER TABLE search_facet_counts DROP COLUMN id');
  }
}
