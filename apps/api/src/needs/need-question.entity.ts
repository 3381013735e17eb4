import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A public clarification question on a need; shown to everyone without the asker. */
@Entity('need_questions')
export class NeedQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'need_id' })
  needId: string;

  /** Never exposed through the API: the questions are anonymised. */
  @Column('uuid', { name: 'asker_user_id' })
  askerUserId: string;

  @Column('text')
  question: string;

  @Column('text', { nullable: true })
  answer: string | null;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
