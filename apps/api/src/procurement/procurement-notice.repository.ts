import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { ProcurementNoticeEntity } from './procurement-notice.entity';
import type { ProcurementProcedure } from './procurement-procedure';

export type ProcurementNoticeFields = Pick<
  ProcurementNoticeEntity,
  | 'title'
  | 'description'
  | 'procedure'
  | 'cpvCodes'
  | 'serviceArea'
  | 'deadline'
  | 'questionDeadline'
  | 'contact'
  | 'links'
  | 'estimatedValueNok'
  | 'externalUrl'
  | 'needId'
>;

export interface ProcurementNoticeQuery {
  openOnly: boolean;
  procedures?: ProcurementProcedure[] | null;
  cpvDivisions?: string[] | null;
  /** A notice matches when one of its codes starts with one of these digits. */
  cpvStems?: string[] | null;
  countyNumbers?: string[] | null;
  buyerId?: string | null;
  needId?: string | null;
}

@Injectable()
export class ProcurementNoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<ProcurementNoticeEntity | null> {
    return this.dataSource.getRepository(ProcurementNoticeEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ProcurementNoticeEntity[]> {
    return this.dataSource.getRepository(ProcurementNoticeEntity).findBy({ id: In([...ids]) });
  }

  findByNeedIds(needIds: readonly string[]): Promise<ProcurementNoticeEntity[]> {
    return this.dataSource
      .getRepository(ProcurementNoticeEntity)
      .find({ where: { needId: In([...needIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findByResultingSolutionIds(solutionIds: readonly string[]): Promise<ProcurementNoticeEntity[]> {
    return this.dataSource
      .getRepository(ProcurementNoticeEntity)
      .find({ where: { resultingSolutionId: In([...solutionIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async list(query: ProcurementNoticeQuery, page: PageArgs): Promise<Page<ProcurementNoticeEntity>> {
    const builder = this.dataSource
      .getRepository(ProcurementNoticeEntity)
      .createQueryBuilder('p')
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id')
      .skip(page.offset)
      .take(page.limit);
    if (query.openOnly) builder.andWhere('p.cancelledAt IS NULL AND p.deadline > now()');
    if (query.procedures?.length)
      builder.andWhere('p.procedure IN (:...procedures)', { procedures: query.procedures });
    if (query.cpvDivisions?.length) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM unnest(p.cpv_codes) AS c WHERE left(c, 2) IN (:...divisions))',
        {
          divisions: query.cpvDivisions,
        },
      );
    }
    if (query.cpvStems?.length)
      builder.andWhere('EXISTS (SELECT 1 FROM unnest(p.cpv_codes) AS c WHERE c LIKE ANY(:stems))', {
        stems: query.cpvStems.map((stem) => `${stem}%`),
      });
    if (query.countyNumbers?.length)
      builder.andWhere(
        'p.buyerId IN (SELECT o.id FROM organizations o WHERE o.county_number IN (:...counties))',
        { counties: query.countyNumbers },
      );
    if (query.buyerId) builder.andWhere('p.buyerId = :buyerId', { buyerId: query.buyerId });
    if (query.needId) builder.andWhere('p.needId = :needId', { needId: query.needId });
    const [items, totalCount] = await builder.getManyAndCount();
    return { items, totalCount };
  }

  insert(unitOfWork: UnitOfWork, notice: ProcurementNoticeFields & Pick<ProcurementNoticeEntity, 'buyerId'>) {
    const table = unitOfWork.getRepository(ProcurementNoticeEntity);
    return table.save(table.create(notice));
  }

  async update(
    unitOfWork: UnitOfWork,
    id: string,
    changes: Partial<ProcurementNoticeEntity>,
  ): Promise<ProcurementNoticeEntity> {
    const table = unitOfWork.getRepository(ProcurementNoticeEntity);
    await table.update({ id }, changes);
    return table.findOneByOrFail({ id });
  }
}
