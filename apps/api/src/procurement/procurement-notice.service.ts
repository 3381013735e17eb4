import { Injectable } from '@nestjs/common';
import { commonError, notFound } from '../common/domain-error';
import {
  InputCheck,
  optionalHttpUrl,
  optionalNonNegativeInt,
  requiredOneOf,
  requiredText,
  validatePage,
  validateUuid,
} from '../common/input-validation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import type { NeedEntity } from '../needs/need.entity';
import { isPublicOrganization, NeedService } from '../needs/need.service';
import { NotificationService } from '../notifications/notification.service';
import { MarketplaceItemKind, NotificationEvent } from '../notifications/notification-kinds';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { validateServiceArea } from '../service-areas/service-areas';
import { SolutionService } from '../solutions/solution.service';
import { SolutionStatus } from '../solutions/solution-status';
import { validateCpvCodes, validateCpvDivision } from './cpv';
import { procurementError } from './procurement.errors';
import type { ProcurementNoticeEntity } from './procurement-notice.entity';
import type { ProcurementNoticeFilter, ProcurementNoticeInput } from './procurement-notice.inputs';
import { type ProcurementNoticeFields, ProcurementNoticeRepository } from './procurement-notice.repository';
import { ProcurementProcedure } from './procurement-procedure';

/**
 * Procurement notices (innovation tenders) are public. Public organisations post them, only the
 * buyer changes them, and a notice may carry a need into procurement and, once concluded, point
 * to the solution it produced: need → tender → solution → adoptions.
 */
@Injectable()
export class ProcurementNoticeService {
  constructor(
    private readonly notices: ProcurementNoticeRepository,
    private readonly needs: NeedService,
    private readonly solutions: SolutionService,
    private readonly outbox: SearchOutboxRepository,
    private readonly notifications: NotificationService,
    private readonly transactions: TransactionRunner,
  ) {}

  findById(id: string): Promise<ProcurementNoticeEntity | null> {
    return this.notices.findById(validateUuid('id', id));
  }

  findByIds(ids: readonly string[]): Promise<ProcurementNoticeEntity[]> {
    return this.notices.findByIds(ids);
  }

  findByNeedIds(needIds: readonly string[]): Promise<ProcurementNoticeEntity[]> {
    return this.notices.findByNeedIds(needIds);
  }

  findByResultingSolutionIds(solutionIds: readonly string[]): Promise<ProcurementNoticeEntity[]> {
    return this.notices.findByResultingSolutionIds(solutionIds);
  }

  list(
    filter: ProcurementNoticeFilter | null | undefined,
    limit: number,
    offset: number,
  ): Promise<Page<ProcurementNoticeEntity>> {
    return this.notices.list(
      {
        openOnly: filter?.openOnly ?? false,
        procedures: filter?.procedures,
        cpvDivisions: filter?.cpvDivisions?.map((d) => validateCpvDivision('cpvDivisions', d)),
        buyerId: filter?.buyerId ? validateUuid('buyerId', filter.buyerId) : null,
        needId: filter?.needId ? validateUuid('needId', filter.needId) : null,
      },
      validatePage(limit, offset),
    );
  }

  async create(viewer: Viewer, input: ProcurementNoticeInput): Promise<ProcurementNoticeEntity> {
    if (!isPublicOrganization(viewer)) {
      throw procurementError(
        'ONLY_PUBLIC_BODIES_POST_NOTICES',
        'Only municipalities, county municipalities and state agencies can post procurement notices',
      );
    }
    const need = await this.linkableNeed(viewer, input.needId);
    const fields = this.validate(input, need, { deadlineMustBeFuture: true });
    return this.write(async (unitOfWork) => {
      if (need) await this.needs.startProcurement(unitOfWork, need.id);
      const notice = await this.notices.insert(unitOfWork, { ...fields, buyerId: viewer.organizationId });
      await this.notifyNew(unitOfWork, notice, need, viewer);
      return notice;
    });
  }

