import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per signed-in session; a token names its row in `jti` and is honoured only while the row
 * exists and has not expired, so logging out or changing the password ends tokens at once.
 */
export class Sessions1764003100000 implements MigrationInterface {
  name = 'Sessions1764003100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX sessions_user_id_idx ON sessions (user_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE sessions');
  }
}
