import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * publiccode.yml: the organisations a solution's file names in `usedBy`, kept apart from adoptions
 * (they are shown as «oppgitt i publiccode.yml» and never counted), and the language the solution's
 * title, summary and description are written in when it was imported in another than bokmål.
 */
export class Publiccode1766700000000 implements MigrationInterface {
  name = 'Publiccode1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE solutions
        ADD COLUMN declared_users text[] NOT NULL DEFAULT '{}',
        ADD COLUMN text_language text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE solutions DROP COLUMN declared_users, DROP COLUMN text_language');
  }
}
