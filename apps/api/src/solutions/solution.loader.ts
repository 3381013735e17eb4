import { byKeys, loaderFor, type RequestContext } from '../graphql/request-context';
import { Solution } from './solution.model';
import type { SolutionService } from './solution.service';

/** Loads solutions by id, batched per request; drafts of other organisations come back as null. */
export function loadVisibleSolution(
  context: RequestContext,
  solutions: SolutionService,
  id: string,
): Promise<Solution | null> {
  const viewerOrganization = context.viewer?.organizationId;
  return loaderFor(context, 'solutionById', async (ids) =>
    byKeys(
      ids,
      (await solutions.findByIds(ids))
        .filter((s) => s.status !== 'DRAFT' || s.ownerId === viewerOrganization)
        .map(Solution.from),
      (s) => s.id,
    ),
  ).load(id);
}
