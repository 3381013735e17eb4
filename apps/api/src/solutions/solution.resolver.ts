import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Context, CurrentViewer, OptionalViewer, Public } from '../graphql/access.decorators';
import type { RequestContext, Viewer } from '../graphql/request-context';
import { loadOrganization } from '../organizations/organization.loader';
import { Organization } from '../organizations/organization.model';
import { OrganizationService } from '../organizations/organization.service';
import { SolutionInput, SolutionListFilter } from './solution.inputs';
import { Solution, SolutionPage } from './solution.model';
import { SolutionService } from './solution.service';
import { SolutionSort } from './solution-status';

@Resolver(() => Solution)
export class SolutionResolver {
  constructor(
    private readonly solutionService: SolutionService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Public()
  @Query(() => Solution, { nullable: true, description: "A DRAFT is visible to its owner's members only" })
  async solution(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string) {
    const solution = await this.solutionService.findVisible(viewer, id);
    return solution && Solution.from(solution);
  }

  @Public()
  @Query(() => SolutionPage, {
    description: 'Published solutions, plus drafts and archived ones of your own organisation',
  })
  async solutions(
    @OptionalViewer() viewer: Viewer | null,
    @Args('filter', { type: () => SolutionListFilter, nullable: true }) filter: SolutionListFilter | null,
    @Args('sort', { type: () => SolutionSort, defaultValue: SolutionSort.MOST_REUSED }) sort: SolutionSort,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<SolutionPage> {
    const page = await this.solutionService.list(viewer, filter, sort, limit, offset);
    return { items: page.items.map(Solution.from), totalCount: page.totalCount };
  }

  @Authenticated()
  @Mutation(() => Solution, { description: "Created as DRAFT, owned by the caller's organisation" })
  async createSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SolutionInput,
  ): Promise<Solution> {
    return Solution.from(await this.solutionService.create(viewer, input));
  }

  @Authenticated()
  @Mutation(() => Solution, { description: 'Members of the owner only' })
  async updateSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SolutionInput,
  ): Promise<Solution> {
    return Solution.from(await this.solutionService.update(viewer, id, input));
  }

  @Authenticated()
  @Mutation(() => Solution)
  async publishSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Solution> {
    return Solution.from(await this.solutionService.publish(viewer, id));
  }

  @Authenticated()
  @Mutation(() => Solution)
  async archiveSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Solution> {
    return Solution.from(await this.solutionService.archive(viewer, id));
  }

  @ResolveField(() => Organization)
  owner(@Parent() solution: Solution, @Context() context: RequestContext): Promise<Organization> {
    return loadOrganization(context, this.organizationService, solution.ownerId);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer belongs to the owner and may edit it' })
  viewerCanEdit(@Parent() solution: Solution, @OptionalViewer() viewer: Viewer | null): boolean {
    return viewer?.organizationId === solution.ownerId;
  }
}
