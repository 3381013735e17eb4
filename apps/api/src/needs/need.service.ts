import { Injectable } from '@nestjs/common';
import { validateContact } from '../common/contact-person';
import { notFound } from '../common/domain-error';
import { InputCheck, requiredText, validatePage, validateUuid } from '../common/input-validation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { NotificationService } from '../notifications/notification.service';
import { NotificationEvent } from '../notifications/notification-events';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { SearchKind } from '../search/search-kind';
import { validateServiceArea } from '../service-areas/service-areas';
import { UserService } from '../users/user.service';
import type { NeedEntity, NeedParticipantEntity } from './need.entity';
import { needError } from './need.errors';
import type { NeedInput, NeedListFilter } from './need.inputs';
import { type NeedFields, NeedRepository } from './need.repository';
import { mayJoinNeeds, mayPostNeeds, ownsNeed } from './need.rules';
import { type NeedRole, needRoleOf } from './need-role';
import { NeedStatus } from './need-status';
import { canChangeNeedStatus } from './need-status-transitions';

export function validateNeedInput(input: NeedInput): NeedFields {
  const check = new InputCheck();
  const fields = {
    title: check.collect(() => requiredText('title', input.title, { max: 200 })),
    description: check.collect(() => requiredText('description', input.description, { max: 20_000 })),
    serviceArea: check.collect(() => validateServiceArea('serviceArea', input.serviceArea)),
    ...(input.contact ? { contact: validateContact(check, 'contact', input.contact) } : {}),
  };
  check.done();
  return fields;
}

/**
 * Needs are public: everyone may read every need. Only its owner changes it, its status included,
 * and accepts joined organisations as partners (see NeedRole).
 */
@Injectable()
export class NeedService {
  constructor(
    private readonly needs: NeedRepository,
    private readonly outbox: SearchOutboxRepository,
    private readonly notifications: NotificationService,
    private readonly transactions: TransactionRunner,
    private readonly users: UserService,
  ) {}

  findById(id: string): Promise<NeedEntity | null> {
    return this.needs.findById(validateUuid('id', id));
  }

  async getById(id: string, field = 'id'): Promise<NeedEntity> {
    const need = await this.needs.findById(validateUuid(field, id));
    if (!need) throw notFound('Need', field);
    return need;
  }

  findByIds(ids: readonly string[]): Promise<NeedEntity[]> {
    return this.needs.findByIds(ids);
  }

  findParticipants(needIds: readonly string[]): Promise<NeedParticipantEntity[]> {
    return this.needs.findParticipants(needIds);
  }

  /** What the organisation (the viewer's, usually; none when anonymous) is to the need. */
  async roleOf(organizationId: string | null | undefined, need: NeedEntity): Promise<NeedRole> {
    const participation =
      organizationId && organizationId !== need.ownerId
        ? await this.needs.findParticipation(need.id, organizationId)
        : null;
    return needRoleOf(need, organizationId, participation);
  }

  list(filter: NeedListFilter | null | undefined, limit: number, offset: number): Promise<Page<NeedEntity>> {
    return this.needs.list(
      {
        statuses: filter?.statuses,
        serviceAreas: filter?.serviceAreas?.map((area) => validateServiceArea('serviceAreas', area)),
        ownerId: filter?.ownerId ? validateUuid('ownerId', filter.ownerId) : null,
        participantId: filter?.participantId ? validateUuid('participantId', filter.participantId) : null,
      },
      validatePage(limit, offset),
    );
  }

  /** Needs the viewer's organisation owns or has joined, newest first. */
  listMine(viewer: Viewer, limit: number, offset: number): Promise<Page<NeedEntity>> {
    return this.needs.list({ teamOrganizationId: viewer.organizationId }, validatePage(limit, offset));
  }

  async create(viewer: Viewer, input: NeedInput): Promise<NeedEntity> {
    if (!mayPostNeeds(viewer)) {
      throw needError(
        'ONLY_PUBLIC_BODIES_POST_NEEDS',
        'Only municipalities, county municipalities and state agencies can post needs',
      );
    }
    const fields = validateNeedInput(input);
    const contact = fields.contact ?? (await this.users.contactOf(viewer.userId));
    return this.write(async (unitOfWork) => {
      const need = await this.needs.insert(unitOfWork, {
        ...fields,
        contact,
        ownerId: viewer.organizationId,
        status: NeedStatus.OPEN,
      });
      await this.notifications.notifySavedSearchMatches(
        unitOfWork,
        { kind: SearchKind.NEED, id: need.id, title: need.title },
        viewer.userId,
      );
      return need;
    });
  }

