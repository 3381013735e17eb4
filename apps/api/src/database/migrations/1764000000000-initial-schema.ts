import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'COUNTY_MUNICIPALITY', 'STATE_AGENCY', 'COMPANY', 'OTHER')),
        organization_number char(9) UNIQUE,
        municipality_number char(4) UNIQUE,
        county_number char(2),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('MEMBER', 'ADMIN')),
        is_platform_admin boolean NOT NULL DEFAULT false,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX users_email_unique ON users (lower(email))');
    await db.query('CREATE INDEX users_organization_idx ON users (organization_id)');
    await db.query(`
      CREATE TABLE solutions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        service_area text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        license text,
        source_code_url text,
        contact_email text,
        benefits text,
        annual_savings_nok integer CHECK (annual_savings_nok >= 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        owner_id uuid NOT NULL REFERENCES organizations(id),
        reuse_count integer NOT NULL DEFAULT 0 CHECK (reuse_count >= 0),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX solutions_owner_idx ON solutions (owner_id)');
    await db.query('CREATE INDEX solutions_status_reuse_idx ON solutions (status, reuse_count DESC)');
    await db.query(`
      CREATE TABLE adoptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        solution_id uuid NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        stage text NOT NULL CHECK (stage IN ('EVALUATING', 'PILOTING', 'IN_USE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT adoptions_one_per_organization UNIQUE (solution_id, organization_id)
      )`);
    await db.query('CREATE INDEX adoptions_organization_idx ON adoptions (organization_id)');
    await db.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        document_kind text NOT NULL,
        document_id uuid NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await db.query('CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['search_outbox', 'adoptions', 'solutions', 'users', 'organizations']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
