import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { type ImportedSolutionFields, SolutionEntity, type SolutionFields } from './solution.entity';
import type { SolutionKind } from './solution-profile';
import { SolutionSort, SolutionStatus } from './solution-status';

export interface SolutionQuery {
  /** Drafts and archived solutions of this organisation are listed too; everyone else's are not. */
  viewerOrganizationId: string | null;
  ownerId?: string | null;
  statuses: SolutionStatus[];
  serviceAreas?: string[] | null;
  sort: SolutionSort;
}

@Injectable()
export class SolutionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<SolutionEntity | null> {
    return this.dataSource.getRepository(SolutionEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<SolutionEntity[]> {
    return this.dataSource.getRepository(SolutionEntity).findBy({ id: In([...ids]) });
  }

  async list(query: SolutionQuery, page: PageArgs): Promise<Page<SolutionEntity>> {
    const builder = this.dataSource
      .getRepository(SolutionEntity)
      .createQueryBuilder('s')
      .where('s.status IN (:...statuses)', { statuses: query.statuses })
      .andWhere(
        new Brackets((visible) =>
          visible
            .where('s.status = :published', { published: SolutionStatus.PUBLISHED })
            .orWhere('s.ownerId = :viewerOrg', {
              viewerOrg: query.viewerOrganizationId,
            }),
        ),
      )
      .skip(page.offset)
      .take(page.limit);
    if (query.ownerId) builder.andWhere('s.ownerId = :ownerId', { ownerId: query.ownerId });
    if (query.serviceAreas?.length)
      builder.andWhere('s.serviceArea IN (:...areas)', { areas: query.serviceAreas });
    if (query.sort === SolutionSort.MOST_REUSED)
      builder
        .orderBy('s.inUseCount', 'DESC')
        .addOrderBy('s.reuseCount', 'DESC')
        .addOrderBy('s.updatedAt', 'DESC');
    else builder.orderBy('COALESCE(s.publishedAt, s.createdAt)', 'DESC');
    builder.addOrderBy('s.id');
    const [items, totalCount] = await builder.getManyAndCount();
    return { items, totalCount };
  }

  /** Published solutions of the given kinds, newest first, at most `limit`. */
  listPublishedOfKinds(kinds: readonly SolutionKind[], limit: number): Promise<SolutionEntity[]> {
    return this.dataSource.getRepository(SolutionEntity).find({
      where: { status: SolutionStatus.PUBLISHED, kind: In([...kinds]) },
      order: { publishedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  async insert(
    unitOfWork: UnitOfWork,
    solution: SolutionFields & ImportedSolutionFields & Pick<SolutionEntity, 'ownerId' | 'status'>,
  ): Promise<SolutionEntity> {
    const table = unitOfWork.getRepository(SolutionEntity);
    return table.save(table.create(solution));
  }

  async update(
    unitOfWork: UnitOfWork,
    id: string,
    changes: Partial<SolutionEntity>,
  ): Promise<SolutionEntity> {
    const table = unitOfWork.getRepository(SolutionEntity);
    await table.update({ id }, changes);
    return table.findOneByOrFail({ id });
  }
}
