import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { SessionEntity } from './session.entity';
import type { TokenClaims } from './token.service';

interface ViewerRow {
  user_id: string;
  organization_id: string;
  organization_kind: string;
  role: Viewer['role'];
  is_platform_admin: boolean;
}

/** The identity provider's session a sign-in came from (Ansattporten's `iss` and `sid`). */
export interface ProviderSession {
  issuer: string;
  sid: string;
}

@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A new session for an active user, who is marked as just signed in; the user's expired sessions are
   * deleted in the same statement, so they do not pile up. Null when the user is deactivated (or gone).
   */
  async insert(userId: string, expiresAt: Date, provider?: ProviderSession): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      `WITH expired AS (DELETE FROM sessions WHERE user_id = $1 AND expires_at <= now()),
            active AS (UPDATE users SET last_login_at = now() WHERE id = $1 AND deactivated_at IS NULL RETURNING id)
       INSERT INTO sessions (user_id, expires_at, oidc_issuer, oidc_sid) SELECT id, $2, $3, $4 FROM active RETURNING id`,
      [userId, expiresAt, provider?.issuer ?? null, provider?.sid ?? null],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /** Ends every session started from the provider's session `sid`; how many there were. */
  async deleteByProviderSession({ issuer, sid }: ProviderSession): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      'DELETE FROM sessions WHERE oidc_issuer = $1 AND oidc_sid = $2',
      [issuer, sid],
    )) as [unknown, number];
    return affected;
  }

  /** The viewer of a live session with its organisation's kind, in one query: this runs on every request with a token. */
  async findViewer({ userId, sessionId }: TokenClaims): Promise<Viewer | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id AS user_id, u.organization_id, o.kind AS organization_kind, u.role, u.is_platform_admin
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       JOIN organizations o ON o.id = u.organization_id
       WHERE s.id = $1 AND s.user_id = $2 AND s.expires_at > now() AND u.deactivated_at IS NULL`,
      [sessionId, userId],
    )) as ViewerRow[];
    if (!row) return null;
    return {
      userId: row.user_id,
      organizationId: row.organization_id,
      organizationKind: row.organization_kind,
      role: row.role,
      isPlatformAdmin: row.is_platform_admin,
      sessionId,
    };
  }

  async delete(sessionId: string): Promise<boolean> {
    const { affected } = await this.dataSource.getRepository(SessionEntity).delete({ id: sessionId });
    return (affected ?? 0) > 0;
  }

  /** Ends every session of the user but the kept one (all when it is null). */
  async deleteAllBut(userId: string, keptSessionId: string | null, manager: UnitOfWork): Promise<void> {
    await manager
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND id IS DISTINCT FROM :keptSessionId', { userId, keptSessionId })
      .execute();
  }
}
