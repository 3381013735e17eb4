import type { NotificationsQuery } from '../../generated/graphql';
import type { I18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nb';

type Notification = NotificationsQuery['notifications']['items'][number];
type Event = Notification['event'];

/** The message of each event, and what it quotes; every event has one (the Record is exhaustive). */
const MESSAGES: Record<Event, (n: Notification) => MessageKey> = {
  SAVED_SEARCH_MATCH: (n) => `notification.SAVED_SEARCH_MATCH.${n.subjectKind}`,
  NEW_NEED_RESPONSE: () => 'notification.NEW_NEED_RESPONSE',
  NEED_RESPONSE_STATUS: (n) =>
    n.responseStatus === 'SHORTLISTED'
      ? 'notification.NEED_RESPONSE_STATUS.SHORTLISTED'
      : 'notification.NEED_RESPONSE_STATUS.DECLINED',
  NEW_NOTICE_FOR_NEED: () => 'notification.NEW_NOTICE_FOR_NEED',
  NEED_PARTNER_ACCEPTED: () => 'notification.NEED_PARTNER_ACCEPTED',
  NEW_NEED_QUESTION: () => 'notification.NEW_NEED_QUESTION',
  NEED_QUESTION_ANSWERED: () => 'notification.NEED_QUESTION_ANSWERED',
  NOTICE_CHANGED: () => 'notification.NOTICE_CHANGED',
  NOTICE_CANCELLED: () => 'notification.NOTICE_CANCELLED',
  ADOPTION_CONFIRMATION_DUE: () => 'notification.ADOPTION_CONFIRMATION_DUE',
  ADOPTION_CONFIRMATION_REMINDER: () => 'notification.ADOPTION_CONFIRMATION_REMINDER',
  SOLUTION_ADOPTED: () => 'notification.SOLUTION_ADOPTED',
  ADOPTION_STAGE_CHANGED: () => 'notification.ADOPTION_STAGE_CHANGED',
  ADOPTION_STOPPED: () => 'notification.ADOPTION_STOPPED',
  ADOPTION_CONFIRMED: () => 'notification.ADOPTION_CONFIRMED',
  SOLUTION_ARCHIVED: () => 'notification.SOLUTION_ARCHIVED',
  RESULTING_SOLUTION_LINKED: (n) =>
    n.subjectKind === 'SOLUTION'
      ? 'notification.RESULTING_SOLUTION_LINKED.SOLUTION'
      : 'notification.RESULTING_SOLUTION_LINKED.PROCUREMENT_NOTICE',
};

/** A notification's title in the reader's language, e.g. "Nytt svar på behovet: …". */
export function notificationTitle(t: I18n['t'], notification: Notification): string {
  return t(MESSAGES[notification.event](notification), {
    title: notification.subjectTitle,
    notice: notification.noticeTitle ?? '',
    actor: notification.actorName ?? '',
    stage: notification.adoptionStage ? t(`stage.${notification.adoptionStage}`) : '',
  });
}
