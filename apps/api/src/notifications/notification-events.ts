import { registerEnumType } from '@nestjs/graphql';
import type { ContactPersonValue } from '../common/contact-person';
import type { SearchDocumentKind } from '../search/search-kind';

/** What happened. A reader renders the event and its params in their own language. */
export enum NotificationEvent {
  /** A new item matches one of the user's saved searches. */
  SAVED_SEARCH_MATCH = 'SAVED_SEARCH_MATCH',
  NEW_NEED_RESPONSE = 'NEW_NEED_RESPONSE',
  /** The responder's answer was shortlisted or declined. */
  NEED_RESPONSE_STATUS = 'NEED_RESPONSE_STATUS',
  NEW_NOTICE_FOR_NEED = 'NEW_NOTICE_FOR_NEED',
  /** The need's owner accepted the organisation as a partner. */
  NEED_PARTNER_ACCEPTED = 'NEED_PARTNER_ACCEPTED',
  NEW_NEED_QUESTION = 'NEW_NEED_QUESTION',
  NEED_QUESTION_ANSWERED = 'NEED_QUESTION_ANSWERED',
  /** A procurement named the solution it produced: told on the solution and on the procurement. */
  RESULTING_SOLUTION_LINKED = 'RESULTING_SOLUTION_LINKED',
  /** A notice the user follows changed: its deadline, documents or other terms. */
  NOTICE_CHANGED = 'NOTICE_CHANGED',
  NOTICE_CANCELLED = 'NOTICE_CANCELLED',
  /** The organisation's yearly confirmation of an adoption falls due soon. */
  ADOPTION_CONFIRMATION_DUE = 'ADOPTION_CONFIRMATION_DUE',
  /** The confirmation is overdue: the adoption stops counting when the grace period ends. */
  ADOPTION_CONFIRMATION_REMINDER = 'ADOPTION_CONFIRMATION_REMINDER',
  /** An organisation registered its use of a solution: told to the owner's members and the followers. */
  SOLUTION_ADOPTED = 'SOLUTION_ADOPTED',
  ADOPTION_STAGE_CHANGED = 'ADOPTION_STAGE_CHANGED',
  /** The adopter moved its adoption to STOPPED. */
  ADOPTION_STOPPED = 'ADOPTION_STOPPED',
  /** The adopter confirmed it still uses the solution at its stage. */
  ADOPTION_CONFIRMED = 'ADOPTION_CONFIRMED',
  /** The owner archived the solution: told to its adopters and followers. */
  SOLUTION_ARCHIVED = 'SOLUTION_ARCHIVED',
}
registerEnumType(NotificationEvent, { name: 'NotificationEvent' });

/** The texts each event quotes, as they were when it happened; `subjectTitle` is the subject's title. */
export interface NotificationParams {
  [NotificationEvent.SAVED_SEARCH_MATCH]: { subjectTitle: string };
  /** `responderName`: the answering organisation; `contact`: whom to call (absent on older notifications). */
  [NotificationEvent.NEW_NEED_RESPONSE]: {
    subjectTitle: string;
    responderName?: string;
    contact?: ContactPersonValue;
  };
  [NotificationEvent.NEED_RESPONSE_STATUS]: {
    subjectTitle: string;
    responseStatus: 'SHORTLISTED' | 'DECLINED';
  };
  [NotificationEvent.NEW_NOTICE_FOR_NEED]: { subjectTitle: string };
  [NotificationEvent.NEED_PARTNER_ACCEPTED]: { subjectTitle: string };
  [NotificationEvent.NEW_NEED_QUESTION]: { subjectTitle: string };
  [NotificationEvent.NEED_QUESTION_ANSWERED]: { subjectTitle: string };
  /** On a solution, `noticeTitle` names the procurement; on the procurement it is the subject's title. */
  [NotificationEvent.RESULTING_SOLUTION_LINKED]: { subjectTitle: string; noticeTitle: string };
  [NotificationEvent.NOTICE_CHANGED]: { subjectTitle: string };
  [NotificationEvent.NOTICE_CANCELLED]: { subjectTitle: string };
  /** `dueAt`: when the confirmation is due (ISO 8601). */
  [NotificationEvent.ADOPTION_CONFIRMATION_DUE]: { subjectTitle: string; dueAt: string };
  [NotificationEvent.ADOPTION_CONFIRMATION_REMINDER]: { subjectTitle: string; dueAt: string };
  [NotificationEvent.SOLUTION_ADOPTED]: AdoptionChangeParams;
  [NotificationEvent.ADOPTION_STAGE_CHANGED]: AdoptionChangeParams;
  [NotificationEvent.ADOPTION_STOPPED]: AdoptionChangeParams;
  [NotificationEvent.ADOPTION_CONFIRMED]: AdoptionChangeParams;
  /** `actorName`: the owner that archived it. */
  [NotificationEvent.SOLUTION_ARCHIVED]: { subjectTitle: string; actorName: string };
}

/**
 * An adoption's stage as notifications quote it: the values of the adoptions module's AdoptionStage,
 * spelled out here so that notifications import nothing from adoptions (which publishes to them).
 */
export type AdoptionStageName = 'EVALUATING' | 'PILOTING' | 'IN_USE' | 'STOPPED';

/** `actorName`: the adopting organisation; `stage`: its adoption's stage after the change. */
export interface AdoptionChangeParams {
  subjectTitle: string;
  actorName: string;
  stage: AdoptionStageName;
}

/** The params of any event: what a stored notification holds. */
export type AnyNotificationParams = NotificationParams[NotificationEvent];

/** One event as a write publishes it, its params typed by the event. */
export type NotificationDraft = {
  [E in NotificationEvent]: {
    event: E;
    /** Unique per user: the same key never notifies the same user twice. */
    eventKey: string;
    subjectKind: SearchDocumentKind;
    subjectId: string;
    params: NotificationParams[E];
  };
}[NotificationEvent];

/** What a follow can be about. */
export type FollowTargetKind = 'NEED' | 'SOLUTION' | 'PROCUREMENT_NOTICE';

/** Who hears about an event: the users in any of these groups, each once, never the actor. */
export interface Audience {
  /** The users of the need's owner and participant organisations. */
  needTeamOf?: string;
  /** The users of the need's owner and of the partners it accepted: those who may read its answers. */
  needPartnersOf?: string;
  /** The organisation's users. */
  organizationId?: string;
  followersOf?: { kind: FollowTargetKind; id: string };
  /** The users of the organisations with an adoption of the solution that is not STOPPED (proposals too). */
  adoptersOf?: string;
  userIds?: string[];
  /** The owners of the saved searches the subject matches, once it is in the search index. */
  savedSearchOwners?: boolean;
}
