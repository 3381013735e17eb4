import { Injectable } from '@nestjs/common';
import { commonError } from '../common/domain-error';
import { TransactionRunner } from '../database/unit-of-work';
import type { Viewer } from '../graphql/request-context';
import { isPublicBody } from '../organizations/organization-kind';
import { validateKnownSystemIds } from '../systems/system-catalogue';
import { landscapeError } from './landscape.errors';
import { LandscapeRepository } from './landscape.repository';

export const MAX_ORGANIZATION_SYSTEMS = 50;

/** Which systems an organisation runs: told only to its own members and to public organisations. */
@Injectable()
export class LandscapeService {
  constructor(
    private readonly landscapes: LandscapeRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Suppliers must not target a municipality by its systems: companies and anonymous visitors see none. */
  static mayRead(viewer: Viewer | null, organizationId: string): boolean {
    return !!viewer && (viewer.organizationId === organizationId || isPublicBody(viewer.organizationKind));
  }

  /** The viewer's organisation when fit applies to it: a logged-in member of a public organisation. */
  static fitOrganization(viewer: Viewer | null): string | null {
    return viewer && isPublicBody(viewer.organizationKind) ? viewer.organizationId : null;
  }

  systemIdsOf(organizationIds: readonly string[]): Promise<string[][]> {
    return this.landscapes.systemIdsOf(organizationIds);
  }

  async setSystems(viewer: Viewer, systemIds: string[]): Promise<void> {
    if (viewer.role !== 'ADMIN')
      throw landscapeError('NOT_ORGANIZATION_ADMIN', "Only an ADMIN can set the organisation's systems");
    if (systemIds.length > MAX_ORGANIZATION_SYSTEMS)
      throw commonError('TOO_MANY', `systemIds allows at most ${MAX_ORGANIZATION_SYSTEMS}`, {
        field: 'systemIds',
        params: { max: MAX_ORGANIZATION_SYSTEMS },
      });
    const known = validateKnownSystemIds('systemIds', systemIds);
    await this.transactions.run((unitOfWork) =>
      this.landscapes.replace(unitOfWork, viewer.organizationId, known),
    );
  }

  /** Published solutions that run on the viewer's systems; none known (anonymous): only those needing nothing. */
  solutionIdsRunningOn(viewer: Viewer | null): Promise<string[]> {
    return this.landscapes.solutionIdsRunningOn(viewer?.organizationId ?? null);
  }
}
