import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedsAndProcurement1764000100000 implements MigrationInterface {
  name = 'NeedsAndProcurement1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL,
        service_area text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROCUREMENT', 'SOLVED', 'CLOSED')),
        owner_id uuid NOT NULL REFERENCES organizations(id),
        participant_count integer NOT NULL DEFAULT 0 CHECK (participant_count >= 0),
        response_count integer NOT NULL DEFAULT 0 CHECK (response_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX needs_owner_idx ON needs (owner_id)');
    await db.query('CREATE INDEX needs_status_created_idx ON needs (status, created_at DESC)');
    await db.query(`
      CREATE TABLE need_participants (
        need_id uuid NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (need_id, organization_id)
      )`);
    await db.query('CREATE INDEX need_participants_organization_idx ON need_participants (organization_id)');
    await db.query(`
      CREATE TABLE need_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        pitch text NOT NULL,
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'SHORTLISTED', 'DECLINED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT need_responses_one_per_organization UNIQUE (need_id, organization_id)
      )`);
    await db.query('CREATE INDEX need_responses_organization_idx ON need_responses (organization_id)');
    await db.query(`
      CREATE TABLE procurement_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL,
        procedure text NOT NULL,
        cpv_codes text[] NOT NULL,
        service_area text NOT NULL,
        deadline timestamptz NOT NULL,
        estimated_value_nok integer CHECK (estimated_value_nok >= 0),
        external_url text,
        buyer_id uuid NOT NULL REFERENCES organizations(id),
        need_id uuid REFERENCES needs(id),
        resulting_solution_id uuid REFERENCES solutions(id),
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX procurement_notices_buyer_idx ON procurement_notices (buyer_id)');
    await db.query('CREATE INDEX procurement_notices_need_idx ON procurement_notices (need_id)');
    await db.query('CREATE INDEX procurement_notices_deadline_idx ON procurement_notices (deadline)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['procurement_notices', 'need_responses', 'need_participants', 'needs']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
