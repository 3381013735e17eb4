import { MigrationInterface, QueryRunner } from 'typeorm';

/** A joined organisation becomes a partner of the need when its owner accepts it. */
export class NeedPartners1764004000000 implements MigrationInterface {
  name = 'NeedPartners1764004000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE need_participants ADD COLUMN accepted_at timestamptz');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE need_participants DROP COLUMN accepted_at');
  }
}
