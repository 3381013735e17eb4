import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Context, CurrentViewer } from '../graphql/access.decorators';
import { loaderFor, type RequestContext, type Viewer } from '../graphql/request-context';
import { NotificationService } from '../notifications/notification.service';
import { SearchKind } from '../search/search-kind';
import { Solution } from './solution.model';
import { SolutionService } from './solution.service';

/** Following solutions: you hear when a procurement names one as its result. */
@Resolver(() => Solution)
export class SolutionFollowResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly solutionService: SolutionService,
  ) {}

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Idempotent; the solution must be visible to you' })
  async followSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('solutionId', { type: () => ID }) solutionId: string,
  ) {
    const solution = await this.solutionService.getVisible(viewer, solutionId, 'solutionId');
    await this.notificationService.follow(viewer, SearchKind.SOLUTION, solution.id);
    return true;
  }

  @Authenticated()
  @Mutation(() => Boolean)
  async unfollowSolution(
    @CurrentViewer() viewer: Viewer,
    @Args('solutionId', { type: () => ID }) solutionId: string,
  ) {
    const solution = await this.solutionService.getVisible(viewer, solutionId, 'solutionId');
    await this.notificationService.unfollow(viewer, SearchKind.SOLUTION, solution.id);
    return true;
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer follows the solution' })
  viewerFollows(@Parent() solution: Solution, @Context() context: RequestContext): Promise<boolean> {
    return loaderFor(context, 'viewerFollowsSolution', async (ids) => {
      const followed = await this.notificationService.followedAmong(context.viewer, SearchKind.SOLUTION, ids);
      return ids.map((id) => followed.has(id));
    }).load(solution.id);
  }
}
