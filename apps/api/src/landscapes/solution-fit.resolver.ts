import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Context } from '../graphql/access.decorators';
import type { RequestContext } from '../graphql/request-context';
import { Solution } from '../solutions/solution.model';
import type { SolutionRequirementValue } from '../solutions/solution-profile';
import { systemIdsLoader, systemsOf } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { SolutionFit, SolutionRequirement } from './solution-fit.model';

type StoredRequirements = { requirements: SolutionRequirementValue[] };

const asRequirement = (stored: SolutionRequirementValue): SolutionRequirement => ({
  description: stored.description,
  anyOf: systemsOf(stored.anyOfSystemIds),
});

@Resolver(() => Solution)
export class SolutionFitResolver {
  constructor(private readonly landscapes: LandscapeService) {}

  @ResolveField(() => [SolutionRequirement])
  requirements(@Parent() solution: Solution): SolutionRequirement[] {
    return (solution as Solution & StoredRequirements).requirements.map(asRequirement);
  }

  @ResolveField(() => SolutionFit, {
    name: 'fit',
    nullable: true,
    description: "For the viewer's public organisation; null for anyone else",
  })
  async fitOf(@Parent() solution: Solution, @Context() context: RequestContext): Promise<SolutionFit | null> {
    const organizationId = LandscapeService.fitOrganization(context.viewer);
    if (!organizationId) return null;
    const runs = new Set(await systemIdsLoader(context, this.landscapes).load(organizationId));
    const stored = (solution as Solution & StoredRequirements).requirements;
    const isMet = (r: SolutionRequirementValue) => r.anyOfSystemIds.some((id) => runs.has(id));
    const met = stored.filter(isMet).map(asRequirement);
    const missing = stored.filter((r) => !isMet(r)).map(asRequirement);
    return { runsHere: missing.length === 0, met, missing };
  }
}
