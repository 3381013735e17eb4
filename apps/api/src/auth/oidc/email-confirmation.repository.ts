import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../../database/unit-of-work';

/** One-time links that confirm an e-mail address, kept only as their SHA-256 hash. */
@Injectable()
export class EmailConfirmationRepository {
  async insert(
    unitOfWork: UnitOfWork,
    tokenHash: string,
    userId: string,
    email: string,
    expiresAt: Date,
  ): Promise<void> {
    await unitOfWork.query(
      'INSERT INTO email_confirmation_tokens (token_hash, user_id, email, expires_at) VALUES ($1, $2, $3, $4)',
      [tokenHash, userId, email, expiresAt],
    );
  }

  /** Uses up a live link, once even under concurrent use: whose address it confirms, or null. */
  async consume(
    unitOfWork: UnitOfWork,
    tokenHash: string,
  ): Promise<{ userId: string; email: string } | null> {
    const [rows] = (await unitOfWork.query(
      `UPDATE email_confirmation_tokens SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id AS "userId", email`,
      [tokenHash],
    )) as [{ userId: string; email: string }[], number];
    return rows[0] ?? null;
  }
}
