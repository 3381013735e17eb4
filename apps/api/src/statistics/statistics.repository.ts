import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Totals {
  publishedSolutions: number;
  organizationsSharing: number;
  organizationsReusing: number;
  adoptionsInUse: number;
  hoursSavedPerYear: number;
  savingsNokPerYear: number;
}

export interface MunicipalityCounts {
  municipalityNumber: string;
  sharedSolutions: number;
  reusedSolutions: number;
}

/** A year and the grace period span at most 14 calendar months of confirmations that still count. */
export const MAX_MONTHS = 14;
const INT_MAX = 2_147_483_647;

const countingAdoptions = (join = '') =>
  `adoptions a JOIN solutions s ON s.id = a.solution_id AND s.status = 'PUBLISHED' ${join} WHERE a.counted`;

/**
 * Read-only sums over published solutions. The totals add up the solutions' own counters, so the caps
 * and the counting rule are those of each solution's page; per adoption, `counted` is what they sum.
 */
@Injectable()
export class StatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async totals(): Promise<Totals> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS "publishedSolutions",
              count(DISTINCT owner_id)::int AS "organizationsSharing",
              (SELECT count(DISTINCT a.organization_id)::int FROM ${countingAdoptions()}) AS "organizationsReusing",
              COALESCE(sum(in_use_count), 0)::int AS "adoptionsInUse",
              LEAST(COALESCE(sum(hours_saved_per_year), 0), ${INT_MAX})::int AS "hoursSavedPerYear",
              COALESCE(sum(savings_nok_per_year), 0)::float8 AS "savingsNokPerYear"
       FROM solutions WHERE status = 'PUBLISHED'`,
    );
    return row as Totals;
  }

  /** Counting adoptions by Oslo month, oldest first: every month from the first to the newest, at most MAX_MONTHS. */
  adoptionsByMonth(): Promise<{ month: string; count: number }[]> {
    return this.dataSource.query(
      `WITH counts AS (
         SELECT date_trunc('month', a.confirmed_at AT TIME ZONE 'Europe/Oslo') AS m, count(*)::int AS count
         FROM ${countingAdoptions()} GROUP BY 1)
       SELECT to_char(span.m, 'YYYY-MM') AS month, COALESCE(counts.count, 0) AS count
       FROM (SELECT generate_series(GREATEST(min(m), max(m) - interval '${MAX_MONTHS - 1} months'), max(m),
               interval '1 month') AS m FROM counts) span
       LEFT JOIN counts ON counts.m = span.m
       ORDER BY span.m`,
    );
  }

  async adoptionsByCounty(): Promise<{ countyNumber: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT o.county_number AS "countyNumber", count(*)::int AS count
       FROM ${countingAdoptions('JOIN organizations o ON o.id = a.organization_id')}
         AND o.county_number IS NOT NULL
       GROUP BY 1`,
    );
  }

  /** Published solutions with counting adoptions, by inUseCount, then reuseCount. */
  async mostReusedIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM solutions WHERE status = 'PUBLISHED' AND reuse_count > 0
       ORDER BY in_use_count DESC, reuse_count DESC, published_at DESC, id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /** The county's municipality organisations that share or reuse anything. */
  municipalityCounts(countyNumber: string): Promise<MunicipalityCounts[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT o.municipality_number AS "municipalityNumber",
           (SELECT count(*)::int FROM solutions s WHERE s.owner_id = o.id AND s.status = 'PUBLISHED')
             AS "sharedSolutions",
           (SELECT count(*)::int FROM ${countingAdoptions()} AND a.organization_id = o.id) AS "reusedSolutions"
         FROM organizations o WHERE o.county_number = $1 AND o.municipality_number IS NOT NULL) m
       WHERE "sharedSolutions" > 0 OR "reusedSolutions" > 0`,
      [countyNumber],
    );
  }
}