  async update(viewer: Viewer, id: string, input: NeedInput): Promise<NeedEntity> {
    const need = await this.getOwned(viewer, id);
    const fields = validateNeedInput(input);
    return this.write((unitOfWork) => this.needs.update(unitOfWork, need.id, fields));
  }

  async changeStatus(viewer: Viewer, id: string, status: NeedStatus): Promise<NeedEntity> {
    const need = await this.getOwned(viewer, id);
    return this.write(async (unitOfWork) => {
      const current = await this.lockOrFail(unitOfWork, need.id);
      if (!canChangeNeedStatus(current.status, status)) {
        throw needError(
          'NEED_STATUS_TRANSITION_NOT_ALLOWED',
          `A need cannot go from ${current.status} to ${status}`,
          {
            field: 'status',
            params: { from: current.status, to: status },
          },
        );
      }
      return this.needs.update(unitOfWork, need.id, { status });
    });
  }

  /**
   * Inside the caller's transaction, when a procurement notice of the buyer is linked to the need:
   * only an OPEN or IN_PROCUREMENT need takes notices, and the owner's notice moves it to
   * IN_PROCUREMENT; a partner's notice leaves the status to the owner.
   */
  async takeNotice(unitOfWork: UnitOfWork, needId: string, buyerId: string): Promise<void> {
    const need = await this.lockOrFail(unitOfWork, needId);
    if (need.status === NeedStatus.IN_PROCUREMENT) return;
    if (!canChangeNeedStatus(need.status, NeedStatus.IN_PROCUREMENT)) {
      throw needError(
        'NEED_STATUS_TRANSITION_NOT_ALLOWED',
        `A ${need.status} need cannot get a procurement notice`,
        {
          field: 'needId',
          params: { from: need.status, to: NeedStatus.IN_PROCUREMENT },
        },
      );
    }
    if (need.ownerId !== buyerId) return;
    await this.needs.update(unitOfWork, need.id, { status: NeedStatus.IN_PROCUREMENT });
    await this.outbox.enqueue(unitOfWork, SearchKind.NEED, need.id);
  }

  /**
   * Marks the need SOLVED inside the caller's transaction, when the owner's procurement produced a
   * solution; a partner's procurement leaves the status to the owner.
   */
  async markSolved(unitOfWork: UnitOfWork, needId: string, buyerId: string): Promise<void> {
    const need = await this.lockOrFail(unitOfWork, needId);
    if (need.ownerId !== buyerId || !canChangeNeedStatus(need.status, NeedStatus.SOLVED)) return;
    await this.needs.update(unitOfWork, need.id, { status: NeedStatus.SOLVED });
    await this.outbox.enqueue(unitOfWork, SearchKind.NEED, need.id);
  }

  /** "We have this need too": idempotent, for public organisations other than the owner. */
  async join(viewer: Viewer, needId: string): Promise<NeedEntity> {
    const need = await this.getById(needId, 'needId');
    if (!mayJoinNeeds(viewer)) {
      throw needError(
        'ONLY_PUBLIC_BODIES_JOIN_NEEDS',
        'Only municipalities, county municipalities and state agencies can join needs',
      );
    }
    if (need.ownerId === viewer.organizationId) {
      throw needError('CANNOT_JOIN_OWN_NEED', 'An organisation cannot join its own need', {
        field: 'needId',
      });
    }
    if (need.status === NeedStatus.SOLVED || need.status === NeedStatus.CLOSED) {
      throw needError('NEED_NOT_JOINABLE', `A ${need.status} need cannot be joined`, {
        field: 'needId',
        params: { status: need.status },
      });
    }
    return this.transactions.run(async (unitOfWork) => {
      // Lock the need first: locking it only after inserting the participant deadlocks concurrent joins.
      await this.lockOrFail(unitOfWork, need.id);
      if (await this.needs.addParticipant(unitOfWork, need.id, viewer.organizationId)) {
        await this.outbox.enqueue(unitOfWork, SearchKind.NEED, need.id);
      }
      return (await this.needs.lock(unitOfWork, need.id)) ?? need;
    });
  }

