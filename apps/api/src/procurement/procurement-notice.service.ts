import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock';
import { optionalContactPerson } from '../common/contact-person';
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
import { NeedService } from '../needs/need.service';
import { isOwnerOrPartner } from '../needs/need-role';
import { NotificationService } from '../notifications/notification.service';
import { NotificationEvent } from '../notifications/notification-events';
import { validateCountyNumber } from '../organizations/county-number';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { SearchKind } from '../search/search-kind';
import { validateServiceArea } from '../service-areas/service-areas';
import { SolutionService } from '../solutions/solution.service';
import { validateLinks } from '../solutions/solution-profile.validation';
import { SolutionStatus } from '../solutions/solution-status';
import { checkCpvCodes, cpvStem, validateCpvCodes, validateCpvDivision } from './cpv';
import { procurementError } from './procurement.errors';
import { mayPostNotices } from './procurement.rules';
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
    private readonly clock: Clock,
  ) {}

  findById(id: string): Promise<ProcurementNoticeEntity | null> {
    return this.notices.findById(validateUuid('id', id));
  }

  async getById(id: string): Promise<ProcurementNoticeEntity> {
    const notice = await this.findById(id);
    if (!notice) throw notFound('Procurement notice', 'id');
    return notice;
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
        cpvStems: checkCpvCodes('cpvCodes', filter?.cpvCodes).map(cpvStem),
        countyNumbers: filter?.countyNumbers?.map((c) => validateCountyNumber('countyNumbers', c)),
        buyerId: filter?.buyerId ? validateUuid('buyerId', filter.buyerId) : null,
        needId: filter?.needId ? validateUuid('needId', filter.needId) : null,
      },
      validatePage(limit, offset),
    );
  }

  async create(viewer: Viewer, input: ProcurementNoticeInput): Promise<ProcurementNoticeEntity> {
    if (!mayPostNotices(viewer)) {
      throw procurementError(
        'ONLY_PUBLIC_BODIES_POST_NOTICES',
        'Only municipalities, county municipalities and state agencies can post procurement notices',
      );
    }
    const need = await this.linkableNeed(viewer, input.needId);
    const fields = this.validate(input, need, null);
    return this.write(async (unitOfWork) => {
      if (need) await this.needs.takeNotice(unitOfWork, need.id, viewer.organizationId);
      const notice = await this.notices.insert(unitOfWork, { ...fields, buyerId: viewer.organizationId });
      await this.notifyNew(unitOfWork, notice, need, viewer);
      return notice;
    });
  }

  /**
   * The buyer changes its notice; a new deadline must be in the future, a new need link is checked
   * and may move that need. The need it is linked to already stays linked.
   */
  async update(viewer: Viewer, id: string, input: ProcurementNoticeInput): Promise<ProcurementNoticeEntity> {
    const notice = await this.getOwnedActive(viewer, id);
    const need =
      notice.needId && input.needId === notice.needId
        ? await this.needs.getById(notice.needId, 'needId')
        : await this.linkableNeed(viewer, input.needId);
    const fields = this.validate(input, need, notice);
    return this.write(async (unitOfWork) => {
      if (need && need.id !== notice.needId) {
        await this.needs.takeNotice(unitOfWork, need.id, viewer.organizationId);
      }
      const updated = await this.notices.update(unitOfWork, notice.id, fields);
      await this.notifyFollowers(unitOfWork, updated, viewer, NotificationEvent.NOTICE_CHANGED);
      return updated;
    });
  }

  /** Idempotent; a cancelled notice is no longer open and cannot be changed. */
  async cancel(viewer: Viewer, id: string): Promise<ProcurementNoticeEntity> {
    const notice = await this.getOwned(viewer, id);
    if (notice.cancelledAt) return notice;
    return this.write(async (unitOfWork) => {
      const cancelled = await this.notices.update(unitOfWork, notice.id, { cancelledAt: this.clock.now() });
      await this.notifyFollowers(unitOfWork, cancelled, viewer, NotificationEvent.NOTICE_CANCELLED);
      return cancelled;
    });
  }

  /**
   * Once the procurement has concluded (its deadline has passed), the buyer names the published
   * solution it produced, one of its own, the need's owner's or its partners'. When the buyer owns
   * the linked need, the need becomes SOLVED in the same transaction.
   */
  async linkResultingSolution(
    viewer: Viewer,
    id: string,
    solutionId: string,
  ): Promise<ProcurementNoticeEntity> {
    const notice = await this.getOwnedActive(viewer, id);
    if (notice.deadline > this.clock.now()) {
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
    if (!(await this.isFromBuyers(notice, solution.ownerId))) {
      throw procurementError(
        'RESULT_NOT_FROM_BUYERS',
        "The resulting solution must be published by the buyer, or by the need's owner or one of its partners",
        { field: 'solutionId' },
      );
    }
    return this.write(async (unitOfWork) => {
      const linked = await this.notices.update(unitOfWork, notice.id, { resultingSolutionId: solution.id });
      if (notice.needId) await this.needs.markSolved(unitOfWork, notice.needId, notice.buyerId);
      await this.outbox.enqueue(unitOfWork, SearchKind.SOLUTION, solution.id);
      await this.notifications.notify(
        unitOfWork,
        {
          event: NotificationEvent.RESULTING_SOLUTION_LINKED,
          eventKey: `${NotificationEvent.RESULTING_SOLUTION_LINKED}:${notice.id}:${solution.id}`,
          subjectKind: SearchKind.SOLUTION,
          subjectId: solution.id,
          params: { subjectTitle: solution.title, noticeTitle: notice.title },
        },
        { followersOf: { kind: SearchKind.SOLUTION, id: solution.id } },
        viewer.userId,
      );
      await this.notifyNeedFollowers(
        unitOfWork,
        notice.needId,
        linked,
        viewer,
        NotificationEvent.RESULTING_SOLUTION_LINKED,
      );
      await this.notifyFollowers(unitOfWork, linked, viewer, NotificationEvent.RESULTING_SOLUTION_LINKED);
      return linked;
    });
  }

  /**
   * The need a notice may be linked to: it must exist, and the buyer must own it or be a partner the
   * owner accepted (a partner running the tender for the group is normal; a stranger, or an
   * organisation that only joined, is not).
   */
  private async linkableNeed(viewer: Viewer, needId: string | null | undefined): Promise<NeedEntity | null> {
    if (!needId) return null;
    const need = await this.needs.getById(needId, 'needId');
    if (!isOwnerOrPartner(await this.needs.roleOf(viewer.organizationId, need))) {
      throw procurementError(
        'NEED_NOT_LINKABLE',
        'A notice can only be linked to a need your organisation owns or is a partner in',
        { field: 'needId' },
      );
    }
    return need;
  }

  /** Whether the organisation is the notice's buyer, or the owner or a partner of its need. */
  private async isFromBuyers(notice: ProcurementNoticeEntity, organizationId: string): Promise<boolean> {
    if (organizationId === notice.buyerId) return true;
    if (!notice.needId) return false;
    const need = await this.needs.getById(notice.needId, 'id');
    return isOwnerOrPartner(await this.needs.roleOf(organizationId, need));
  }

  /** The fields checked; a deadline must be an hour ahead when new or changed from `before`'s. */
  private validate(
    input: ProcurementNoticeInput,
    need: NeedEntity | null,
    before: ProcurementNoticeEntity | null,
  ): ProcurementNoticeFields {
    const check = new InputCheck();
    const deadline = check.collect(() =>
      this.validateDeadline('deadline', input.deadline, before?.deadline ?? null),
    );
    const questionDeadline = check.collect(() =>
      this.validateQuestionDeadline(input.questionDeadline, deadline, before?.questionDeadline ?? null),
    );
    const fields: ProcurementNoticeFields = {
      title: check.collect(() => requiredText('title', input.title, { max: 200 })),
      description: check.collect(() => requiredText('description', input.description, { max: 20_000 })),
      procedure: check.collect(() =>
        requiredOneOf('procedure', input.procedure, Object.values(ProcurementProcedure)),
      ),
      cpvCodes: check.collect(() => validateCpvCodes('cpvCodes', input.cpvCodes)),
      serviceArea: check.collect(() => this.serviceAreaOf(input.serviceArea, need)),
      deadline,
      questionDeadline,
      contact: check.collect(() => optionalContactPerson('contact', input.contact)),
      links: check.collect(() => validateLinks(check, input.links)),
      estimatedValueNok: check.collect(() =>
        optionalNonNegativeInt('estimatedValueNok', input.estimatedValueNok),
      ),
      externalUrl: check.collect(() => optionalHttpUrl('externalUrl', input.externalUrl)),
      needId: need?.id ?? null,
    };
    check.done();
    return fields;
  }

  /** A new or changed deadline must be at least one hour ahead; an unchanged one may have passed. */
  private validateDeadline(field: string, value: Date, before: Date | null): Date {
    const deadline = requiredDate(field, value);
    if (before?.getTime() === deadline.getTime()) return deadline;
    if (deadline.getTime() < this.clock.now().getTime() + ONE_HOUR_MS)
      throw procurementError('DEADLINE_TOO_SOON', `${field} must be at least one hour ahead`, { field });
    return deadline;
  }

  private validateQuestionDeadline(
    value: Date | null | undefined,
    deadline: Date,
    before: Date | null,
  ): Date | null {
    if (value === null || value === undefined) return null;
    const questionDeadline = this.validateDeadline('questionDeadline', value, before);
    if (questionDeadline >= deadline)
      throw procurementError(
        'QUESTION_DEADLINE_AFTER_DEADLINE',
        'questionDeadline must be before the deadline',
        { field: 'questionDeadline' },
      );
    return questionDeadline;
  }

  /** Tells the notice's followers that it changed, was cancelled or named its result. */
  private notifyFollowers(
    unitOfWork: UnitOfWork,
    notice: ProcurementNoticeEntity,
    viewer: Viewer,
    event:
      | NotificationEvent.NOTICE_CHANGED
      | NotificationEvent.NOTICE_CANCELLED
      | NotificationEvent.RESULTING_SOLUTION_LINKED,
  ): Promise<void> {
    const subject = { subjectKind: SearchKind.PROCUREMENT_NOTICE, subjectId: notice.id };
    const audience = { followersOf: { kind: SearchKind.PROCUREMENT_NOTICE, id: notice.id } };
    const draft =
      event === NotificationEvent.RESULTING_SOLUTION_LINKED
        ? {
            ...subject,
            event,
            eventKey: `${event}:${notice.id}`,
            params: { subjectTitle: notice.title, noticeTitle: notice.title },
          }
        : {
            ...subject,
            event,
            eventKey: `${event}:${notice.id}:${notice.updatedAt.getTime()}`,
            params: { subjectTitle: notice.title },
          };
    return this.notifications.notify(unitOfWork, draft, audience, viewer.userId);
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
      { kind: SearchKind.PROCUREMENT_NOTICE, id: notice.id, title: notice.title },
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
    event: NotificationEvent.NEW_NOTICE_FOR_NEED | NotificationEvent.RESULTING_SOLUTION_LINKED,
  ): Promise<void> {
    if (!needId) return;
    const subject = {
      eventKey: `${event}:${notice.id}`,
      subjectKind: SearchKind.PROCUREMENT_NOTICE,
      subjectId: notice.id,
    };
    await this.notifications.notify(
      unitOfWork,
      event === NotificationEvent.NEW_NOTICE_FOR_NEED
        ? { ...subject, event, params: { subjectTitle: notice.title } }
        : { ...subject, event, params: { subjectTitle: notice.title, noticeTitle: notice.title } },
      { needTeamOf: needId, followersOf: { kind: SearchKind.NEED, id: needId } },
      viewer.userId,
    );
  }

  private async getOwned(viewer: Viewer, id: string): Promise<ProcurementNoticeEntity> {
    const notice = await this.getById(id);
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
      await this.outbox.enqueue(unitOfWork, SearchKind.PROCUREMENT_NOTICE, notice.id);
      return notice;
    });
  }
}

const ONE_HOUR_MS = 3_600_000;

function requiredDate(field: string, value: Date): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw commonError('NOT_A_DATE', `${field} must be a date and time`, { field });
  return value;
}
