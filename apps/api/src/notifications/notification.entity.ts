import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { SearchDocumentKind } from '../search/search-kind';
import type { AnyNotificationParams, FollowTargetKind, NotificationEvent } from './notification-events';

/** An in-app notification for one user; unique per (user, event_key) so an event never notifies twice. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  event: NotificationEvent;

  @Column('text', { name: 'event_key' })
  eventKey: string;

  @Column('text', { name: 'subject_kind' })
  subjectKind: SearchDocumentKind;

  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  /** NotificationParams of the event. */
  @Column('jsonb')
  params: AnyNotificationParams;

  @Column('uuid', { name: 'saved_search_id', nullable: true })
  savedSearchId: string | null;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A user following a need or a solution. */
@Entity('follows')
export class FollowEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @PrimaryColumn('text', { name: 'target_kind' })
  targetKind: FollowTargetKind;

  @PrimaryColumn('uuid', { name: 'target_id' })
  targetId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
