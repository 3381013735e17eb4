import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { OrganizationService } from '../organizations/organization.service';
import { SolutionService } from '../solutions/solution.service';
import { SolutionKind } from '../solutions/solution-profile';
import { buildCatalog, type CatalogEntry } from './dcat-catalog';
import type { RdfGraph } from './rdf-graph';

/** A harvest reads the whole catalogue in one answer; past this many the newest are kept. */
export const MAX_CATALOG_ENTRIES = 5000;

@Injectable()
export class CatalogService {
  constructor(
    private readonly solutions: SolutionService,
    private readonly organizations: OrganizationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Published datasets and APIs with an endpoint. An owner without an organisation number is left
   * out: data.norge.no names every publisher by its number.
   */
  async catalog(): Promise<RdfGraph> {
    const solutions = await this.solutions.listPublishedOfKinds(
      [SolutionKind.DATASET, SolutionKind.INTEGRATION],
      MAX_CATALOG_ENTRIES,
    );
    const owners = new Map(
      (await this.organizations.findByIds([...new Set(solutions.map((s) => s.ownerId))])).map((o) => [
        o.id,
        o,
      ]),
    );
    const entries = solutions.flatMap((solution): CatalogEntry[] => {
      const owner = owners.get(solution.ownerId);
      const listed = solution.kind === SolutionKind.DATASET || solution.endpointUrl;
      if (!listed || !owner?.organizationNumber) return [];
      return [{ solution, owner: { name: owner.name, organizationNumber: owner.organizationNumber } }];
    });
    return buildCatalog({ baseUrl: this.config.publicUrl, publisher: this.config.catalogPublisher, entries });
  }
}
