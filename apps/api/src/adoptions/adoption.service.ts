import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { Clock } from '../clock/clock';
import { notFound } from '../common/domain-error';
import { requiredOneOf, validatePage, validateUuid } from '../common/input-validation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { NotificationService } from '../notifications/notification.service';
import { NotificationEvent } from '../notifications/notification-events';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { OrganizationKind } from '../organizations/organization-kind';
import { populationBand } from '../organizations/population';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import type { SolutionEntity } from '../solutions/solution.entity';
import { SolutionService } from '../solutions/solution.service';
import { SolutionStatus } from '../solutions/solution-status';
import type { AdoptionEntity } from './adoption.entity';
import { adoptionError } from './adoption.errors';
import { AdoptionRepository } from './adoption.repository';
import { type AdoptionChangeEvent, adoptEvent, adoptionChangeDraft } from './adoption-events';
import { AdoptionStage } from './adoption-stage';
import type { ReuseStoryInput } from './reuse-story.model';
import { validateReuseStory } from './reuse-story.validation';

@Injectable()
export class AdoptionService {
  constructor(
    private readonly adoptions: AdoptionRepository,
    private readonly solutions: SolutionService,
    private readonly organizations: OrganizationService,
    private readonly outbox: SearchOutboxRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Idempotent per organisation: a repeat changes the stage; either confirms the adoption. An
   * archived solution's adopters may still change theirs; nobody adopts it anew.
   */
  async adopt(viewer: Viewer, solutionId: string, stage: AdoptionStage): Promise<AdoptionEntity> {
    const solution = await this.adoptable(viewer, solutionId, viewer.organizationId);
    requiredOneOf('stage', stage, Object.values(AdoptionStage));
    const actorName = await this.organizationName(viewer);
    return this.change(solution.id, async (unitOfWork, now, status) => {
      const before = await this.adoptions.findIn(unitOfWork, solution.id, viewer.organizationId);
      if (!before) requireOpenToNewAdoptions(status, 'solutionId');
      const adoption = await this.adoptions.upsert(
        unitOfWork,
        solution.id,
        viewer.organizationId,
        stage,
        now,
      );
      await this.audit.record(
        unitOfWork,
        viewer,
        AuditAction.SOLUTION_ADOPTED,
        { kind: 'SOLUTION', id: solution.id },
        { stage },
      );
      await this.tellOwnerAndFollowers(
        unitOfWork,
        viewer,
        adoptEvent(before, stage),
        solution,
        adoption,
        actorName,
      );
      return adoption;
    });
  }

  /** The owner names an organisation that uses the solution; it counts once that organisation confirms. */
  async propose(
    viewer: Viewer,
    solutionId: string,
    organizationId: string,
    stage: AdoptionStage,
  ): Promise<AdoptionEntity> {
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    if (solution.ownerId !== viewer.organizationId)
      throw adoptionError('NOT_SOLUTION_OWNER', 'Only members of the owner propose adopters', {
        field: 'solutionId',
      });
    const adopter = await this.organizations.findById(validateUuid('organizationId', organizationId));
    if (!adopter) throw notFound('Organization', 'organizationId');
    await this.adoptable(viewer, solutionId, adopter.id, 'organizationId');
    requiredOneOf('stage', stage, Object.values(AdoptionStage));
    return this.change(solution.id, async (unitOfWork, now, status) => {
      requireOpenToNewAdoptions(status, 'solutionId');
      if (!(await this.adoptions.propose(unitOfWork, solution.id, adopter.id, stage, solution.ownerId, now)))
        throw adoptionError('ADOPTION_EXISTS', 'The organisation already has an adoption of this solution', {
          field: 'organizationId',
        });
      return this.adoptions.get(unitOfWork, solution.id, adopter.id);
    });
  }

  /** The adopter: still at this stage, due again a year from now. */
  async confirm(viewer: Viewer, solutionId: string): Promise<AdoptionEntity> {
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    const actorName = await this.organizationName(viewer);
    return this.change(solution.id, async (unitOfWork, now) => {
      if (!(await this.adoptions.confirm(unitOfWork, solution.id, viewer.organizationId, now)))
        throw notFound('Adoption', 'solutionId');
      const adoption = await this.adoptions.get(unitOfWork, solution.id, viewer.organizationId);
      const event = NotificationEvent.ADOPTION_CONFIRMED;
      await this.tellOwnerAndFollowers(unitOfWork, viewer, event, solution, adoption, actorName);
      return adoption;
    });
  }

  /** The adopter tells how it went; its figures add to the solution's totals while it counts. */
  async setStory(viewer: Viewer, solutionId: string, input: ReuseStoryInput): Promise<AdoptionEntity> {
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    const story = validateReuseStory(input);
    return this.change(solution.id, async (unitOfWork, now) => {
      if (!(await this.adoptions.setStory(unitOfWork, solution.id, viewer.organizationId, story, now)))
        throw notFound('Adoption', 'solutionId');
      return this.adoptions.get(unitOfWork, solution.id, viewer.organizationId);
    });
  }

  /** True when the viewer's organisation had adopted the solution (or been proposed) and no longer has. */
  async withdraw(viewer: Viewer, solutionId: string): Promise<boolean> {
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    return this.change(solution.id, async (unitOfWork) => {
      const withdrawn = await this.adoptions.delete(unitOfWork, solution.id, viewer.organizationId);
      if (withdrawn)
        await this.audit.record(unitOfWork, viewer, AuditAction.ADOPTION_WITHDRAWN, {
          kind: 'SOLUTION',
          id: solution.id,
        });
      return withdrawn;
    });
  }

  /**
   * Recounts one solution whose adoptions may have stopped counting by `now` (the confirmation job),
   * inside the caller's transaction.
   */
  async recountLapsed(unitOfWork: UnitOfWork, solutionId: string, now: Date): Promise<void> {
    await this.adoptions.lockSolution(unitOfWork, solutionId);
    if (await this.adoptions.recount(unitOfWork, solutionId, now))
      await this.outbox.enqueue(unitOfWork, 'SOLUTION', solutionId);
  }

  findBySolutionIds(solutionIds: readonly string[]): Promise<AdoptionEntity[]> {
    return this.adoptions.findBySolutionIds(solutionIds);
  }

  listByOrganization(organizationId: string, limit: number, offset: number): Promise<Page<AdoptionEntity>> {
    return this.adoptions.listByOrganization(
      validateUuid('organizationId', organizationId),
      validatePage(limit, offset),
    );
  }

  /**
   * Other municipalities in the same county or population band that use something, those alike in
   * both first, then by name.
   */
  async similarTo(organization: Organization, limit: number): Promise<Organization[]> {
    const ids = await this.adoptions.adoptingOrganizationIds();
    const scored = (await this.organizations.findByIds(ids))
      .map(Organization.from)
      .filter((other) => other.kind === OrganizationKind.MUNICIPALITY && other.id !== organization.id)
      .map((other) => ({ other, alike: alikeness(organization, other) }))
      .filter(({ alike }) => alike > 0)
      .sort((a, b) => b.alike - a.alike || a.other.name.localeCompare(b.other.name, 'nb'));
    return scored.slice(0, validatePage(limit, 0).limit).map(({ other }) => other);
  }

  /**
   * Read before a change's transaction, never inside it: the transaction holds a pool connection
   * while it waits for the solution's lock, and one more for this read would starve the pool when
   * many adopt at once.
   */
  private async organizationName(viewer: Viewer): Promise<string> {
    return (await this.organizations.getById(viewer.organizationId)).name;
  }

  /** Tells the solution's owner and followers what the viewer's organisation did, in its transaction. */
  private tellOwnerAndFollowers(
    unitOfWork: UnitOfWork,
    viewer: Viewer,
    event: AdoptionChangeEvent,
    solution: SolutionEntity,
    adoption: AdoptionEntity,
    actorName: string,
  ): Promise<void> {
    return this.notifications.notify(
      unitOfWork,
      adoptionChangeDraft(event, solution, adoption, actorName),
      { organizationId: solution.ownerId, followersOf: { kind: 'SOLUTION', id: solution.id } },
      viewer.userId,
    );
  }

  /** The solution `organizationId` may adopt, or change its adoption of: someone else's, not a draft. */
  private async adoptable(
    viewer: Viewer,
    solutionId: string,
    organizationId: string,
    field = 'solutionId',
  ): Promise<SolutionEntity> {
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    if (solution.ownerId === organizationId) {
      throw adoptionError('CANNOT_ADOPT_OWN_SOLUTION', 'An organisation cannot adopt its own solution', {
        field,
      });
    }
    if (solution.status === SolutionStatus.DRAFT) requireOpenToNewAdoptions(solution.status, 'solutionId');
    return solution;
  }

  /**
   * One change of a solution's adoptions, in one transaction with its counters and its search
   * document: the solution's lock first, so concurrent changes of one solution take turns.
   */
  private change<T>(
    solutionId: string,
    work: (unitOfWork: UnitOfWork, now: Date, status: SolutionStatus) => Promise<T>,
  ): Promise<T> {
    return this.transactions.run(async (unitOfWork) => {
      const now = this.clock.now();
      const status = await this.adoptions.lockSolution(unitOfWork, solutionId);
      const result = await work(unitOfWork, now, status);
      await this.adoptions.recount(unitOfWork, solutionId, now);
      await this.outbox.enqueue(unitOfWork, 'SOLUTION', solutionId);
      return result;
    });
  }
}

/** Only a published solution takes new adoptions (or proposals); an archived one keeps those it has. */
function requireOpenToNewAdoptions(status: SolutionStatus, field: string): void {
  if (status === SolutionStatus.ARCHIVED)
    throw adoptionError('SOLUTION_ARCHIVED', 'The solution is archived: nobody can newly adopt it', {
      field,
    });
  if (status !== SolutionStatus.PUBLISHED)
    throw adoptionError('SOLUTION_NOT_PUBLISHED', 'Only published solutions can be adopted', { field });
}

/** 1 for the same county or population band, 2 for both, 0 for neither. */
function alikeness(one: Organization, other: Organization): number {
  const sameCounty = one.countyNumber !== null && one.countyNumber === other.countyNumber;
  const sameBand =
    one.population !== null &&
    other.population !== null &&
    populationBand(one.population) === populationBand(other.population);
  return Number(sameCounty) + Number(sameBand);
}
