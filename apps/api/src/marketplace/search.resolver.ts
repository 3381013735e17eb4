import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { validatePage } from '../common/input-validation';
import { Context, OptionalViewer, Public } from '../graphql/access.decorators';
import { loaderFor, type RequestContext, type Viewer } from '../graphql/request-context';
import { Need } from '../needs/need.model';
import { ProcurementNotice } from '../procurement/procurement-notice.model';
import { Solution } from '../solutions/solution.model';
import { SearchFilter, SearchSort } from './search.inputs';
import { type SearchHit, SearchResult } from './search.model';
import { type SearchHitEntity, SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Public()
  @Query(() => SearchResult, {
    description:
      'Full text over published solutions, needs and notices; typo tolerant; an empty query lists all, most in use first',
  })
  async search(
    @OptionalViewer() viewer: Viewer | null,
    @Args('query') query: string,
    @Args('filter', { type: () => SearchFilter, nullable: true }) filter: SearchFilter | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20 }) limit: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
    @Args('sort', { type: () => SearchSort, nullable: true, defaultValue: SearchSort.RELEVANCE })
    sort: SearchSort | null,
  ): Promise<SearchResult> {
    const result = await this.searchService.search(viewer, query, filter, limit ?? 20, offset ?? 0, sort);
    return { ...result, hits: result.hits.map(toHitModel) };
  }

  @Public()
  @Query(() => [Solution], {
    description: 'Published solutions that best match a text, e.g. a need being written',
  })
  async similarSolutions(
    @Args('text') text: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 5 }) limit: number | null,
  ): Promise<Solution[]> {
    return (await this.searchService.similarSolutions(text, limit ?? 5)).map(Solution.from);
  }
}

/** The search fields of Need live here, beside the rest of search. */
@Resolver(() => Need)
export class NeedSimilarSolutionsResolver {
  constructor(private readonly searchService: SearchService) {}

  @ResolveField(() => [Solution], {
    description: 'Existing published solutions that may already meet the need, best first',
  })
  similarSolutions(
    @Parent() need: Need,
    @Context() context: RequestContext,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 5 }) limit: number | null,
  ): Promise<Solution[]> {
    return loaderFor(context, `similarSolutionsByNeedId:${limit}`, async (needIds) => {
      const needs = new Map((await this.searchService.findNeedsByIds(needIds)).map((n) => [n.id, n]));
      const texts = needIds.map((id) => {
        const found = needs.get(id);
        return found ? `${found.title}\n${found.description}` : '';
      });
      const matches = await this.searchService.similarSolutionsForMany(
        texts,
        validatePage(limit ?? 5, 0).limit,
      );
      return matches.map((solutions) => solutions.map(Solution.from));
    }).load(need.id);
  }
}

function toHitModel(hit: SearchHitEntity): SearchHit {
  switch (hit.kind) {
    case 'SOLUTION':
      return Solution.from(hit.entity);
    case 'NEED':
      return Need.from(hit.entity);
    case 'PROCUREMENT_NOTICE':
      return ProcurementNotice.from(hit.entity);
  }
}
