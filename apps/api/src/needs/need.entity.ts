import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ContactPersonValue } from '../common/contact-person';
import type { NeedResponseStatus, NeedStatus } from './need-status';

@Entity('needs')
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  @Column('text', { name: 'service_area' })
  serviceArea: string;

  @Column('text')
  status: NeedStatus;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  /** Whom suppliers the owner shortlisted may call; the author unless the owner named someone else. */
  @Column('jsonb', { nullable: true })
  contact: ContactPersonValue | null;

  /** Changed only together with a participant row, in the same transaction. */
  @Column('integer', { name: 'participant_count', default: 0 })
  participantCount: number;

  /** Changed only together with a response row, in the same transaction. */
  @Column('integer', { name: 'response_count', default: 0 })
  responseCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Another public organisation that shares the need; a partner once the owner accepted it. */
@Entity('need_participants')
export class NeedParticipantEntity {
  @PrimaryColumn('uuid', { name: 'need_id' })
  needId: string;

  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A supplier's answer to a need; one per organisation. */
@Entity('need_responses')
export class NeedResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'need_id' })
  needId: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  pitch: string;

  /** Whom the need's owner and partners call about the answer. */
  @Column('jsonb')
  contact: ContactPersonValue;

  @Column('text')
  status: NeedResponseStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
