import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PageArgs } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { AuditAction } from './audit-action';

export interface AuditEntryRow {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  action: AuditAction;
  subjectKind: string;
  subjectId: string;
  details: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntryRow, 'id' | 'occurredAt'>;

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(unitOfWork: UnitOfWork, entry: NewAuditEntry): Promise<void> {
    await unitOfWork.query(
      `INSERT INTO audit_log (actor_user_id, actor_organization_id, action, subject_kind, subject_id, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.actorUserId,
        entry.actorOrganizationId,
        entry.action,
        entry.subjectKind,
        entry.subjectId,
        JSON.stringify(entry.details),
      ],
    );
  }

  /** Newest first, optionally of one action or about one subject. */
  async list(
    filter: { action?: AuditAction; subjectId?: string },
    { limit, offset }: PageArgs,
  ): Promise<Page<AuditEntryRow>> {
    const rows: (AuditEntryRow & { total: number })[] = await this.dataSource.query(
      `SELECT id::text, occurred_at AS "occurredAt", actor_user_id AS "actorUserId",
              actor_organization_id AS "actorOrganizationId", action, subject_kind AS "subjectKind",
              subject_id AS "subjectId", details, count(*) OVER ()::int AS total
       FROM audit_log
       WHERE ($1::text IS NULL OR action = $1) AND ($2::uuid IS NULL OR subject_id = $2)
       ORDER BY occurred_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [filter.action ?? null, filter.subjectId ?? null, limit, offset],
    );
    return { items: rows.map(({ total: _total, ...row }) => row), totalCount: rows[0]?.total ?? 0 };
  }
}
