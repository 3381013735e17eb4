import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { AdoptionRepository } from './adoption.repository';
import type { AdoptionStage } from './adoption-stage';

export interface SeededAdoption {
  organizationId: string;
  stage: AdoptionStage;
  /** Default: `now`. */
  confirmedAt?: Date;
  story?: { hoursSavedPerYear: number; savingsNokPerYear: number } | null;
}

/** The writes of demo data: no viewer and no checks, so only the seed module calls them. */
@Injectable()
export class AdoptionSeeding {
  constructor(private readonly adoptions: AdoptionRepository) {}

  /** Records each adoption, confirmed as given or as of `now`, with its story, and recounts the solution once. */
  async setStages(
    unitOfWork: UnitOfWork,
    solutionId: string,
    stages: SeededAdoption[],
    now = new Date(),
  ): Promise<void> {
    for (const { organizationId, stage, confirmedAt, story } of stages) {
      await this.adoptions.upsert(unitOfWork, solutionId, organizationId, stage, confirmedAt ?? now);
      if (story)
        await this.adoptions.setStory(
          unitOfWork,
          solutionId,
          organizationId,
          { ...story, adaptations: null, rating: null, review: null, contact: null },
          confirmedAt ?? now,
        );
    }
    await this.adoptions.recount(unitOfWork, solutionId, now);
  }
}
