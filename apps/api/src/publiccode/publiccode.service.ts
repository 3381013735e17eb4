import { Inject, Injectable } from '@nestjs/common';
import { AdoptionService } from '../adoptions/adoption.service';
import { adoptionCounts } from '../adoptions/adoption-confirmation';
import { Clock } from '../clock/clock';
import { InvalidInput } from '../common/domain-error';
import type { Viewer } from '../graphql/request-context';
import { OrganizationService } from '../organizations/organization.service';
import { Solution } from '../solutions/solution.model';
import { SolutionService } from '../solutions/solution.service';
import { exportPubliccode, type PubliccodeExport } from './publiccode-export';
import { planImport, problemOf } from './publiccode-import';
import { type PubliccodeProblemValue, validatePubliccode } from './publiccode-validator';
import { checkUrlAnswers, HOST_RESOLVER, type HostResolver } from './url-reachability';

/** The URLs a file's check reaches at most, so one request cannot make the server fetch many. */
const MAX_CHECKED_URLS = 10;

@Injectable()
export class PubliccodeService {
  constructor(
    private readonly solutions: SolutionService,
    private readonly organizations: OrganizationService,
    private readonly adoptions: AdoptionService,
    private readonly clock: Clock,
    @Inject(HOST_RESOLVER) private readonly resolveHost: HostResolver,
  ) {}

  /** The file's problems; with `checkUrls`, also whether its URLs answer (a valid file only). */
  async validate(yaml: string, checkUrls = false): Promise<PubliccodeProblemValue[]> {
    const { problems, data } = validatePubliccode(yaml);
    if (!checkUrls || !data) return problems;
    return [...problems, ...(await this.unreachable(data))];
  }

  /** A DRAFT of the viewer's organisation, unless a problem is an ERROR. */
  async import(
    viewer: Viewer,
    yaml: string,
  ): Promise<{ solution: Solution | null; problems: PubliccodeProblemValue[] }> {
    const { problems, data } = validatePubliccode(yaml);
    if (!data) return { solution: null, problems };
    const plan = planImport(data);
    try {
      const solution = await this.solutions.create(viewer, plan.input, plan.imported);
      return { solution: Solution.from(solution), problems: [...problems, ...plan.problems] };
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      const refused = error.problems.map((problem) => problemOf(problem, plan.keyOf));
      return { solution: null, problems: [...problems, ...plan.problems, ...refused] };
    }
  }

  /** The solution as a publiccode.yml, with the adopters that count and the declared users in usedBy. */
  async exportOf(solution: Solution): Promise<PubliccodeExport> {
    const now = this.clock.now();
    const counting = (await this.adoptions.findBySolutionIds([solution.id])).filter(
      (adoption) =>
        adoption.organizationId !== solution.ownerId &&
        adoptionCounts(adoption.stage, adoption.confirmedAt, now),
    );
    const organizations = await this.organizations.findByIds([
      solution.ownerId,
      ...counting.map((adoption) => adoption.organizationId),
    ]);
    const nameOf = new Map(organizations.map((organization) => [organization.id, organization]));
    const owner = nameOf.get(solution.ownerId);
    return exportPubliccode(solution, {
      ownerName: owner?.name ?? '',
      ownerOrganizationNumber: owner?.organizationNumber ?? null,
      adopterNames: counting.flatMap((adoption) => nameOf.get(adoption.organizationId)?.name ?? []).sort(),
    });
  }

  /** The file of a solution the viewer may see: a published one, or a draft of their own. */
  async exportVisible(viewer: Viewer | null, id: string): Promise<PubliccodeExport | null> {
    const solution = await this.solutions.findVisible(viewer, id);
    return solution && this.exportOf(Solution.from(solution));
  }

  private async unreachable(data: Record<string, unknown>): Promise<PubliccodeProblemValue[]> {
    const urls = urlsOf(data).slice(0, MAX_CHECKED_URLS);
    const verdicts = await Promise.all(
      urls.map(async ([key, url]) => [key, await checkUrlAnswers(url, this.resolveHost)] as const),
    );
    return verdicts.flatMap(([key, message]) =>
      message ? [{ severity: 'ERROR' as const, key, message, line: null, column: null }] : [],
    );
  }
}

/** The URLs the parser's network checks reach: the repository, landing page, roadmap and documentation. */
function urlsOf(data: Record<string, unknown>): [string, string][] {
  const urls: [string, string][] = [];
  for (const key of ['url', 'landingURL', 'roadmap'])
    if (typeof data[key] === 'string') urls.push([key, data[key] as string]);
  for (const [language, description] of Object.entries(
    (data.description ?? {}) as Record<string, Record<string, unknown>>,
  ))
    for (const key of ['documentation', 'apiDocumentation'])
      if (typeof description[key] === 'string')
        urls.push([`description.${language}.${key}`, description[key] as string]);
  return urls;
}
