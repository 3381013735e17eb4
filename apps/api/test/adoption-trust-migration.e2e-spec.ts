import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { fakeOrganizationNumber } from './support/test-app';
import { cloneTemplate, dropDatabase, testServerFromEnv } from './support/test-database';

const MIGRATION = 'AdoptionTrust1765000400000';

/** Adoptions made before confirmations existed keep counting: confirmed as of their last update. */
describe('migrating adoptions to confirmations', () => {
  const name = `lokomotiv_adoption_migration_${process.pid}_${Date.now()}`;
  let db: DataSource;
  const one = async <T>(sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as T[])[0];

  beforeAll(async () => {
    db = await openDatabase(await cloneTemplate(testServerFromEnv(), name), 2);
    while (await one('SELECT 1 FROM migrations WHERE name = $1', [MIGRATION])) await db.undoLastMigration();
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(testServerFromEnv(), name);
  });

  it('confirms existing adoptions at their last update, counts them by stage, and verifies public bodies', async () => {
    const organization = async (kind: string) =>
      (
        await one<{ id: string }>(
          'INSERT INTO organizations (name, kind, organization_number) VALUES ($1, $2, $3) RETURNING id',
          [`Org ${kind} ${Math.random()}`, kind, fakeOrganizationNumber()],
        )
      ).id;
    const owner = await organization('MUNICIPALITY');
    const company = await organization('COMPANY');
    const { id: solution } = await one<{ id: string }>(
      `INSERT INTO solutions (title, summary, description, service_area, status, owner_id, reuse_count)
       VALUES ('Robot', 'x', 'x', 'helse-og-omsorg', 'PUBLISHED', $1, 2) RETURNING id`,
      [owner],
    );
    const updatedAt = '2026-03-01T10:00:00.000Z';
    for (const [stage, kind] of [
      ['IN_USE', 'MUNICIPALITY'],
      ['EVALUATING', 'COUNTY_MUNICIPALITY'],
    ]) {
      await db.query(
        `INSERT INTO adoptions (solution_id, organization_id, stage, created_at, updated_at)
         VALUES ($1, $2, $3, '2025-01-01', $4)`,
        [solution, await organization(kind), stage, updatedAt],
      );
    }

    await db.runMigrations();

    const adoptions = (await db.query(
      'SELECT confirmed_at, started_at, counted FROM adoptions WHERE solution_id = $1',
      [solution],
    )) as { confirmed_at: Date; started_at: Date; counted: boolean }[];
    expect(
      adoptions.map((a) => [a.confirmed_at.toISOString(), a.started_at.toISOString(), a.counted]),
    ).toEqual([
      [updatedAt, new Date('2025-01-01').toISOString(), true],
      [updatedAt, new Date('2025-01-01').toISOString(), true],
    ]);
    expect(
      await one('SELECT reuse_count, in_use_count, evaluating_count FROM solutions WHERE id = $1', [
        solution,
      ]),
    ).toEqual({ reuse_count: 2, in_use_count: 1, evaluating_count: 1 });
    expect(await one('SELECT verified FROM organizations WHERE id = $1', [owner])).toEqual({
      verified: true,
    });
    expect(await one('SELECT verified FROM organizations WHERE id = $1', [company])).toEqual({
      verified: false,
    });
  });
});
