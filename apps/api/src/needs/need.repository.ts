import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import { NeedEntity, NeedParticipantEntity } from './need.entity';
import type { NeedStatus } from './need-status';

export type NeedFields = Pick<NeedEntity, 'title' | 'description' | 'serviceArea'> &
  Partial<Pick<NeedEntity, 'contact'>>;

export interface NeedQuery {
  statuses?: NeedStatus[] | null;
  serviceAreas?: string[] | null;
  ownerId?: string | null;
  participantId?: string | null;
  /** Needs owned by or shared with this organisation. */
  teamOrganizationId?: string | null;
}

@Injectable()
export class NeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<NeedEntity | null> {
    return this.dataSource.getRepository(NeedEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<NeedEntity[]> {
    return this.dataSource.getRepository(NeedEntity).findBy({ id: In([...ids]) });
  }

  existsWithTitle(ownerId: string, title: string): Promise<boolean> {
    return this.dataSource.getRepository(NeedEntity).existsBy({ ownerId, title });
  }

  /** Reads the need and locks it until the transaction ends, so its status cannot change meanwhile. */
  lock(unitOfWork: UnitOfWork, id: string): Promise<NeedEntity | null> {
    return unitOfWork
      .getRepository(NeedEntity)
      .createQueryBuilder('n')
      .setLock('pessimistic_write')
      .where('n.id = :id', { id })
      .getOne();
  }

  async list(query: NeedQuery, page: PageArgs): Promise<Page<NeedEntity>> {
    const builder = this.dataSource
      .getRepository(NeedEntity)
      .createQueryBuilder('n')
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id')
      .skip(page.offset)
      .take(page.limit);
    if (query.statuses?.length) builder.andWhere('n.status IN (:...statuses)', { statuses: query.statuses });
    if (query.serviceAreas?.length)
      builder.andWhere('n.serviceArea IN (:...areas)', { areas: query.serviceAreas });
    if (query.ownerId) builder.andWhere('n.ownerId = :ownerId', { ownerId: query.ownerId });
    if (query.participantId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM need_participants p WHERE p.need_id = n.id AND p.organization_id = :participant)',
        { participant: query.participantId },
      );
    }
    if (query.teamOrganizationId) {
      builder.andWhere(
        `(n.ownerId = :team OR EXISTS (SELECT 1 FROM need_participants p
           WHERE p.need_id = n.id AND p.organization_id = :team))`,
        { team: query.teamOrganizationId },
      );
    }
    const [items, totalCount] = await builder.getManyAndCount();
    return { items, totalCount };
  }

  insert(unitOfWork: UnitOfWork, need: NeedFields & Pick<NeedEntity, 'ownerId' | 'status'>) {
    const table = unitOfWork.getRepository(NeedEntity);
    return table.save(table.create(need));
  }

  async update(unitOfWork: UnitOfWork, id: string, changes: Partial<NeedEntity>): Promise<NeedEntity> {
    const table = unitOfWork.getRepository(NeedEntity);
    await table.update({ id }, changes);
    return table.findOneByOrFail({ id });
  }

  /**
   * Adds the organisation as a participant; the counter moves in the same transaction and only
   * when a row was really inserted, so concurrent joins never lose or double a count.
   */
  async addParticipant(unitOfWork: UnitOfWork, needId: string, organizationId: string): Promise<boolean> {
    const inserted: unknown[] = await unitOfWork.query(
      `INSERT INTO need_participants (need_id, organization_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING need_id`,
      [needId, organizationId],
    );
    if (inserted.length) {
      await unitOfWork.query(
        'UPDATE needs SET participant_count = participant_count + 1, updated_at = now() WHERE id = $1',
        [needId],
      );
    }
    return inserted.length > 0;
  }

  /** Removes the participant; the counter drops only when a row was really deleted. */
  async removeParticipant(unitOfWork: UnitOfWork, needId: string, organizationId: string): Promise<boolean> {
    const [, deleted] = (await unitOfWork.query(
      'DELETE FROM need_participants WHERE need_id = $1 AND organization_id = $2 RETURNING need_id',
      [needId, organizationId],
    )) as [unknown[], number];
    if (deleted) {
      await unitOfWork.query(
        'UPDATE needs SET participant_count = participant_count - 1, updated_at = now() WHERE id = $1',
        [needId],
      );
    }
    return deleted > 0;
  }

  findParticipants(needIds: readonly string[]): Promise<NeedParticipantEntity[]> {
    return this.dataSource
      .getRepository(NeedParticipantEntity)
      .find({ where: { needId: In([...needIds]) }, order: { createdAt: 'ASC' } });
  }

  /** The organisation's participation in the need, read in the caller's transaction when given one. */
  findParticipation(
    needId: string,
    organizationId: string,
    unitOfWork?: UnitOfWork,
  ): Promise<NeedParticipantEntity | null> {
    return (unitOfWork ?? this.dataSource.manager)
      .getRepository(NeedParticipantEntity)
      .findOneBy({ needId, organizationId });
  }

  /** Makes the participant a partner since the given time, or (null) a participant again. */
  async setPartnerSince(
    unitOfWork: UnitOfWork,
    needId: string,
    organizationId: string,
    acceptedAt: Date | null,
  ): Promise<void> {
    await unitOfWork.getRepository(NeedParticipantEntity).update({ needId, organizationId }, { acceptedAt });
  }
}
