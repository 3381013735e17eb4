import { Injectable } from '@nestjs/common';
import { type ContactPersonInput, type ContactPersonValue, validateContact } from '../common/contact-person';
import { notFound } from '../common/domain-error';
import {
  InputCheck,
  requiredOneOf,
  requiredText,
  validatePage,
  validateUuid,
} from '../common/input-validation';
import { TransactionRunner } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { NotificationService } from '../notifications/notification.service';
import { NotificationEvent } from '../notifications/notification-events';
import { OrganizationService } from '../organizations/organization.service';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { SearchKind } from '../search/search-kind';
import { UserService } from '../users/user.service';
import type { NeedResponseEntity } from './need.entity';
import { needError } from './need.errors';
import { mayAnswerNeeds } from './need.rules';
import { NeedService } from './need.service';
import { NeedResponseRepository } from './need-response.repository';
import { isOwnerOrPartner } from './need-role';
import { NeedResponseStatus, NeedStatus } from './need-status';

export const MAX_PITCH_LENGTH = 5000;

/**
 * Supplier answers to needs are confidential: the need's owner and the partners it accepted see
 * every answer; a responder sees only its own; everyone else, organisations that merely joined the
 * need included, sees none (an empty list, so the need page stays simple).
 */
@Injectable()
export class NeedResponseService {
  constructor(
    private readonly responses: NeedResponseRepository,
    private readonly needs: NeedService,
    private readonly outbox: SearchOutboxRepository,
    private readonly notifications: NotificationService,
    private readonly transactions: TransactionRunner,
    private readonly users: UserService,
    private readonly organizations: OrganizationService,
  ) {}

  /**
   * One answer per company and need; a repeat replaces the pitch, and the contact when one is given.
   * Only while the need is OPEN. Without a contact, the answer names the responder.
   */
  async respond(
    viewer: Viewer,
    needId: string,
    answer: { pitch: string; contact?: ContactPersonInput | null },
  ): Promise<NeedResponseEntity> {
    const need = await this.needs.getById(needId, 'needId');
    if (!mayAnswerNeeds(viewer)) {
      throw needError('ONLY_COMPANIES_ANSWER_NEEDS', 'Only companies can answer needs');
    }
    const check = new InputCheck();
    const pitch = check.collect(() => requiredText('pitch', answer.pitch, { max: MAX_PITCH_LENGTH }));
    const givenContact = answer.contact && validateContact(check, 'contact', answer.contact);
    check.done();
    const contact = givenContact || (await this.contactToKeep(viewer, need.id));
    const responder = await this.organizations.getById(viewer.organizationId);
    return this.transactions.run(async (unitOfWork) => {
      const current = await this.needs.lockOrFail(unitOfWork, need.id);
      if (current.status !== NeedStatus.OPEN) {
        throw needError('NEED_NOT_OPEN', `Only OPEN needs take answers; this one is ${current.status}`, {
          field: 'needId',
          params: { status: current.status },
        });
      }
      const { response, created } = await this.responses.upsert(
        unitOfWork,
        need.id,
        viewer.organizationId,
        pitch,
        contact,
      );
      if (created) {
        await this.outbox.enqueue(unitOfWork, SearchKind.NEED, need.id);
        await this.notifications.notify(
          unitOfWork,
          {
            event: NotificationEvent.NEW_NEED_RESPONSE,
            eventKey: `${NotificationEvent.NEW_NEED_RESPONSE}:${response.id}`,
            subjectKind: SearchKind.NEED,
            subjectId: need.id,
            params: { subjectTitle: current.title, responderName: responder.name, contact },
          },
          { needPartnersOf: need.id },
          viewer.userId,
        );
      }
      return response;
    });
  }

  /** The contact of the organisation's earlier answer, else the responder. */
  private async contactToKeep(viewer: Viewer, needId: string): Promise<ContactPersonValue> {
    const [earlier] = await this.responses.listByNeed(needId, viewer.organizationId);
    return earlier?.contact ?? this.users.contactOf(viewer.userId);
  }

  async listForNeed(viewer: Viewer | null, needId: string): Promise<NeedResponseEntity[]> {
    const need = await this.needs.getById(needId, 'needId');
    if (isOwnerOrPartner(await this.needs.roleOf(viewer?.organizationId, need))) {
      return this.responses.listByNeed(need.id);
    }
    if (!viewer) return [];
    return this.responses.listByNeed(need.id, viewer.organizationId);
  }

  /** The needs among `needIds` on which the organisation's answer is shortlisted. */
  async shortlistedAmong(organizationId: string, needIds: readonly string[]): Promise<Set<string>> {
    return new Set(
      await this.responses.needIdsWithStatus(organizationId, needIds, NeedResponseStatus.SHORTLISTED),
    );
  }

  listMine(viewer: Viewer, limit: number, offset: number): Promise<Page<NeedResponseEntity>> {
    return this.responses.listByOrganization(viewer.organizationId, validatePage(limit, offset));
  }

  /**
   * The need's owner and partners shortlist or decline an answer; the responder is told. To anyone
   * else who cannot read the answer, it does not exist.
   */
  async setStatus(
    viewer: Viewer,
    responseId: string,
    status: NeedResponseStatus,
  ): Promise<NeedResponseEntity> {
    const response = await this.responses.findById(validateUuid('responseId', responseId));
    if (!response) throw notFound('Need response', 'responseId');
    const need = await this.needs.getById(response.needId, 'responseId');
    if (!isOwnerOrPartner(await this.needs.roleOf(viewer.organizationId, need))) {
      if (response.organizationId !== viewer.organizationId) throw notFound('Need response', 'responseId');
      throw needError('NOT_NEED_TEAM', "Only the need's owner and partners can shortlist or decline answers");
    }
    const decided = requiredOneOf('status', status, [
      NeedResponseStatus.SHORTLISTED,
      NeedResponseStatus.DECLINED,
    ]);
    if (response.status === decided) return response;
    return this.transactions.run(async (unitOfWork) => {
      const updated = await this.responses.setStatus(unitOfWork, response.id, decided);
      await this.notifications.notify(
        unitOfWork,
        {
          event: NotificationEvent.NEED_RESPONSE_STATUS,
          eventKey: `${NotificationEvent.NEED_RESPONSE_STATUS}:${response.id}:${decided}`,
          subjectKind: SearchKind.NEED,
          subjectId: need.id,
          params: { subjectTitle: need.title, responseStatus: decided },
        },
        { organizationId: response.organizationId },
        viewer.userId,
      );
      return updated;
    });
  }
}
