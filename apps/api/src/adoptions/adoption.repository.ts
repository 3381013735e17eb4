import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { AdoptionEntity } from './adoption.entity';
import type { AdoptionStage } from './adoption-stage';

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
   * Records the adoption, or changes the stage of an existing one, in one statement: an upsert
   * inserts or updates even while a withdraw of the same adoption commits (an insert that found the
   * row, then an update, would find none). The reuse counter moves in the same transaction and only
   * when a row was really inserted (`xmax = 0`: no earlier version), so concurrent adopts never lose
   * or double a count.
   */
  async upsert(unitOfWork: UnitOfWork, solutionId: string, organizationId: string, stage: AdoptionStage) {
    const [saved]: { id: string; inserted: boolean }[] = await unitOfWork.query(
      `INSERT INTO adoptions (solution_id, organization_id, stage) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT adoptions_one_per_organization
       DO UPDATE SET stage = EXCLUDED.stage, updated_at = now()
       RETURNING id, xmax = 0 AS inserted`,
      [solutionId, organizationId, stage],
    );
    if (saved.inserted) {
      await unitOfWork.query('UPDATE solutions SET reuse_count = reuse_count + 1 WHERE id = $1', [
        solutionId,
      ]);
    }
    return unitOfWork.getRepository(AdoptionEntity).findOneByOrFail({ id: saved.id });
  }

  /** Deletes the adoption; the counter drops only when a row was really deleted. */
  async delete(unitOfWork: UnitOfWork, solutionId: string, organizationId: string): Promise<boolean> {
    const [, deleted] = (await unitOfWork.query(
      'DELETE FROM adoptions WHERE solution_id = $1 AND organization_id = $2 RETURNING id',
      [solutionId, organizationId],
    )) as [unknown[], number];
    if (deleted) {
      await unitOfWork.query('UPDATE solutions SET reuse_count = reuse_count - 1 WHERE id = $1', [
        solutionId,
      ]);
    }
    return deleted > 0;
  }
}
