import { MigrationInterface, QueryRunner } from 'typeorm';
import { publicItemsView, vectorOfText } from './public-items-view';

/** Each item's vector made from its folded text. */
export const FOLDED_VECTORS = vectorOfText((text) => `search_fold(${text})`);

/**
 * Saved searches match the way the search page does with æ, ø and å: `search_fold` is
 * foldNorwegian (src/search/norwegian-text.ts) in SQL, applied to the items' text and to the saved
 * query, so "byggesoknad" finds "byggesøknad" in notifications and feeds too.
 */
export class SavedSearchFolding1764000700000 implements MigrationInterface {
  name = 'SavedSearchFolding1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION search_fold(text text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT replace(replace(regexp_replace(
          normalize(replace(replace(lower(text), 'æ', 'ae'), 'ø', 'o'), NFD),
          '[\\u0300-\\u036f]', '', 'g'), 'aa', 'a'), 'oe', 'o')
      $$`);
    await db.query(publicItemsView(FOLDED_VECTORS));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(publicItemsView(vectorOfText()));
    await db.query('DROP FUNCTION search_fold(text)');
  }
}
