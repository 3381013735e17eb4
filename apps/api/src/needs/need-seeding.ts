import { Injectable } from '@nestjs/common';
import type { ContactPersonValue } from '../common/contact-person';
import type { UnitOfWork } from '../database/unit-of-work';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import type { NeedEntity } from './need.entity';
import { type NeedFields, NeedRepository } from './need.repository';
import { NeedQuestionRepository } from './need-question.repository';
import { NeedResponseRepository } from './need-response.repository';
import type { NeedResponseStatus, NeedStatus } from './need-status';

/** A demo need with what happened to it, organisations and users given by id. */
export interface NeedSeed extends NeedFields {
  ownerId: string;
  status: NeedStatus;
  participants: { organizationId: string; partner: boolean }[];
  responses: {
    organizationId: string;
    pitch: string;
    status: NeedResponseStatus;
    contact: ContactPersonValue;
  }[];
  questions: { askerUserId: string; question: string; answer?: string }[];
}

/** The writes of demo data: no viewer and no checks, so only the seed module calls them. */
@Injectable()
export class NeedSeeding {
  constructor(
    private readonly needs: NeedRepository,
    private readonly responses: NeedResponseRepository,
    private readonly questions: NeedQuestionRepository,
    private readonly outbox: SearchOutboxRepository,
  ) {}

  existsWithTitle(ownerId: string, title: string): Promise<boolean> {
    return this.needs.existsWithTitle(ownerId, title);
  }

  /** Inserts the need, its participants, answers and questions, and queues it for the search index. */
  async insert(
    unitOfWork: UnitOfWork,
    { participants, responses, questions, ...fields }: NeedSeed,
  ): Promise<NeedEntity> {
    const need = await this.needs.insert(unitOfWork, fields);
    for (const { organizationId, partner } of participants) {
      await this.needs.addParticipant(unitOfWork, need.id, organizationId);
      if (partner) await this.needs.setPartnerSince(unitOfWork, need.id, organizationId, new Date());
    }
    for (const { organizationId, pitch, status, contact } of responses) {
      const saved = await this.responses.upsert(unitOfWork, need.id, organizationId, pitch, contact);
      await this.responses.setStatus(unitOfWork, saved.response.id, status);
    }
    for (const { askerUserId, question, answer } of questions) {
      const saved = await this.questions.insert(unitOfWork, { needId: need.id, askerUserId, question });
      if (answer) await this.questions.answer(unitOfWork, saved.id, answer);
    }
    await this.outbox.enqueue(unitOfWork, 'NEED', need.id);
    return need;
  }
}
