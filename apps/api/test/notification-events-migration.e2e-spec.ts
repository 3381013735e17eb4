import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/database/data-source';
import { fakeOrganizationNumber } from './support/test-app';
import { cloneTemplate, dropDatabase, testServerFromEnv } from './support/test-database';

const MIGRATION = 'NotificationEvents1764001000000';

/** Notifications written as Norwegian sentences, before NotificationEvents, become events with params. */
describe('migrating notifications to events', () => {
  const name = `lokomotiv_notification_migration_${process.pid}_${Date.now()}`;
  let db: DataSource;
  const one = async <T>(sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as T[])[0];

  beforeAll(async () => {
    db = await openDatabase(await cloneTemplate(testServerFromEnv(), name), 2);
    while (await one(`SELECT 1 FROM migrations WHERE name = $1`, [MIGRATION])) await db.undoLastMigration();
  });
  afterAll(async () => {
    await db.destroy();
    await dropDatabase(testServerFromEnv(), name);
  });

  it('derives the params from the subjects and event keys, keeps the meaning, and goes back to the sentences', async () => {
    const { id: org } = await one<{ id: string }>(
      "INSERT INTO organizations (name, kind, organization_number) VALUES ('Testkommune', 'MUNICIPALITY', $1) RETURNING id",
      [fakeOrganizationNumber()],
    );
    const { id: user } = await one<{ id: string }>(
      "INSERT INTO users (email, name, password_hash, role, organization_id) VALUES ('m@test.example', 'M', 'x', 'MEMBER', $1) RETURNING id",
      [org],
    );
    const { id: solution } = await one<{ id: string }>(
      `INSERT INTO solutions (title, summary, description, service_area, status, owner_id)
       VALUES ('Lekkasjevarsling', 'x', 'x', 'beredskap', 'PUBLISHED', $1) RETURNING id`,
      [org],
    );
    const { id: need } = await one<{ id: string }>(
      "INSERT INTO needs (title, description, service_area, owner_id) VALUES ('Nytt navn', 'x', 'beredskap', $1) RETURNING id",
      [org],
    );
    const { id: notice } = await one<{ id: string }>(
      `INSERT INTO procurement_notices (title, description, procedure, cpv_codes, service_area, deadline, buyer_id)
       VALUES ('Anbud: «vann»', 'x', 'OPEN', '{72000000-5}', 'beredskap', now(), $1) RETURNING id`,
      [org],
    );
    const gone = crypto.randomUUID();
    const response = crypto.randomUUID();
    const old: [string, string, string, string, string][] = [
      [
        'SAVED_SEARCH_MATCH',
        `SAVED_SEARCH_MATCH:${solution}`,
        'SOLUTION',
        solution,
        'Ny løsning: Lekkasjevarsling',
      ],
      [
        'NEW_NEED_RESPONSE',
        `NEW_NEED_RESPONSE:${response}`,
        'NEED',
        need,
        'Nytt svar på behovet: Gammelt navn',
      ],
      [
        'NEW_NEED_QUESTION',
        `NEW_NEED_QUESTION:${response}`,
        'NEED',
        gone,
        'Nytt spørsmål om behovet: Slettet: behov',
      ],
      [
        'NEED_PARTNER_ACCEPTED',
        `NEED_PARTNER_ACCEPTED:${need}:${org}:1`,
        'NEED',
        need,
        'Dere er godtatt som partner på behovet: Gammelt navn',
      ],
      [
        'NEED_RESPONSE_STATUS',
        `NEED_RESPONSE_STATUS:${response}:DECLINED`,
        'NEED',
        need,
        'Svaret ditt ble ikke valgt: Gammelt navn',
      ],
      [
        'RESULTING_SOLUTION_LINKED',
        `RESULTING_SOLUTION_LINKED:${notice}:${solution}`,
        'SOLUTION',
        solution,
        'Anskaffelsen «Anbud: «vann»» ga løsningen: Lekkasjevarsling',
      ],
      [
        'RESULTING_SOLUTION_LINKED',
        `RESULTING_SOLUTION_LINKED:${notice}`,
        'PROCUREMENT_NOTICE',
        notice,
        'Anskaffelsen for et behov du følger er avsluttet: Anbud: «vann»',
      ],
    ];
    for (const [event, key, kind, subject, title] of old) {
      await db.query(
        `INSERT INTO notifications (user_id, event, event_key, subject_kind, subject_id, title)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [user, event, key, kind, subject, title],
      );
    }
    const byKey = async <T>(column: string) => {
      const rows = (await db.query(`SELECT event_key, ${column} AS value FROM notifications`)) as {
        event_key: string;
        value: T;
      }[];
      return Object.fromEntries(rows.map((row) => [row.event_key, row.value]));
    };

    await db.runMigrations();
    expect(await byKey('params')).toEqual({
      [`SAVED_SEARCH_MATCH:${solution}`]: { subjectTitle: 'Lekkasjevarsling' },
      [`NEW_NEED_RESPONSE:${response}`]: { subjectTitle: 'Nytt navn' },
      [`NEW_NEED_QUESTION:${response}`]: { subjectTitle: 'Slettet: behov' },
      [`NEED_PARTNER_ACCEPTED:${need}:${org}:1`]: { subjectTitle: 'Nytt navn' },
      [`NEED_RESPONSE_STATUS:${response}:DECLINED`]: {
        subjectTitle: 'Nytt navn',
        responseStatus: 'DECLINED',
      },
      [`RESULTING_SOLUTION_LINKED:${notice}:${solution}`]: {
        subjectTitle: 'Lekkasjevarsling',
        noticeTitle: 'Anbud: «vann»',
      },
      [`RESULTING_SOLUTION_LINKED:${notice}`]: {
        subjectTitle: 'Anbud: «vann»',
        noticeTitle: 'Anbud: «vann»',
      },
    });

    while (await one(`SELECT 1 FROM migrations WHERE name = $1`, [MIGRATION])) await db.undoLastMigration();
    const titles = await byKey<string>('title');
    expect(titles[`SAVED_SEARCH_MATCH:${solution}`]).toBe('Ny løsning: Lekkasjevarsling');
    expect(titles[`NEED_RESPONSE_STATUS:${response}:DECLINED`]).toBe('Svaret ditt ble ikke valgt: Nytt navn');
    expect(titles[`RESULTING_SOLUTION_LINKED:${notice}:${solution}`]).toBe(
      'Anskaffelsen «Anbud: «vann»» ga løsningen: Lekkasjevarsling',
    );
    expect(titles[`NEW_NEED_QUESTION:${response}`]).toBe('Nytt spørsmål om behovet: Slettet: behov');
    expect(titles[`NEED_PARTNER_ACCEPTED:${need}:${org}:1`]).toBe(
      'Dere er godtatt som partner på behovet: Nytt navn',
    );
  });
});
