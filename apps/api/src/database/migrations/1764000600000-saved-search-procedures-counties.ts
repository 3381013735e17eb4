import { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved searches also filter on procedure and the owner's county, as the search page does. */
export class SavedSearchProceduresCounties1764000600000 implements MigrationInterface {
  name = 'SavedSearchProceduresCounties1764000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE saved_searches
        ADD COLUMN procedures text[] NOT NULL DEFAULT '{}',
        ADD COLUMN county_numbers text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE saved_searches DROP COLUMN procedures, DROP COLUMN county_numbers');
  }
}
