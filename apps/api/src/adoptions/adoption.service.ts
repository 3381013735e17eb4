import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-action';
import { requiredOneOf, validatePage, validateUuid } from '../common/input-validation';
import { TransactionRunner } from '../database/unit-of-work';
import type { Page } from '../graphql/paginated';
import type { Viewer } from '../graphql/request-context';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import { SolutionService } from '../solutions/solution.service';
import { SolutionStatus } from '../solutions/solution-status';
import type { AdoptionEntity } from './adoption.entity';
import { adoptionError } from './adoption.errors';
import { AdoptionRepository } from './adoption.repository';
import { AdoptionStage } from './adoption-stage';

@Injectable()
export class AdoptionService {
  constructor(
    private readonly adoptions: AdoptionRepository,
    private readonly solutions: SolutionService,
    private readonly outbox: SearchOutboxRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent per organisation: a repeat only changes the stage. */
  async adopt(viewer: Viewer, solutionId: string, stage: AdoptionStage): Promise<AdoptionEntity> {
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    requiredOneOf('stage', stage, Object.values(AdoptionStage));
    if (solution.ownerId === viewer.organizationId) {
      throw adoptionError('CANNOT_ADOPT_OWN_SOLUTION', 'An organisation cannot adopt its own solution', {
        field: 'solutionId',
      });
    }
    if (solution.status !== SolutionStatus.PUBLISHED) {
      throw adoptionError('SOLUTION_NOT_PUBLISHED', 'Only published solutions can be adopted', {
        field: 'solutionId',
      });
    }
    return this.transactions.run(async (unitOfWork) => {
      const adoption = await this.adoptions.upsert(unitOfWork, solution.id, viewer.organizationId, stage);
      await this.outbox.enqueue(unitOfWork, 'SOLUTION', solution.id);
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

  /** True when the viewer's organisation had adopted the solution and no longer has. */
  async withdraw(viewer: Viewer, solutionId: string): Promise<boolean> {
    const solution = await this.solutions.getVisible(viewer, solutionId, 'solutionId');
    return this.transactions.run(async (unitOfWork) => {
      const withdrawn = await this.adoptions.delete(unitOfWork, solution.id, viewer.organizationId);
      if (withdrawn) {
        await this.outbox.enqueue(unitOfWork, 'SOLUTION', solution.id);
        await this.audit.record(unitOfWork, viewer, AuditAction.ADOPTION_WITHDRAWN, {
          kind: 'SOLUTION',
          id: solution.id,
        });
      }
      return withdrawn;
    });
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
}
