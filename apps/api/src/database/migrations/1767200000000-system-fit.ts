import { MigrationInterface, QueryRunner } from 'typeorm';

/** An organisation's system landscape, and what a solution needs of it ("any of these systems", each). */
export class SystemFit1767200000000 implements MigrationInterface {
  name = 'SystemFit1767200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organization_systems (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        system_id text NOT NULL,
        PRIMARY KEY (organization_id, system_id)
      )`);
    await db.query(`ALTER TABLE solutions ADD COLUMN requirements jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE solutions DROP COLUMN requirements');
    await db.query('DROP TABLE organization_systems');
  }
}
