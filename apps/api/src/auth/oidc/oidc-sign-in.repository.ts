import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnitOfWork } from '../../database/unit-of-work';

export interface LoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A sign-in the provider vouched for, waiting for the web app (and on first sign-in, for the person). */
export interface PendingSignIn {
  id: string;
  issuer: string;
  subject: string;
  sid: string | null;
  name: string | null;
  organizationIds: string[];
}

const PENDING_COLUMNS = `id, issuer, subject, sid, name, organization_ids AS "organizationIds"`;

/** Logins in progress and finished ones waiting to be redeemed; codes and tickets are kept only as hashes. */
@Injectable()
export class OidcSignInRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new attempt; expired ones are deleted in the same statement, so they do not pile up. */
  async insertAttempt(attempt: LoginAttempt, expiresAt: Date): Promise<string> {
    const [{ id }] = (await this.dataSource.query(
      `WITH expired AS (DELETE FROM oidc_login_attempts WHERE expires_at <= now())
       INSERT INTO oidc_login_attempts (state, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [attempt.state, attempt.nonce, attempt.codeVerifier, expiresAt],
    )) as { id: string }[];
    return id;
  }

  /** Uses up a live attempt, once: a replayed callback finds nothing. */
  async consumeAttempt(id: string): Promise<LoginAttempt | null> {
    const [rows] = (await this.dataSource.query(
      `DELETE FROM oidc_login_attempts WHERE id = $1 AND expires_at > now()
       RETURNING state, nonce, code_verifier AS "codeVerifier"`,
      [id],
    )) as [LoginAttempt[], number];
    return rows[0] ?? null;
  }

  async insertSignIn(
    signIn: Omit<PendingSignIn, 'id'>,
    codeHash: string,
    codeExpiresAt: Date,
  ): Promise<void> {
    await this.dataSource.query(
      `WITH expired AS (
         DELETE FROM oidc_sign_ins WHERE code_expires_at <= now() - interval '1 day')
       INSERT INTO oidc_sign_ins (code_hash, code_expires_at, issuer, subject, sid, name, organization_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        codeHash,
        codeExpiresAt,
        signIn.issuer,
        signIn.subject,
        signIn.sid,
        signIn.name,
        signIn.organizationIds,
      ],
    );
  }

  /** Uses up a live one-time code, once even under concurrent redemption. */
  async consumeCode(codeHash: string): Promise<PendingSignIn | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE oidc_sign_ins SET code_used_at = now()
       WHERE code_hash = $1 AND code_used_at IS NULL AND code_expires_at > now()
       RETURNING ${PENDING_COLUMNS}`,
      [codeHash],
    )) as [PendingSignIn[], number];
    return rows[0] ?? null;
  }

  /** The ticket that lets the person finish the sign-in (choose the organisation, give name and e-mail). */
  async setTicket(id: string, ticketHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(
      'UPDATE oidc_sign_ins SET ticket_hash = $2, ticket_expires_at = $3 WHERE id = $1',
      [id, ticketHash, expiresAt],
    );
  }

  /** Uses up a live ticket in the caller's transaction: an error after this puts it back. */
  async consumeTicket(unitOfWork: UnitOfWork, ticketHash: string): Promise<PendingSignIn | null> {
    const [rows] = (await unitOfWork.query(
      `UPDATE oidc_sign_ins SET completed_at = now()
       WHERE ticket_hash = $1 AND completed_at IS NULL AND ticket_expires_at > now()
       RETURNING ${PENDING_COLUMNS}`,
      [ticketHash],
    )) as [PendingSignIn[], number];
    return rows[0] ?? null;
  }

  async findByTicket(ticketHash: string): Promise<PendingSignIn | null> {
    const [row] = (await this.dataSource.query(
      `SELECT ${PENDING_COLUMNS} FROM oidc_sign_ins
       WHERE ticket_hash = $1 AND completed_at IS NULL AND ticket_expires_at > now()`,
      [ticketHash],
    )) as PendingSignIn[];
    return row ?? null;
  }
}
