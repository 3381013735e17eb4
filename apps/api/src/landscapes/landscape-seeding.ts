import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '../database/unit-of-work';
import { validateKnownSystemIds } from '../systems/system-catalogue';
import { LandscapeRepository } from './landscape.repository';

/** The writes of demo data: no viewer and no permission check, so only the seed module calls them. */
@Injectable()
export class LandscapeSeeding {
  constructor(private readonly landscapes: LandscapeRepository) {}

  /** Sets an organisation's systems; an id the catalogue lacks is refused like any input's. */
  setSystems(unitOfWork: UnitOfWork, organizationId: string, systemIds: string[]): Promise<void> {
    return this.landscapes.replace(
      unitOfWork,
      organizationId,
      validateKnownSystemIds('systemIds', systemIds),
    );
  }
}
