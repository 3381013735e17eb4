import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { authError } from './auth.errors';
import { type ProviderSession, SessionRepository } from './session.repository';
import { TokenService } from './token.service';

const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Signed-in sessions: a bearer token works while its session row lives. */
@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Starts a session for the user and returns its bearer token; every way of signing in comes through
   * here, so a deactivated user is refused in one place.
   */
  async start(userId: string, provider?: ProviderSession): Promise<string> {
    const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
    const sessionId = await this.sessions.insert(userId, expiresAt, provider);
    if (!sessionId) throw authError('ACCOUNT_DEACTIVATED', 'This account has been deactivated');
    return this.tokens.issue({ userId, sessionId }, expiresAt);
  }

  /** The viewer behind a bearer token, or null when it is missing, invalid, expired or its session ended. */
  async viewerFor(token: string | undefined): Promise<Viewer | null> {
    const claims = token ? this.tokens.verify(token) : null;
    return claims ? this.sessions.findViewer(claims) : null;
  }

  /** Ends one session at once; false when it had already ended. */
  end(sessionId: string): Promise<boolean> {
    return this.sessions.delete(sessionId);
  }

  /** Front-channel logout: the provider's session ended, so every session started from it ends. */
  endProviderSession(provider: ProviderSession): Promise<number> {
    return this.sessions.deleteByProviderSession(provider);
  }

  /** Ends every session of the user, as a password reset, signing out everywhere and deactivation do. */
  endAll(userId: string, unitOfWork: UnitOfWork): Promise<void> {
    return this.sessions.deleteAllBut(userId, null, unitOfWork);
  }

  endAllBut(userId: string, keptSessionId: string, unitOfWork: UnitOfWork): Promise<void> {
    return this.sessions.deleteAllBut(userId, keptSessionId, unitOfWork);
  }
}
