import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { Clock } from '../clock/clock';
import { notFound } from '../common/domain-error';
import { requiredOneOf, validatePage, validateUuid } from '../common/input-validation';
import { TransactionRunner, type UnitOfWork } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
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
  ) {}

  /** Idempotent per organisation: a repeat changes the stage; either confirms the adoption. */
  async adopt(viewer: Viewer, solutionId: string, stage: AdoptionStage): Promise<AdoptionEntity> {
    const solution = await this.adoptable(viewer, solutionId, viewer.organizationId);
    requiredOneOf('stage', stage, Object.values(AdoptionStage));
    return this.change(solution.id, async (unitOfWork, now) => {
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
    return this.change(solution.id, async (unitOfWork, now) => {
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
    return this.change(solution.id, async (unitOfWork, now) => {
      if (!(await this.adoptions.confirm(unitOfWork, solution.id, viewer.organizationId, now)))
        throw notFound('Adoption', 'solutionId');
      return this.adoptions.get(unitOfWork, solution.id, viewer.organizationId);
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

  /** The published solution `organizationId` may adopt: not its own. */
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
    if (solution.status !== SolutionStatus.PUBLISHED) {
      throw adoptionError('SOLUTION_NOT_PUBLISHED', 'Only published solutions can be adopted', {
        field: 'solutionId',
      });
    }
    return solution;
  }

  /**
   * One change of a solution's adoptions, in one transaction with its counters and its search
   * document: the solution's lock first, so concurrent changes of one solution take turns.
   */
  private change<T>(solutionId: string, work: (unitOfWork: UnitOfWork, now: Date) => Promise<T>): Promise<T> {
    return this.transactions.run(async (unitOfWork) => {
      const now = this.clock.now();
      await this.adoptions.lockSolution(unitOfWork, solutionId);
      const result = await work(unitOfWork, now);
      await this.adoptions.recount(unitOfWork, solutionId, now);
      await this.outbox.enqueue(unitOfWork, 'SOLUTION', solutionId);
      return result;
    });
  }
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