  /** The buyer changes its notice; a new deadline must be in the future, a new need link moves that need. */
  async update(viewer: Viewer, id: string, input: ProcurementNoticeInput): Promise<ProcurementNoticeEntity> {
    const notice = await this.getOwnedActive(viewer, id);
    const need = await this.linkableNeed(viewer, input.needId);
    const deadlineChanged = input.deadline?.getTime?.() !== notice.deadline.getTime();
    const fields = this.validate(input, need, { deadlineMustBeFuture: deadlineChanged });
    return this.write(async (unitOfWork) => {
      if (need && need.id !== notice.needId) await this.needs.startProcurement(unitOfWork, need.id);
      return this.notices.update(unitOfWork, notice.id, fields);
    });
  }

  /** Idempotent; a cancelled notice is no longer open and cannot be changed. */
  async cancel(viewer: Viewer, id: string): Promise<ProcurementNoticeEntity> {
    const notice = await this.getOwned(viewer, id);
    if (notice.cancelledAt) return notice;
    return this.write((unitOfWork) =>
      this.notices.update(unitOfWork, notice.id, { cancelledAt: new Date() }),
    );
  }

  /**
   * Once the procurement has concluded (its deadline has passed), the buyer names the published
   * solution it produced; a linked need in procurement becomes SOLVED in the same transaction.
   */
  async linkResultingSolution(
    viewer: Viewer,
    id: string,
    solutionId: string,
  ): Promise<ProcurementNoticeEntity> {
    const notice = await this.getOwnedActive(viewer, id);
    if (notice.deadline > new Date()) {
      throw procurementError(
        'DEADLINE_NOT_PASSED',
        'A resulting solution can be linked once the notice deadline has passed',
        { field: 'id' },
      );
    }
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    if (solution.status !== SolutionStatus.PUBLISHED) {
      throw procurementError(
        'RESULT_NOT_PUBLISHED',
        'Only a published solution can be the result of a procurement',
        { field: 'solutionId' },
      );
    }
    return this.write(async (unitOfWork) => {
      const linked = await this.notices.update(unitOfWork, notice.id, { resultingSolutionId: solution.id });
      if (notice.needId) await this.needs.markSolved(unitOfWork, notice.needId);
      await this.outbox.enqueue(unitOfWork, 'SOLUTION', solution.id);
      await this.notifications.notify(
        unitOfWork,
        {
          event: NotificationEvent.RESULTING_SOLUTION_LINKED,
          eventKey: `${NotificationEvent.RESULTING_SOLUTION_LINKED}:${notice.id}:${solution.id}`,
          subjectKind: MarketplaceItemKind.SOLUTION,
          subjectId: solution.id,
          title: `Anskaffelsen «${notice.title}» ga løsningen: ${solution.title}`,
        },
        { followersOf: { kind: MarketplaceItemKind.SOLUTION, id: solution.id } },
        viewer.userId,
      );
      await this.notifyNeedFollowers(
        unitOfWork,
        notice.needId,
        linked,
        viewer,
        NotificationEvent.RESULTING_SOLUTION_LINKED,
      );
      return linked;
    });
  }

  /**
   * The need a notice may be linked to: it must exist, and the buyer must own it or have joined it
   * (a participant running the tender for the group is normal; a stranger is not).
   */
  private async linkableNeed(viewer: Viewer, needId: string | null | undefined): Promise<NeedEntity | null> {
    if (!needId) return null;
    const need = await this.needs.getById(needId, 'needId');
    if (!(await this.needs.isTeamMember(viewer, need))) {
      throw procurementError(
        'NEED_NOT_LINKABLE',
        'A notice can only be linked to a need your organisation owns or has joined',
        { field: 'needId' },
      );
    }
    return need;
  }

  private validate(
    input: ProcurementNoticeInput,
    need: NeedEntity | null,
    { deadlineMustBeFuture }: { deadlineMustBeFuture: boolean },
  ): ProcurementNoticeFields {
    const check = new InputCheck();
    const fields: ProcurementNoticeFields = {
      title: check.collect(() => requiredText('title', input.title, { max: 200 })),
      description: check.collect(() => requiredText('description', input.description, { max: 20_000 })),
      procedure: check.collect(() =>
        requiredOneOf('procedure', input.procedure, Object.values(ProcurementProcedure)),
      ),
      cpvCodes: check.collect(() => validateCpvCodes('cpvCodes', input.cpvCodes)),
      serviceArea: check.collect(() => this.serviceAreaOf(input.serviceArea, need)),
      deadline: check.collect(() => validateDeadline(input.deadline, deadlineMustBeFuture)),
      estimatedValueNok: check.collect(() =>
        optionalNonNegativeInt('estimatedValueNok', input.estimatedValueNok),
      ),
      externalUrl: check.collect(() => optionalHttpUrl('externalUrl', input.externalUrl)),
      needId: need?.id ?? null,
    };
    check.done();
    return fields;
  }

