import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { ContactPerson } from '../common/contact-person';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { SolutionStatus } from '../solutions/solution-status';
import { AdoptionEntity } from './adoption.entity';
import { ASK_DAYS_BEFORE_DUE, countsAt, GRACE_DAYS, REMIND_DAYS_AFTER_DUE } from './adoption-confirmation';
import type { AdoptionStage } from './adoption-stage';

/** The most a story's figures add to a solution's totals, whatever was stored before a limit changed. */
export const MAX_STORY_HOURS_PER_YEAR = 100_000;
export const MAX_STORY_SAVINGS_NOK_PER_YEAR = 100_000_000;

export interface StoryFields {
  hoursSavedPerYear: number | null;
  savingsNokPerYear: number | null;
  adaptations: string | null;
  rating: number | null;
  review: string | null;
  contact: ContactPerson | null;
}

/** An adoption whose confirmation the adopter is to be asked for (or reminded of). */
export interface ConfirmationRequest {
  adoptionId: string;
  solutionId: string;
  solutionTitle: string;
  organizationId: string;
  confirmedAt: Date;
}

/**
 * Adoptions and the counters they move. Every write locks the solution row first, then changes the
 * adoption, then recounts the solution from its adoptions: since each statement sees what committed
 * before it, and the lock orders the writers of one solution, the counters are always exact.
 */
