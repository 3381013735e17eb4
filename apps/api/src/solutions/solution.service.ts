import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { notFound } from '../common/domain-error';
import { validatePage, validateUuid } from '../common/input-validation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { NotificationService } from '../notifications/notification.service';
import { NotificationEvent } from '../notifications/notification-events';
import { OrganizationService } from '../organizations/organization.service';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { SearchKind } from '../search/search-kind';
import type { ImportedSolutionFields, SolutionEntity } from './solution.entity';
import { solutionError } from './solution.errors';
import type { SolutionInput, SolutionListFilter } from './solution.inputs';
import { SolutionRepository } from './solution.repository';
import { inputForUpdate, validateSolutionInput } from './solution-input.validation';
import type { SolutionKind } from './solution-profile';
import { SolutionSort, SolutionStatus } from './solution-status';

@Injectable()
export class SolutionService {
  constructor(
    private readonly solutions: SolutionRepository,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutboxRepository,
    private readonly transactions: TransactionRunner,
    private readonly notifications: NotificationService,
    private readonly organizations: OrganizationService,
  ) {}

  /** The solution as the viewer may see it: someone else's draft does not exist for them. */
  async findVisible(viewer: Viewer | null, id: string): Promise<SolutionEntity | null> {
    const solution = await this.solutions.findById(validateUuid('id', id));
    if (!solution) return null;
    const isDraft = solution.status === SolutionStatus.DRAFT;
    return isDraft && solution.ownerId !== viewer?.organizationId ? null : solution;
  }

  async getVisible(viewer: Viewer | null, id: string, field = 'id'): Promise<SolutionEntity> {
    const solution = await this.findVisible(viewer, validateUuid(field, id));
    if (!solution) throw notFound('Solution', field);
    return solution;
  }

  findByIds(ids: readonly string[]): Promise<SolutionEntity[]> {
    return this.solutions.findByIds(ids);
  }

  listPublishedOfKinds(kinds: readonly SolutionKind[], limit: number): Promise<SolutionEntity[]> {
    return this.solutions.listPublishedOfKinds(kinds, limit);
  }

  list(
    viewer: Viewer | null,
    filter: SolutionListFilter | null | undefined,
    sort: SolutionSort,
    limit: number,
    offset: number,
  ): Promise<Page<SolutionEntity>> {
    return this.solutions.list(
      {
        viewerOrganizationId: viewer?.organizationId ?? null,
        ownerId: filter?.ownerId ? validateUuid('ownerId', filter.ownerId) : null,
        statuses: filter?.statuses?.length ? filter.statuses : [SolutionStatus.PUBLISHED],
        serviceAreas: filter?.serviceAreas,
        sort,
      },
      validatePage(limit, offset),
    );
  }

  /** A DRAFT of the viewer's organisation; `imported` carries what only a publiccode.yml gives. */
  create(
    viewer: Viewer,
    input: SolutionInput,
    imported: ImportedSolutionFields = {},
  ): Promise<SolutionEntity> {
    const fields = validateSolutionInput(input);
    return this.write(async (unitOfWork) =>
      this.solutions.insert(unitOfWork, {
        ...fields,
        ...imported,
        ownerId: viewer.organizationId,
        status: SolutionStatus.DRAFT,
      }),
    );
  }

  async update(viewer: Viewer, id: string, input: SolutionInput): Promise<SolutionEntity> {
    const solution = await this.getEditable(viewer, id);
    const fields = validateSolutionInput(inputForUpdate(solution, input));
    return this.write((unitOfWork) => this.solutions.update(unitOfWork, solution.id, fields));
  }

  async publish(viewer: Viewer, id: string): Promise<SolutionEntity> {
    const solution = await this.getEditable(viewer, id);
    if (solution.status === SolutionStatus.PUBLISHED) return solution;
    await this.requireVerifiedOwner(solution.ownerId);
    return this.write(async (unitOfWork) => {
      const published = await this.solutions.update(unitOfWork, solution.id, {
        status: SolutionStatus.PUBLISHED,
        publishedAt: solution.publishedAt ?? new Date(),
      });
      // Once per solution: a notification's event key is unique per user, so a republish is quiet.
      await this.notifications.notifySavedSearchMatches(
        unitOfWork,
        { kind: SearchKind.SOLUTION, id: solution.id, title: published.title },
        viewer.userId,
      );
      await this.audit.record(unitOfWork, viewer, AuditAction.SOLUTION_PUBLISHED, {
        kind: SearchKind.SOLUTION,
        id: solution.id,
      });
      return published;
    });
  }

  /** Its adopters keep their adoptions (they may still change or withdraw them) and are told. */
  async archive(viewer: Viewer, id: string): Promise<SolutionEntity> {
    const solution = await this.getEditable(viewer, id);
    if (solution.status === SolutionStatus.ARCHIVED) return solution;
    // Read before the transaction, so that it never holds one pool connection while asking for another.
    const owner = await this.organizations.getById(solution.ownerId);
    return this.write(async (unitOfWork) => {
      await this.audit.record(unitOfWork, viewer, AuditAction.SOLUTION_ARCHIVED, {
        kind: SearchKind.SOLUTION,
        id: solution.id,
      });
      const archived = await this.solutions.update(unitOfWork, solution.id, {
        status: SolutionStatus.ARCHIVED,
      });
      await this.tellArchived(unitOfWork, viewer, archived, owner.name);
      return archived;
    });
  }

  /** Tells the adopters and followers of the solution, never the user who archived it. */
  private tellArchived(
    unitOfWork: UnitOfWork,
    viewer: Viewer,
    solution: SolutionEntity,
    ownerName: string,
  ): Promise<void> {
    const event = NotificationEvent.SOLUTION_ARCHIVED;
    return this.notifications.notify(
      unitOfWork,
      {
        event,
        // A solution published again may be archived again: each archive is an event of its own.
        eventKey: `${event}:${solution.id}:${randomUUID()}`,
        subjectKind: SearchKind.SOLUTION,
        subjectId: solution.id,
        params: { subjectTitle: solution.title, actorName: ownerName },
      },
      { adoptersOf: solution.id, followersOf: { kind: SearchKind.SOLUTION, id: solution.id } },
      viewer.userId,
    );
  }

  private async requireVerifiedOwner(ownerId: string): Promise<void> {
    if (!(await this.organizations.getById(ownerId)).verified)
      throw solutionError(
        'ORGANIZATION_NOT_VERIFIED',
        'Your organisation can publish solutions once a platform administrator has verified it',
      );
  }

  private async getEditable(viewer: Viewer, id: string): Promise<SolutionEntity> {
    const solution = await this.getVisible(viewer, id);
    if (solution.ownerId !== viewer.organizationId) {
      throw solutionError(
        'NOT_SOLUTION_OWNER',
        'Only members of the organisation that owns the solution can change it',
      );
    }
    return solution;
  }

  /** Runs a write and enqueues the written solution for the search index in the same transaction. */
  private write(work: (unitOfWork: UnitOfWork) => Promise<SolutionEntity>): Promise<SolutionEntity> {
    return this.transactions.run(async (unitOfWork) => {
      const solution = await work(unitOfWork);
      await this.outbox.enqueue(unitOfWork, SearchKind.SOLUTION, solution.id);
      return solution;
    });
  }
}
