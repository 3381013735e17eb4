import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import type { ProcurementNoticeEntity } from './procurement-notice.entity';
import { type ProcurementNoticeFields, ProcurementNoticeRepository } from './procurement-notice.repository';

type NoticeDetails = 'questionDeadline' | 'contact' | 'links';
export type SeededNoticeFields = Omit<ProcurementNoticeFields, NoticeDetails> &
  Partial<Pick<ProcurementNoticeFields, NoticeDetails>> &
  Pick<ProcurementNoticeEntity, 'buyerId'>;

/** The writes of demo data: no viewer and no checks, so only the seed module calls them. */
@Injectable()
export class ProcurementNoticeSeeding {
  constructor(
    private readonly notices: ProcurementNoticeRepository,
    private readonly outbox: SearchOutboxRepository,
  ) {}

  /** Inserts the notice (and the solution it resulted in) and queues both for the search index. */
  async insert(
    unitOfWork: UnitOfWork,
    fields: SeededNoticeFields,
    resultingSolutionId: string | null,
  ): Promise<void> {
    const notice = await this.notices.insert(unitOfWork, {
      questionDeadline: null,
      contact: null,
      links: [],
      ...fields,
    });
    if (resultingSolutionId) {
      await this.notices.update(unitOfWork, notice.id, { resultingSolutionId });
      await this.outbox.enqueue(unitOfWork, 'SOLUTION', resultingSolutionId);
    }
    await this.outbox.enqueue(unitOfWork, 'PROCUREMENT_NOTICE', notice.id);
  }
}
