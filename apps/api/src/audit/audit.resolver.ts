import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer } from '../graphql/access.decorators';
import type { Viewer } from '../graphql/request-context';
import { AuditService } from './audit.service';
import { AuditAction } from './audit-action';
import { AuditEntry, AuditEntryPage } from './audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Authenticated()
  @Query(() => AuditEntryPage, {
    description: 'Who changed what, newest first. Platform administrators only',
  })
  async auditLog(
    @CurrentViewer() viewer: Viewer,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('action', { type: () => AuditAction, nullable: true }) action: AuditAction | null,
    @Args('subjectId', { type: () => ID, nullable: true }) subjectId: string | null,
  ): Promise<AuditEntryPage> {
    const page = await this.auditService.list(viewer, { action, subjectId }, limit, offset);
    return { items: page.items.map(AuditEntry.from), totalCount: page.totalCount };
  }
}
