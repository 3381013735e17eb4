import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationKind } from './organization-kind';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrganizationKind;

  /** Null only for reference-data bodies whose number the official sources do not give. */
  @Column('char', { name: 'organization_number', length: 9, nullable: true })
  organizationNumber: string | null;

  @Column('char', { name: 'municipality_number', length: 4, nullable: true })
  municipalityNumber: string | null;

  @Column('char', { name: 'county_number', length: 2, nullable: true })
  countyNumber: string | null;

  /** Public bodies are verified when created; a company once a platform admin verified it. */
  @Column('boolean', { default: false })
  verified: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** What a new organisation is created from: `verified` follows from its kind. */
export type NewOrganization = Omit<OrganizationEntity, 'id' | 'createdAt' | 'verified'>;
