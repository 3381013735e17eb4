import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from '../core.module';

const AUDIENCE = 'lokomotiv-unsubscribe';

/** Signed links that stop a user's mail without logging in; they never expire, like the mail they come in. */
@Injectable()
export class UnsubscribeTokens {
  constructor(@Inject(JWT_SECRET) private readonly secret: string) {}

  issue(userId: string): string {
    return jwt.sign({}, this.secret, {
      subject: userId,
      audience: AUDIENCE,
      algorithm: 'HS256',
      noTimestamp: true,
    });
  }

  /** The user the token names, or null for a forged or foreign token. */
  userOf(token: string): string | null {
    try {
      const payload = jwt.verify(token, this.secret, { audience: AUDIENCE, algorithms: ['HS256'] });
      return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