  private serviceAreaOf(value: string | null | undefined, need: NeedEntity | null): string {
    if (value?.trim()) return validateServiceArea('serviceArea', value);
    if (need) return need.serviceArea;
    throw procurementError(
      'SERVICE_AREA_REQUIRED_WITHOUT_NEED',
      'serviceArea is required when the notice is not linked to a need',
      { field: 'serviceArea' },
    );
  }

  private async notifyNew(
    unitOfWork: UnitOfWork,
    notice: ProcurementNoticeEntity,
    need: NeedEntity | null,
    viewer: Viewer,
  ): Promise<void> {
    await this.notifications.notifySavedSearchMatches(
      unitOfWork,
      MarketplaceItemKind.PROCUREMENT_NOTICE,
      notice.id,
      viewer.userId,
    );
    if (need)
      await this.notifyNeedFollowers(
        unitOfWork,
        need.id,
        notice,
        viewer,
        NotificationEvent.NEW_NOTICE_FOR_NEED,
      );
  }

  /** Tells the need's team and followers what happened to its procurement. */
  private async notifyNeedFollowers(
    unitOfWork: UnitOfWork,
    needId: string | null,
    notice: ProcurementNoticeEntity,
    viewer: Viewer,
    event: NotificationEvent,
  ): Promise<void> {
    if (!needId) return;
    const title =
      event === NotificationEvent.NEW_NOTICE_FOR_NEED
        ? `Ny kunngjøring for et behov du følger: ${notice.title}`
        : `Anskaffelsen for et behov du følger er avsluttet: ${notice.title}`;
    await this.notifications.notify(
      unitOfWork,
      {
        event,
        eventKey: `${event}:${notice.id}`,
        subjectKind: MarketplaceItemKind.PROCUREMENT_NOTICE,
        subjectId: notice.id,
        title,
      },
      { needTeamOf: needId, followersOf: { kind: MarketplaceItemKind.NEED, id: needId } },
      viewer.userId,
    );
  }

  private async getOwned(viewer: Viewer, id: string): Promise<ProcurementNoticeEntity> {
    const notice = await this.findById(id);
    if (!notice) throw notFound('Procurement notice', 'id');
    if (notice.buyerId !== viewer.organizationId) {
      throw procurementError(
        'NOT_NOTICE_BUYER',
        'Only members of the buying organisation can change the notice',
      );
    }
    return notice;
  }

  private async getOwnedActive(viewer: Viewer, id: string): Promise<ProcurementNoticeEntity> {
    const notice = await this.getOwned(viewer, id);
    if (notice.cancelledAt)
      throw procurementError('NOTICE_CANCELLED', 'A cancelled notice cannot be changed', { field: 'id' });
    return notice;
  }

  /** Runs a write and enqueues the written notice for the search index in the same transaction. */
  private write(
    work: (unitOfWork: UnitOfWork) => Promise<ProcurementNoticeEntity>,
  ): Promise<ProcurementNoticeEntity> {
    return this.transactions.run(async (unitOfWork) => {
      const notice = await work(unitOfWork);
      await this.outbox.enqueue(unitOfWork, 'PROCUREMENT_NOTICE', notice.id);
      return notice;
    });
  }
}

function validateDeadline(deadline: Date, mustBeFuture: boolean): Date {
  if (!(deadline instanceof Date) || Number.isNaN(deadline.getTime()))
    throw commonError('NOT_A_DATE', 'deadline must be a date and time', { field: 'deadline' });
  if (mustBeFuture && deadline <= new Date())
    throw procurementError('DEADLINE_NOT_IN_FUTURE', 'deadline must be in the future', { field: 'deadline' });
  return deadline;
}