@Injectable()
export class AdoptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findBySolutionIds(solutionIds: readonly string[]): Promise<AdoptionEntity[]> {
    return this.dataSource
      .getRepository(AdoptionEntity)
      .find({ where: { solutionId: In([...solutionIds]) }, order: { createdAt: 'ASC' } });
  }

  findOne(solutionId: string, organizationId: string): Promise<AdoptionEntity | null> {
    return this.dataSource.getRepository(AdoptionEntity).findOneBy({ solutionId, organizationId });
  }

  /** An organisation's adoptions of published solutions, newest first. */
  /** The organisations with at least one counting adoption of a published solution. */
  async adoptingOrganizationIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT a.organization_id AS id FROM adoptions a
       JOIN solutions s ON s.id = a.solution_id AND s.status = 'PUBLISHED' WHERE a.counted`,
    );
    return rows.map((r) => r.id);
  }

  async listByOrganization(organizationId: string, page: PageArgs): Promise<Page<AdoptionEntity>> {
    const [items, totalCount] = await this.dataSource
      .getRepository(AdoptionEntity)
      .createQueryBuilder('a')
      .innerJoin('solutions', 's', "s.id = a.solution_id AND s.status = 'PUBLISHED'")
      .where('a.organizationId = :organizationId', { organizationId })
      .orderBy('a.updatedAt', 'DESC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, totalCount };
  }

  /**
   * Takes the solution's row lock, which every change of its adoptions holds until it commits, and
   * answers the solution's status as of then (an archive waits for the lock, or the lock for it).
   */
  async lockSolution(unitOfWork: UnitOfWork, solutionId: string): Promise<SolutionStatus> {
    const [row]: { status: SolutionStatus }[] = await unitOfWork.query(
      'SELECT status FROM solutions WHERE id = $1 FOR UPDATE',
      [solutionId],
    );
    return row.status;
  }

  /** The organisation's adoption as the caller's transaction sees it. */
  findIn(unitOfWork: UnitOfWork, solutionId: string, organizationId: string): Promise<AdoptionEntity | null> {
    return unitOfWork.getRepository(AdoptionEntity).findOneBy({ solutionId, organizationId });
  }

  /** The adopter registers or changes its adoption, which confirms it as of `now`. */
  async upsert(
    unitOfWork: UnitOfWork,
    solutionId: string,
    organizationId: string,
    stage: AdoptionStage,
    now: Date,
  ): Promise<AdoptionEntity> {
    await unitOfWork.query(
      `INSERT INTO adoptions (solution_id, organization_id, stage, started_at, confirmed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4, $4, $4)
       ON CONFLICT ON CONSTRAINT adoptions_one_per_organization DO UPDATE
       SET stage = EXCLUDED.stage, confirmed_at = $4, updated_at = $4, due_notified_at = NULL, reminded_at = NULL`,
      [solutionId, organizationId, stage, now],
    );
    return this.get(unitOfWork, solutionId, organizationId);
  }

  /** The owner's proposal: recorded unconfirmed; false when the organisation already has an adoption. */
  async propose(
    unitOfWork: UnitOfWork,
    solutionId: string,
    organizationId: string,
    stage: AdoptionStage,
    proposedBy: string,
    now: Date,
  ): Promise<boolean> {
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO adoptions (solution_id, organization_id, stage, proposed_by, started_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5, $5)
       ON CONFLICT ON CONSTRAINT adoptions_one_per_organization DO NOTHING RETURNING id`,
      [solutionId, organizationId, stage, proposedBy, now],
    );
    return inserted.length > 0;
  }

  /** Still at this stage: due again a year after `now`. False when there is no adoption. */
  async confirm(unitOfWork: UnitOfWork, solutionId: string, organizationId: string, now: Date) {
    const [, updated] = (await unitOfWork.query(
      `UPDATE adoptions SET confirmed_at = $3, updated_at = $3, due_notified_at = NULL, reminded_at = NULL
       WHERE solution_id = $1 AND organization_id = $2`,
      [solutionId, organizationId, now],
    )) as [unknown, number];
    return updated > 0;
  }

  async setStory(
    unitOfWork: UnitOfWork,
    solutionId: string,
    organizationId: string,
    story: StoryFields,
    now: Date,
  ): Promise<boolean> {
    const { contact } = story;
    const [, updated] = (await unitOfWork.query(
      `UPDATE adoptions SET story_hours_saved_per_year = $3, story_savings_nok_per_year = $4,
         story_adaptations = $5, story_rating = $6, story_review = $7, story_updated_at = $8, updated_at = $8,
         contact_name = $9, contact_role = $10, contact_email = $11, contact_phone = $12
       WHERE solution_id = $1 AND organization_id = $2`,
      [
        solutionId,
        organizationId,
        story.hoursSavedPerYear,
        story.savingsNokPerYear,
        story.adaptations,
        story.rating,
        story.review,
        now,
        contact?.name ?? null,
        contact?.role ?? null,
        contact?.email ?? null,
        contact?.phone ?? null,
      ],
    )) as [unknown, number];
    return updated > 0;
  }

  /** Deletes the adoption; false when there was none. */
  async delete(unitOfWork: UnitOfWork, solutionId: string, organizationId: string): Promise<boolean> {
    const [, deleted] = (await unitOfWork.query(
      'DELETE FROM adoptions WHERE solution_id = $1 AND organization_id = $2 RETURNING id',
      [solutionId, organizationId],
    )) as [unknown[], number];
    return deleted > 0;
  }

  get(unitOfWork: UnitOfWork, solutionId: string, organizationId: string): Promise<AdoptionEntity> {
    return unitOfWork.getRepository(AdoptionEntity).findOneByOrFail({ solutionId, organizationId });
  }

  /**
   * Marks which of the solution's adoptions count at `now` and sets its counters from them; run with
   * the solution's lock held. True when anything a reader sees (a counter) changed.
   */
  async recount(unitOfWork: UnitOfWork, solutionId: string, now: Date): Promise<boolean> {
    await unitOfWork.query(
      `UPDATE adoptions SET counted = ${countsAt('$2')}
       WHERE solution_id = $1 AND counted IS DISTINCT FROM ${countsAt('$2')}`,
      [solutionId, now],
    );
    const [, changed] = (await unitOfWork.query(
      `UPDATE solutions s SET reuse_count = c.total, in_use_count = c.in_use, piloting_count = c.piloting,
         evaluating_count = c.evaluating, hours_saved_per_year = c.hours, savings_nok_per_year = c.savings
       FROM (SELECT count(*)::int AS total,
                    count(*) FILTER (WHERE stage = 'IN_USE')::int AS in_use,
                    count(*) FILTER (WHERE stage = 'PILOTING')::int AS piloting,
                    count(*) FILTER (WHERE stage = 'EVALUATING')::int AS evaluating,
                    COALESCE(sum(LEAST(COALESCE(story_hours_saved_per_year, 0), ${MAX_STORY_HOURS_PER_YEAR})), 0)::int AS hours,
                    COALESCE(sum(LEAST(COALESCE(story_savings_nok_per_year, 0), ${MAX_STORY_SAVINGS_NOK_PER_YEAR})), 0)::bigint AS savings
             FROM adoptions WHERE solution_id = $1 AND counted) c
       WHERE s.id = $1 AND (s.reuse_count, s.in_use_count, s.piloting_count, s.evaluating_count,
         s.hours_saved_per_year, s.savings_nok_per_year)
         IS DISTINCT FROM (c.total, c.in_use, c.piloting, c.evaluating, c.hours, c.savings)`,
      [solutionId],
    )) as [unknown, number];
    return changed > 0;
  }

  /** Solutions with an adoption still counted whose confirmation is overdue past the grace at `now`. */
  async solutionsWithLapsedAdoptions(unitOfWork: UnitOfWork, now: Date, limit: number): Promise<string[]> {
    const rows: { solution_id: string }[] = await unitOfWork.query(
      `SELECT DISTINCT solution_id FROM adoptions
       WHERE counted AND confirmed_at + interval '1 year' + interval '${GRACE_DAYS} days' <= $1::timestamptz
       LIMIT $2`,
      [now, limit],
    );
    return rows.map((row) => row.solution_id);
  }

  /**
   * Marks and returns the adoptions whose adopter is to be asked now (`ask`: the confirmation falls
   * due soon) or reminded (`remind`: it is overdue, in the grace period), each once per confirmation.
   */
  async takeConfirmationRequests(
    unitOfWork: UnitOfWork,
    kind: 'ask' | 'remind',
    now: Date,
    limit: number,
  ): Promise<ConfirmationRequest[]> {
    const [column, offset] =
      kind === 'ask'
        ? ['due_notified_at', `- interval '${ASK_DAYS_BEFORE_DUE} days'`]
        : ['reminded_at', `+ interval '${REMIND_DAYS_AFTER_DUE} days'`];
    const [rows] = (await unitOfWork.query(
      `WITH due AS (
         SELECT a.id FROM adoptions a
         WHERE a.counted AND a.${column} IS NULL
           AND a.confirmed_at + interval '1 year' ${offset} <= $1::timestamptz
         ORDER BY a.confirmed_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE adoptions a SET ${column} = $1 FROM due, solutions s
       WHERE a.id = due.id AND s.id = a.solution_id
       RETURNING a.id AS "adoptionId", a.solution_id AS "solutionId", s.title AS "solutionTitle",
         a.organization_id AS "organizationId", a.confirmed_at AS "confirmedAt"`,
      [now, limit],
    )) as [ConfirmationRequest[], number];
    return rows;
  }
}
