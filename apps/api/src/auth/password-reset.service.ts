import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InputCheck } from '../common/input-validation';
import { TransactionRunner } from '../database/unit-of-work';
import { PASSWORD_RESET_HOURS } from '../mail/mail-composer';
import { MailSender } from '../mail/mail-sender';
import { PasswordHasher } from '../users/password-hasher';
import { validatePassword } from '../users/password-policy';
import { UserService } from '../users/user.service';
import { authError } from './auth.errors';
import type { Session } from './auth.service';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionService } from './session.service';

/** Links mailed to one account per hour, so nobody can flood someone's inbox. */
const LINKS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Forgotten passwords: a one-time, expiring link by e-mail, and a new password through it. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly resets: PasswordResetRepository,
    private readonly users: UserService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mail: MailSender,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Mails a link when the account exists and is active; the answer is the same either way, so it tells nothing. */
  async request(email: string): Promise<true> {
    const user = typeof email === 'string' ? await this.users.findByEmail(email.trim()) : null;
    if (
      !user ||
      user.deactivatedAt ||
      (await this.resets.countSince(user.id, new Date(Date.now() - HOUR_MS))) >= LINKS_PER_HOUR
    )
      return true;
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashOf(token);
    await this.transactions.run(async (unitOfWork) => {
      await this.resets.insert(
        unitOfWork,
        tokenHash,
        user.id,
        new Date(Date.now() + PASSWORD_RESET_HOURS * HOUR_MS),
      );
      await this.mail.queuePasswordReset(unitOfWork, user.id, `reset.${tokenHash.slice(0, 32)}`, token);
    });
    return true;
  }

  /** Sets the new password, ends every session and reset link of the account, and logs in anew. */
  async reset(token: string, newPassword: string): Promise<Session> {
    const check = new InputCheck();
    check.collect(() => validatePassword('newPassword', newPassword));
    check.done();
    const newHash = await this.passwords.hash(newPassword);
    const userId = await this.transactions.run(async (unitOfWork) => {
      const owner = await this.resets.consume(unitOfWork, hashOf(String(token)));
      if (!owner) throw invalidLink();
      await this.resets.expireAll(unitOfWork, owner);
      await this.users.updatePasswordHash(owner, newHash, unitOfWork);
      await this.sessions.endAll(owner, unitOfWork);
      return owner;
    });
    const user = await this.users.findById(userId);
    if (!user) throw invalidLink();
    return { token: await this.sessions.start(user.id), user };
  }
}

const invalidLink = () =>
  authError('RESET_LINK_INVALID', 'The reset link is not valid: it was used, it expired, or it is wrong', {
    field: 'token',
  });
