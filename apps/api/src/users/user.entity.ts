import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from './language';
import type { Role } from './role';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique case-insensitively. */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  /** Null for people who sign in through Ansattporten only. */
  @Column('text', { name: 'password_hash', select: false, nullable: true })
  passwordHash: string | null;

  /** Who vouches for an Ansattporten user: the provider's issuer and its `sub` for them (never the `pid`). */
  @Column('text', { name: 'oidc_issuer', nullable: true })
  oidcIssuer: string | null;

  @Column('text', { name: 'oidc_subject', nullable: true })
  oidcSubject: string | null;

  /** False until an Ansattporten user follows the confirmation link mailed to the address they gave. */
  @Column('boolean', { name: 'email_confirmed', default: true })
  emailConfirmed: boolean;

  @Column('text')
  role: Role;

  @Column('boolean', { name: 'is_platform_admin', default: false })
  isPlatformAdmin: boolean;

  /** What the interface, mail and feeds speak to the user. */
  @Column('text', { default: 'NB' })
  language: Language;

  /** Set when an administrator gave the user a temporary password; cleared when they choose their own. */
  @Column('boolean', { name: 'must_change_password', default: false })
  mustChangePassword: boolean;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set while an administrator has deactivated the user: they cannot sign in, and no session of theirs works. */
  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;

  /** When a session was last started for the user (any way of signing in). */
  @Column('timestamptz', { name: 'last_login_at', nullable: true })
  lastLoginAt: Date | null;
}