  /** Idempotent: leaving a need the organisation has not joined changes nothing. */
  async leave(viewer: Viewer, needId: string): Promise<NeedEntity> {
    const need = await this.getById(needId, 'needId');
    return this.transactions.run(async (unitOfWork) => {
      await this.lockOrFail(unitOfWork, need.id);
      if (await this.needs.removeParticipant(unitOfWork, need.id, viewer.organizationId)) {
        await this.outbox.enqueue(unitOfWork, SearchKind.NEED, need.id);
      }
      return (await this.needs.lock(unitOfWork, need.id)) ?? need;
    });
  }

  /**
   * The owner accepts an organisation that joined the need as a partner, and its members are told;
   * idempotent. Partners read the supplier answers, review them and link notices.
   */
  async acceptPartner(viewer: Viewer, needId: string, organizationId: string): Promise<NeedEntity> {
    const need = await this.getOwned(viewer, needId, 'needId');
    const partnerId = validateUuid('organizationId', organizationId);
    return this.transactions.run(async (unitOfWork) => {
      const current = await this.lockOrFail(unitOfWork, need.id);
      const participation = await this.needs.findParticipation(need.id, partnerId, unitOfWork);
      if (!participation) {
        throw needError(
          'NOT_A_PARTICIPANT',
          'Only an organisation that has joined the need can be a partner',
          {
            field: 'organizationId',
          },
        );
      }
      if (participation.acceptedAt) return current;
      const acceptedAt = new Date();
      await this.needs.setPartnerSince(unitOfWork, need.id, partnerId, acceptedAt);
      await this.notifyAcceptedPartner(unitOfWork, current, partnerId, acceptedAt, viewer);
      return current;
    });
  }

  /** Tells the new partner's members; accepted again after a removal, they are told again. */
  private notifyAcceptedPartner(
    unitOfWork: UnitOfWork,
    need: NeedEntity,
    partnerId: string,
    acceptedAt: Date,
    viewer: Viewer,
  ): Promise<void> {
    const event = NotificationEvent.NEED_PARTNER_ACCEPTED;
    return this.notifications.notify(
      unitOfWork,
      {
        event,
        eventKey: `${event}:${need.id}:${partnerId}:${acceptedAt.getTime()}`,
        subjectKind: SearchKind.NEED,
        subjectId: need.id,
        params: { subjectTitle: need.title },
      },
      { organizationId: partnerId },
      viewer.userId,
    );
  }

  /**
   * The owner removes a partner, or a partner steps down: the organisation stays joined, no longer
   * reads the answers nor links new notices (those it linked stay linked). Idempotent.
   */
  async removePartner(viewer: Viewer, needId: string, organizationId: string): Promise<NeedEntity> {
    const need = await this.getById(needId, 'needId');
    const partnerId = validateUuid('organizationId', organizationId);
    if (viewer.organizationId !== need.ownerId && viewer.organizationId !== partnerId) {
      throw needError(
        'NOT_NEED_OWNER',
        "Only the need's owner, or the partner itself, can end a partnership",
      );
    }
    return this.transactions.run(async (unitOfWork) => {
      const current = await this.lockOrFail(unitOfWork, need.id);
      await this.needs.setPartnerSince(unitOfWork, need.id, partnerId, null);
      return current;
    });
  }

  /** The need, if the viewer's organisation owns it; FORBIDDEN for everyone else. */
  async getOwned(viewer: Viewer, id: string, field = 'id'): Promise<NeedEntity> {
    const need = await this.getById(id, field);
    if (!ownsNeed(viewer, need)) {
      throw needError('NOT_NEED_OWNER', 'Only members of the organisation that owns the need can change it');
    }
    return need;
  }

  /** Locks the need in the caller's transaction and returns its current row. */
  async lockOrFail(unitOfWork: UnitOfWork, needId: string): Promise<NeedEntity> {
    const need = await this.needs.lock(unitOfWork, needId);
    if (!need) throw notFound('Need');
    return need;
  }

  /** Runs a write and enqueues the written need for the search index in the same transaction. */
  private write(work: (unitOfWork: UnitOfWork) => Promise<NeedEntity>): Promise<NeedEntity> {
    return this.transactions.run(async (unitOfWork) => {
      const need = await work(unitOfWork);
      await this.outbox.enqueue(unitOfWork, SearchKind.NEED, need.id);
      return need;
    });
  }
}
