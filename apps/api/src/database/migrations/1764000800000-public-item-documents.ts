import { MigrationInterface, QueryRunner } from 'typeorm';
import { FOLDED_VECTORS } from './1764000700000-saved-search-folding';
import { publicItemsView, publicItemText } from './public-items-view';

const SOURCES = [
  ['solutions', 's'],
  ['needs', 'n'],
  ['procurement_notices', 'p'],
] as const;

/**
 * Each source table keeps its items' folded full text vector in a stored generated column with a
 * GIN index, and public_items reads it from there: a saved search's Atom feed used to build the
 * vector of every item on each request (seconds at 100,000 solutions), and now finds its matches
 * through the index. array_to_string is only STABLE, so generated columns join tags with an
 * IMMUTABLE wrapper (true for text[]).
 */
export class PublicItemDocuments1764000800000 implements MigrationInterface {
  name = 'PublicItemDocuments1764000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION search_join_words(words text[], separator text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(words, separator) $$`);
    for (const [table, alias] of SOURCES) {
      const text = publicItemText(alias, { qualified: false, joinWords: 'search_join_words' });
      await db.query(`
        ALTER TABLE ${table} ADD COLUMN search_document tsvector
        GENERATED ALWAYS AS (to_tsvector('norwegian', search_fold(${text}))) STORED`);
      await db.query(`CREATE INDEX ${table}_search_document_idx ON ${table} USING gin (search_document)`);
    }
    await db.query(publicItemsView((alias) => `${alias}.search_document`));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(publicItemsView(FOLDED_VECTORS));
    for (const [table] of SOURCES) await db.query(`ALTER TABLE ${table} DROP COLUMN search_document`);
    await db.query('DROP FUNCTION search_join_words(text[], text)');
  }
}
