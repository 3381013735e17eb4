import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../graphql/paginated';
import { SearchKind } from '../search/search-kind';
import type { NotificationEntity } from './notification.entity';
import { type AnyNotificationParams, NotificationEvent } from './notification-events';

@ObjectType('Notification', {
  description: 'An event the reader renders in their language from `event`, `subjectKind` and the params',
})
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationEvent)
  event: NotificationEvent;

  @Field(() => SearchKind, { description: 'What the notification is about' })
  subjectKind: SearchKind;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'The title of the subject when the event happened' })
  subjectTitle: string;

  @Field(() => String, {
    nullable: true,
    description: 'RESULTING_SOLUTION_LINKED: the title of the procurement that produced the solution',
  })
  noticeTitle: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Adoption events: the adopting organisation; SOLUTION_ARCHIVED: the owner that archived it',
  })
  actorName: string | null;

  @Field(() => ID, { nullable: true, description: 'The saved search that matched, for SAVED_SEARCH_MATCH' })
  savedSearchId: string | null;

  @Field()
  read: boolean;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  /** Every param of the event, for the fields other modules add. */
  params: AnyNotificationParams;

  static from(entity: NotificationEntity): Notification {
    const { id, event, subjectKind, subjectId, params, savedSearchId, readAt, createdAt } = entity;
    return Object.assign(new Notification(), {
      id,
      event,
      subjectKind,
      subjectId,
      subjectTitle: params.subjectTitle,
      noticeTitle: 'noticeTitle' in params ? params.noticeTitle : null,
      actorName: 'actorName' in params ? params.actorName : null,
      savedSearchId,
      read: readAt !== null,
      readAt,
      createdAt,
      params,
    });
  }
}

@ObjectType()
export class NotificationPage extends Paginated(Notification) {
  @Field(() => Int, { description: 'Unread notifications in all pages' })
  unreadCount: number;
}
