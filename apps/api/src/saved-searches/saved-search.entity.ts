import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProcurementProcedure } from '../procurement/procurement-procedure';
import type { SearchDocumentKind } from '../search/search-kind';

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
  kinds: SearchDocumentKind[];

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
