import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SolutionStatus } from './solution-status';

@Entity('solutions')
export class SolutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  summary: string;

  @Column('text')
  description: string;

  @Column('text', { name: 'service_area' })
  serviceArea: string;

  @Column('text', { array: true, default: '{}' })
  tags: string[];

  @Column('text', { nullable: true })
  license: string | null;

  @Column('text', { name: 'source_code_url', nullable: true })
  sourceCodeUrl: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  /** Gevinstrealisering: what the owner gained, in its own words. */
  @Column('text', { nullable: true })
  benefits: string | null;

  @Column('integer', { name: 'annual_savings_nok', nullable: true })
  annualSavingsNok: number | null;

  @Column('text')
  status: SolutionStatus;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  /** Changed only together with an adoption row, in the same transaction. */
  @Column('integer', { name: 'reuse_count', default: 0 })
  reuseCount: number;

  /** The counting adoptions by stage, and their stories' totals: changed only with reuseCount. */
  @Column('integer', { name: 'in_use_count', default: 0 })
  inUseCount: number;

  @Column('integer', { name: 'piloting_count', default: 0 })
  pilotingCount: number;

  @Column('integer', { name: 'evaluating_count', default: 0 })
  evaluatingCount: number;

  @Column('integer', { name: 'hours_saved_per_year', default: 0 })
  hoursSavedPerYear: number;

  /** bigint: PostgreSQL returns it as a string. */
  @Column('bigint', { name: 'savings_nok_per_year', default: 0 })
  savingsNokPerYear: string;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export type SolutionFields = Pick<
  SolutionEntity,
  | 'title'
  | 'summary'
  | 'description'
  | 'serviceArea'
  | 'tags'
  | 'license'
  | 'sourceCodeUrl'
  | 'contactEmail'
  | 'benefits'
  | 'annualSavingsNok'
>;
