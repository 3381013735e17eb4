import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts people manage: a user can be deactivated (and reactivated), and their last sign-in is known. */
export class UserAccounts1768000000000 implements MigrationInterface {
  name = 'UserAccounts1768000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN last_login_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users DROP COLUMN deactivated_at, DROP COLUMN last_login_at');
  }
}
