import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ContactPersonValue } from '../common/contact-person';
import type { SolutionLink } from '../solutions/solution-profile';
import type { ProcurementProcedure } from './procurement-procedure';

@Entity('procurement_notices')
export class ProcurementNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  @Column('text')
  procedure: ProcurementProcedure;

  /** Full CPV codes with check digit, e.g. "72000000-5". */
  @Column('text', { name: 'cpv_codes', array: true })
  cpvCodes: string[];

  @Column('text', { name: 'service_area' })
  serviceArea: string;

  @Column('timestamptz')
  deadline: Date;

  /** The last moment suppliers may ask questions; before the deadline. */
  @Column('timestamptz', { name: 'question_deadline', nullable: true })
  questionDeadline: Date | null;

  @Column('jsonb', { nullable: true })
  contact: ContactPersonValue | null;

  /** Tender documents, each with a label. */
  @Column('jsonb', { default: () => "'[]'" })
  links: SolutionLink[];

  @Column('integer', { name: 'estimated_value_nok', nullable: true })
  estimatedValueNok: number | null;

  @Column('text', { name: 'external_url', nullable: true })
  externalUrl: string | null;

  @Column('uuid', { name: 'buyer_id' })
  buyerId: string;

  @Column('uuid', { name: 'need_id', nullable: true })
  needId: string | null;

  /** The reusable solution the procurement produced, once it concluded. */
  @Column('uuid', { name: 'resulting_solution_id', nullable: true })
  resultingSolutionId: string | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
