import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ContactPersonValue } from '../common/contact-person';
import type {
  SolutionBuilder,
  SolutionHosting,
  SolutionKind,
  SolutionLink,
  SolutionMaturity,
  SolutionProfileFields,
  SolutionRequirementValue,
} from './solution-profile';
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

  // What the solution is (solution-profile.ts).
  @Column('text')
  kind: SolutionKind;

  @Column('text')
  maturity: SolutionMaturity;

  @Column('date', { name: 'last_reviewed_on', nullable: true })
  lastReviewedOn: string | null;

  @Column('text', { name: 'license_id', nullable: true })
  licenseId: string | null;

  @Column('boolean', { name: 'open_source', default: false })
  openSource: boolean;

  @Column('jsonb', { nullable: true })
  contact: ContactPersonValue | null;

  @Column('jsonb', { default: () => "'[]'" })
  links: SolutionLink[];

  @Column('jsonb', { default: () => "'[]'" })
  requirements: SolutionRequirementValue[];

  @Column('text', { name: 'endpoint_url', nullable: true })
  endpointUrl: string | null;

  @Column('text', { name: 'rpa_platform_id', nullable: true })
  rpaPlatformId: string | null;

  @Column('text', { name: 'automated_process', nullable: true })
  automatedProcess: string | null;

  @Column('text', { name: 'dataset_format', nullable: true })
  datasetFormat: string | null;

  @Column('integer', { name: 'license_cost_nok', nullable: true })
  licenseCostNok: number | null;

  @Column('integer', { name: 'yearly_running_cost_nok', nullable: true })
  yearlyRunningCostNok: number | null;

  @Column('text', { name: 'price_model', nullable: true })
  priceModel: string | null;

  @Column('text', { name: 'built_by', nullable: true })
  builtBy: SolutionBuilder | null;

  @Column('text', { name: 'supplier_name', nullable: true })
  supplierName: string | null;

  @Column('text', { nullable: true })
  hosting: SolutionHosting | null;

  /** The organisations an imported publiccode.yml names in usedBy: declared, never counted as adoptions. */
  @Column('text', { name: 'declared_users', array: true, default: '{}' })
  declaredUsers: string[];

  /** The BCP 47 language of title, summary and description when not bokmål (an import in another). */
  @Column('text', { name: 'text_language', nullable: true })
  textLanguage: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export type SolutionFields = SolutionProfileFields &
  Pick<
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

/** What only an imported publiccode.yml sets. */
export type ImportedSolutionFields = Partial<Pick<SolutionEntity, 'declaredUsers' | 'textLanguage'>>;
