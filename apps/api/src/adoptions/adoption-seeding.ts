import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { AdoptionRepository } from './adoption.repository';
import type { AdoptionStage } from './adoption-stage';

/** The writes of demo data: no viewer and no checks, so only the seed module calls them. */
@Injectable()
export class AdoptionSeeding {
  constructor(private readonly adoptions: AdoptionRepository) {}

  async setStage(unitOfWork: UnitOfWork, solutionId: string, organizationId: string, stage: AdoptionStage) {
    await this.adoptions.upsert(unitOfWork, solutionId, organizationId, stage);
  }
}
