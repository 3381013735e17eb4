import { Injectable } from '@nestjs/common';
import { requiredOneOf, validatePage, validateUuid } from '../common/input-validation';
import type { UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { auditError } from './audit.errors';
import { type AuditEntryRow, AuditRepository } from './audit.repository';
import { AuditAction } from './audit-action';

/** What a change was made to: `{ kind: 'SOLUTION', id }`. */
export interface AuditSubject {
  kind: string;
  id: string;
}

/** Records who changed what, in the caller's transaction; only platform administrators read it. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** `actor` is null for a change nobody signed in made (self-registration). */
  record(
    unitOfWork: UnitOfWork,
    actor: Pick<Viewer, 'userId' | 'organizationId'> | null,
    action: AuditAction,
    subject: AuditSubject,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.insert(unitOfWork, {
      actorUserId: actor?.userId ?? null,
      actorOrganizationId: actor?.organizationId ?? null,
      action,
      subjectKind: subject.kind,
      subjectId: subject.id,
      details,
    });
  }

  list(
    viewer: Viewer,
    filter: { action?: AuditAction | null; subjectId?: string | null },
    limit: number,
    offset: number,
  ): Promise<Page<AuditEntryRow>> {
    if (!viewer.isPlatformAdmin) {
      throw auditError(
        'ONLY_PLATFORM_ADMINS_READ_AUDIT_LOG',
        'Only platform administrators can read the audit log',
      );
    }
    return this.audit.list(
      {
        action: filter.action
          ? requiredOneOf('action', filter.action, Object.values(AuditAction))
          : undefined,
        subjectId: filter.subjectId ? validateUuid('subjectId', filter.subjectId) : undefined,
      },
      validatePage(limit, offset),
    );
  }
}
