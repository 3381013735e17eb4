import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { ContactPersonValue } from '../common/contact-person';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { NeedResponseEntity } from './need.entity';
import type { NeedResponseStatus } from './need-status';

@Injectable()
export class NeedResponseRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<NeedResponseEntity | null> {
    return this.dataSource.getRepository(NeedResponseEntity).findOneBy({ id });
  }

  listByNeed(needId: string, organizationId?: string): Promise<NeedResponseEntity[]> {
    return this.dataSource.getRepository(NeedResponseEntity).find({
      where: { needId, ...(organizationId ? { organizationId } : {}) },
      order: { createdAt: 'ASC' },
    });
  }

  async needIdsWithStatus(
    organizationId: string,
    needIds: readonly string[],
    status: NeedResponseStatus,
  ): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(NeedResponseEntity)
      .find({ select: { needId: true }, where: { organizationId, status, needId: In([...needIds]) } });
    return rows.map((row) => row.needId);
  }

  async listByOrganization(organizationId: string, page: PageArgs): Promise<Page<NeedResponseEntity>> {
    const [items, totalCount] = await this.dataSource.getRepository(NeedResponseEntity).findAndCount({
      where: { organizationId },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount };
  }

  /**
   * Records the organisation's answer, or replaces the pitch and contact of its existing one. The response
   * counter moves in the same transaction and only when a row was really inserted.
   */
  async upsert(
    unitOfWork: UnitOfWork,
    needId: string,
    organizationId: string,
    pitch: string,
    contact: ContactPersonValue,
  ): Promise<{ response: NeedResponseEntity; created: boolean }> {
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO need_responses (need_id, organization_id, pitch, contact) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT need_responses_one_per_organization DO NOTHING RETURNING id`,
      [needId, organizationId, pitch, contact],
    );
    if (inserted.length) {
      await unitOfWork.query(
        'UPDATE needs SET response_count = response_count + 1, updated_at = now() WHERE id = $1',
        [needId],
      );
    } else {
      await unitOfWork.query(
        `UPDATE need_responses SET pitch = $3, contact = $4, updated_at = now()
         WHERE need_id = $1 AND organization_id = $2`,
        [needId, organizationId, pitch, contact],
      );
    }
    const response = await unitOfWork
      .getRepository(NeedResponseEntity)
      .findOneByOrFail({ needId, organizationId });
    return { response, created: inserted.length > 0 };
  }

  async setStatus(
    unitOfWork: UnitOfWork,
    id: string,
    status: NeedResponseStatus,
  ): Promise<NeedResponseEntity> {
    const table = unitOfWork.getRepository(NeedResponseEntity);
    await table.update({ id }, { status });
    return table.findOneByOrFail({ id });
  }
}
