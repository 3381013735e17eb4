import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from '../core.module';

const ISSUER = 'lokomotiv';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a token says: whose session it is. */
export interface TokenClaims {
  userId: string;
  sessionId: string;
}

@Injectable()
export class TokenService {
  constructor(@Inject(JWT_SECRET) private readonly secret: string) {}

  issue({ userId, sessionId }: TokenClaims, expiresAt: Date): string {
    return jwt.sign({ exp: Math.floor(expiresAt.getTime() / 1000) }, this.secret, {
      subject: userId,
      jwtid: sessionId,
      issuer: ISSUER,
      algorithm: 'HS256',
    });
  }

  /**
   * The claims of a valid token, or null for a missing, forged or expired one, and for one signed
   * with our secret but not issued by us: without an expiry, or whose subject or id is not a uuid.
   */
  verify(token: string): TokenClaims | null {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (typeof payload !== 'object' || typeof payload.exp !== 'number') return null;
    const { sub, jti } = payload;
    if (typeof sub !== 'string' || !UUID.test(sub) || typeof jti !== 'string' || !UUID.test(jti)) return null;
    return { userId: sub.toLowerCase(), sessionId: jti.toLowerCase() };
  }
}
