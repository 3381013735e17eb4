import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { SearchOutboxRepository } from '../outbox/search-outbox.repository';
import type { SolutionEntity, SolutionFields } from './solution.entity';
import { SolutionRepository } from './solution.repository';
import { SolutionStatus } from './solution-status';

/** The writes of demo data: no viewer and no checks, so only the seed module calls them. */
@Injectable()
export class SolutionSeeding {
  constructor(
    private readonly solutions: SolutionRepository,
    private readonly outbox: SearchOutboxRepository,
  ) {}

  /** Inserts a solution published when it was created, and queues it for the search index. */
  async insertPublished(
    unitOfWork: UnitOfWork,
    solution: SolutionFields & Pick<SolutionEntity, 'ownerId'>,
  ): Promise<SolutionEntity> {
    const saved = await this.solutions.insert(unitOfWork, { ...solution, status: SolutionStatus.PUBLISHED });
    await this.solutions.update(unitOfWork, saved.id, { publishedAt: saved.createdAt });
    await this.outbox.enqueue(unitOfWork, 'SOLUTION', saved.id);
    return saved;
  }
}
