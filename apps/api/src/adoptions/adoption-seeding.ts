import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { AdoptionRepository } from './adoption.repository';
import type { AdoptionStage } from './adoption-stage';

/** The writes of demo data: no viewer and no checks, so only the seed module calls them. */
@Injectable()
export class AdoptionSeeding {
  constructor(private readonly adoptions: AdoptionRepository) {}

  /** Records each adoption, confirmed as of `now`, and recounts the solution once. */
  async setStages(
    unitOfWork: UnitOfWork,
    solutionId: string,
    stages: { organizationId: string; stage: AdoptionStage }[],
    now = new Date(),
  ): Promise<void> {
    for (const { organizationId, stage } of stages) {
      await this.adoptions.upsert(unitOfWork, solutionId, organizationId, stage, now);
    }
    await this.adoptions.recount(unitOfWork, solutionId, now);
  }
}
