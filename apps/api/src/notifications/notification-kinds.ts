import { registerEnumType } from '@nestjs/graphql';

/** The three kinds of public item: what notifications point at and saved searches filter on. */
export enum MarketplaceItemKind {
  SOLUTION = 'SOLUTION',
  NEED = 'NEED',
  PROCUREMENT_NOTICE = 'PROCUREMENT_NOTICE',
}
registerEnumType(MarketplaceItemKind, { name: 'MarketplaceItemKind' });

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
  RESULTING_SOLUTION_LINKED = 'RESULTING_SOLUTION_LINKED',
}
registerEnumType(NotificationEvent, { name: 'NotificationEvent' });

export type FollowTargetKind = MarketplaceItemKind.NEED | MarketplaceItemKind.SOLUTION;
