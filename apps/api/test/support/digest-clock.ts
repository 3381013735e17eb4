import type { TestApp } from './test-app';

/** The first 07:00 and the first Monday 07:00 in Oslo after now, counted in local days. */
export async function nextDigestTimes(api: TestApp): Promise<{ sevenTomorrow: Date; nextMonday: Date }> {
  const [times] = (await api.dataSource.query(
    `WITH t AS (SELECT now() AT TIME ZONE 'Europe/Oslo' AS local),
     d AS (SELECT local::date + CASE WHEN local::time < time '07:00' THEN 0 ELSE 1 END AS day FROM t)
     SELECT timezone('Europe/Oslo', d.day + time '07:00') AS "sevenTomorrow",
            timezone('Europe/Oslo', d.day + ((8 - extract(isodow FROM d.day)::int) % 7) + time '07:00') AS "nextMonday"
     FROM d`,
  )) as { sevenTomorrow: Date; nextMonday: Date }[];
  return times;
}
