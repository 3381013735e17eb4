import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { fakeOrganizationNumber } from './support/test-app';
import { cloneTemplate, dropDatabase, testServerFromEnv } from './support/test-database';

const MIGRATION = 'SolutionProfile1765000500000';

/** Solutions written before SolutionProfile keep their licence, source code link and contact in the new fields. */
describe('migrating solutions to what a solution is', () => {
  const name = `lokomotiv_solution_profile_migration_${process.pid}_${Date.now()}`;
  let db: DataSource;
  const query = <T>(sql: string, params: unknown[] = []) => db.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    db = await openDatabase(await cloneTemplate(testServerFromEnv(), name), 2);
    while ((await query('SELECT 1 FROM migrations WHERE name = $1', [MIGRATION])).length)
      await db.undoLastMigration();
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(testServerFromEnv(), name);
  });

  it('carries old licences, source links and contact e-mails over, leaves the old columns, and goes back', async () => {
    const [{ id: org }] = await query<{ id: string }>(
      "INSERT INTO organizations (name, kind, organization_number) VALUES ('Testkommune', 'MUNICIPALITY', $1) RETURNING id",
      [fakeOrganizationNumber()],
    );
    const old: [string, string | null, string | null, string | null][] = [
      ['spdx', 'MIT', 'https://github.com/kommune/a', 'post@kommune.example'],
      ['lower case', ' eupl-1.2 ', null, null],
      ['proprietary', 'Proprietær', null, 'it@kommune.example'],
      ['free text', 'Proprietær, delt kommunal lisens', null, null],
      ['not open', 'CC-BY-NC-4.0', null, null],
      ['none', null, null, null],
    ];
    for (const [title, license, sourceCodeUrl, contactEmail] of old)
      await query(
        `INSERT INTO solutions (title, summary, description, service_area, status, owner_id, license, source_code_url, contact_email)
         VALUES ($1, 'x', 'x', 'beredskap', 'PUBLISHED', $2, $3, $4, $5)`,
        [title, org, license, sourceCodeUrl, contactEmail],
      );

    await db.runMigrations();

    const rows = await query<Record<string, unknown>>(
      `SELECT title, kind, maturity, license, license_id, open_source, links, contact, source_code_url, contact_email
       FROM solutions ORDER BY title`,
    );
    const byTitle = Object.fromEntries(rows.map((row) => [row.title, row]));
    expect(byTitle.spdx).toMatchObject({
      kind: 'SOFTWARE',
      maturity: 'PRODUCTION',
      license: 'MIT',
      license_id: 'MIT',
      open_source: true,
      links: [{ label: 'Kildekode', url: 'https://github.com/kommune/a' }],
      contact: { name: 'Testkommune', role: null, email: 'post@kommune.example', phone: null },
      source_code_url: 'https://github.com/kommune/a',
      contact_email: 'post@kommune.example',
    });
    expect(byTitle['lower case']).toMatchObject({
      license_id: 'EUPL-1.2',
      open_source: true,
      links: [],
      contact: null,
    });
    expect(byTitle.proprietary).toMatchObject({ license_id: 'LicenseRef-Proprietary', open_source: false });
    expect(byTitle['free text']).toMatchObject({
      license_id: null,
      open_source: false,
      license: 'Proprietær, delt kommunal lisens',
    });
    expect(byTitle['not open']).toMatchObject({ license_id: 'CC-BY-NC-4.0', open_source: false });
    expect(byTitle.none).toMatchObject({ license_id: null, open_source: false, links: [], contact: null });

    while ((await query('SELECT 1 FROM migrations WHERE name = $1', [MIGRATION])).length)
      await db.undoLastMigration();
    const [columns] = await query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'solutions' AND column_name IN ('kind', 'license_id', 'links')",
    );
    expect(columns.n).toBe(0);
    expect(
      await query('SELECT license, source_code_url, contact_email FROM solutions WHERE title = $1', ['spdx']),
    ).toEqual([
      {
        license: 'MIT',
        source_code_url: 'https://github.com/kommune/a',
        contact_email: 'post@kommune.example',
      },
    ]);
  });
});
