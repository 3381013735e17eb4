import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';

export const JWT_SECRET = Symbol('JWT_SECRET');
const ISSUER = 'lokomotiv';
const LIFETIME = '12h';

@Injectable()
export class TokenService {
  constructor(@Inject(JWT_SECRET) private readonly secret: string) {}

  issue(userId: string): string {
    return jwt.sign({}, this.secret, {
      subject: userId,
      issuer: ISSUER,
      expiresIn: LIFETIME,
      algorithm: 'HS256',
    });
  }

  /** The user id in a valid token, or null for a missing, forged or expired one. */
  verify(token: string): string | null {
    try {
      const payload = jwt.verify(token, this.secret, { issuer: ISSUER, algorithms: ['HS256'] });
      return typeof payload === 'object' && typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
