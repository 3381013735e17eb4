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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
