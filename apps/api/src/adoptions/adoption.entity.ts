import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AdoptionStage } from './adoption-stage';

/** One organisation's adoption of one solution; unique per (solution, organisation). */
@Entity('adoptions')
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'solution_id' })
  solutionId: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  stage: AdoptionStage;

  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  /** Null while the owner's proposal waits for the adopter. */
  @Column('timestamptz', { name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  /** The owner organisation that proposed it, if the adopter did not register it itself. */
  @Column('uuid', { name: 'proposed_by', nullable: true })
  proposedBy: string | null;

  /** Whether the solution's stored counters include it; changed only with them. */
  @Column('boolean')
  counted: boolean;

  @Column('integer', { name: 'story_hours_saved_per_year', nullable: true })
  storyHoursSavedPerYear: number | null;

  @Column('integer', { name: 'story_savings_nok_per_year', nullable: true })
  storySavingsNokPerYear: number | null;

  @Column('text', { name: 'story_adaptations', nullable: true })
  storyAdaptations: string | null;

  @Column('smallint', { name: 'story_rating', nullable: true })
  storyRating: number | null;

  @Column('text', { name: 'story_review', nullable: true })
  storyReview: string | null;

  @Column('timestamptz', { name: 'story_updated_at', nullable: true })
  storyUpdatedAt: Date | null;

  @Column('text', { name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column('text', { name: 'contact_role', nullable: true })
  contactRole: string | null;

  @Column('text', { name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column('text', { name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
