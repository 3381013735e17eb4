import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { UnitOfWork } from '../database/unit-of-work';
import { NeedQuestionEntity } from './need-question.entity';

@Injectable()
export class NeedQuestionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<NeedQuestionEntity | null> {
    return this.dataSource.getRepository(NeedQuestionEntity).findOneBy({ id });
  }

  findByNeedIds(needIds: readonly string[]): Promise<NeedQuestionEntity[]> {
    return this.dataSource
      .getRepository(NeedQuestionEntity)
      .find({ where: { needId: In([...needIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  insert(unitOfWork: UnitOfWork, question: Pick<NeedQuestionEntity, 'needId' | 'askerUserId' | 'question'>) {
    const table = unitOfWork.getRepository(NeedQuestionEntity);
    return table.save(table.create(question));
  }

  async answer(unitOfWork: UnitOfWork, id: string, answer: string): Promise<NeedQuestionEntity> {
    const table = unitOfWork.getRepository(NeedQuestionEntity);
    await table.update({ id }, { answer, answeredAt: new Date() });
    return table.findOneByOrFail({ id });
  }
}
