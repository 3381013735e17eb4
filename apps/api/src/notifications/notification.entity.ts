import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ProcurementProcedure } from '../procurement/procurement-procedure';
import type { FollowTargetKind, MarketplaceItemKind, NotificationEvent } from './notification-kinds';

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
  subjectKind: MarketplaceItemKind;

  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('text')
  title: string;

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

/** A search a user keeps: new matching items notify them, and its Atom feed lists the matches. */
@Entity('saved_searches')
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  name: string;

  @Column('text')
  query: string;

  @Column('text', { array: true })
  kinds: MarketplaceItemKind[];

  @Column('text', { name: 'service_areas', array: true })
  serviceAreas: string[];

  @Column('text', { name: 'cpv_divisions', array: true })
  cpvDivisions: string[];

  @Column('text', { array: true })
  procedures: ProcurementProcedure[];

  @Column('text', { name: 'county_numbers', array: true })
  countyNumbers: string[];

  @Column('boolean', { name: 'open_only' })
  openOnly: boolean;

  /** The secret in the feed URL; readable without login, so it must be unguessable. */
  @Column('text', { name: 'feed_token' })
  feedToken: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export type SavedSearchFields = Pick<
  SavedSearchEntity,
  'name' | 'query' | 'kinds' | 'serviceAreas' | 'cpvDivisions' | 'procedures' | 'countyNumbers' | 'openOnly'
>;
