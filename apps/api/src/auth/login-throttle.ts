import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import type { RateRule } from '../config/rate-limits';
import { APP_CONFIG } from '../core.module';
import { type RateCounter, RateLimitStore } from '../rate-limit/rate-limit-store';
import { authError } from './auth.errors';

/** One admitted password check: say how it went. */
export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

/** No wait after the first two failures, then 1, 2, 4, 8, … seconds before the next guess. */
export const pauseAfter = (failures: number): number => (failures < 3 ? 0 : 2 ** (failures - 3));

/**
 * Bounds password guessing per account and client address: each guess is counted before the
 * password is checked, so concurrent guesses cannot all pass; the limit's guesses are spaced by
 * growing pauses; the last one locks the pair for a whole window. Another address is counted
 * apart, so failures elsewhere never lock the owner out. Counts live in the shared store, keyed
 * by a hash: nothing grows in this process with the emails tried.
 */
@Injectable()
export class LoginThrottle {
  private readonly rule: RateRule;
  private readonly guesses: RateCounter;
  private readonly pauses: RateCounter;

  constructor(@Inject(APP_CONFIG) config: AppConfig, store: RateLimitStore) {
    this.rule = config.rateLimits.loginGuesses;
    this.guesses = store.counter('login-guesses', this.rule);
    this.pauses = store.counter('login-pauses', { points: 1, seconds: this.rule.seconds });
  }

  /** Admits one password check of `email` from `address`, or refuses it with how long to wait. */
  async admit(email: string, address: string): Promise<LoginAttempt> {
    const key = attemptKey(email, address);
    const pause = await this.pauses.blockedFor(key);
    if (pause > 0) throw tooManyAttempts(pause);
    const guess = await this.guesses.consume(key);
    if (!guess.allowed) throw tooManyAttempts(guess.retryAfterSeconds);
    return {
      failed: () => this.afterFailure(key, guess.count),
      succeeded: async () => {
        await Promise.all([this.guesses.reset(key), this.pauses.reset(key)]);
      },
    };
  }

  private async afterFailure(key: string, failures: number): Promise<void> {
    if (failures >= this.rule.points) await this.guesses.block(key, this.rule.seconds);
    else if (pauseAfter(failures) > 0) await this.pauses.block(key, pauseAfter(failures));
  }
}

function attemptKey(email: string, address: string): string {
  return createHash('sha256').update(`${email.trim().toLowerCase()}\n${address}`).digest('base64url');
}

const tooManyAttempts = (retryAfterSeconds: number) =>
  authError('TOO_MANY_LOGIN_ATTEMPTS', `Too many login attempts; try again in ${retryAfterSeconds} seconds`, {
    params: { retryAfterSeconds },
  });
