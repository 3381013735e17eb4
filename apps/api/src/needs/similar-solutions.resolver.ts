import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Context, Public } from '../graphql/access.decorators';
import { groupByKeys, loaderFor, type RequestContext } from '../graphql/request-context';
import { Solution } from '../solutions/solution.model';
import { SolutionService } from '../solutions/solution.service';
import { Need } from './need.model';

/** "Before you build": whoever posts a need sees what already exists first. */
@Resolver(() => Need)
export class SimilarSolutionsResolver {
  constructor(private readonly solutionService: SolutionService) {}

  @Public()
  @Query(() => [Solution], { description: 'Published solutions that best match the text, e.g. a draft need' })
  async similarSolutions(
    @Args('text') text: string,
    @Args('limit', { type: () => Int, defaultValue: 5 }) limit: number,
  ): Promise<Solution[]> {
    return (await this.solutionService.findSimilar(text, limit)).map(Solution.from);
  }

  @ResolveField('similarSolutions', () => [Solution], {
    description: 'Published solutions that match this need, best first',
  })
  solutionsLike(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @Args('limit', { type: () => Int, defaultValue: 5 }) limit: number,
  ): Promise<Solution[]> {
    return loaderFor(context, `similarSolutionsByNeedId:${limit}`, async (ids) =>
      groupByKeys(ids, await this.solutionService.findSimilarForNeeds(ids, limit), (row) => row.needId).map(
        (rows) => rows.map((row) => Solution.from(row.solution)),
      ),
    ).load(need.id);
  }
}
