import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnitOfWork } from '../database/unit-of-work';

/** One-time reset tokens, kept only as their SHA-256 hash. */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(unitOfWork: UnitOfWork, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
    await unitOfWork.query(
      'INSERT INTO password_reset_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)',
      [tokenHash, userId, expiresAt],
    );
  }

  async countSince(userId: string, since: Date): Promise<number> {
    const [row] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM password_reset_tokens WHERE user_id = $1 AND created_at > $2',
      [userId, since],
    );
    return row.n;
  }

  /** Uses up a live token, once even under concurrent use; the user it was for, or null. */
  async consume(unitOfWork: UnitOfWork, tokenHash: string): Promise<string | null> {
    const [rows] = await unitOfWork.query(
      `UPDATE password_reset_tokens SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [tokenHash],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Every other link of the user stops working once one was used. */
  async expireAll(unitOfWork: UnitOfWork, userId: string): Promise<void> {
    await unitOfWork.query(
      'UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
  }
}
