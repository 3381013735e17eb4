import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Context, CurrentViewer } from '../graphql/access.decorators';
import type { RequestContext, Viewer } from '../graphql/request-context';
import { publicBaseUrl } from './public-base-url';
import { SavedSearchInput } from './saved-search.inputs';
import { SavedSearch } from './saved-search.model';
import { SavedSearchService } from './saved-search.service';

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  constructor(private readonly savedSearchService: SavedSearchService) {}

  @Authenticated()
  @Query(() => [SavedSearch])
  async mySavedSearches(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<SavedSearch[]> {
    const baseUrl = publicBaseUrl(context.req);
    return (await this.savedSearchService.listMine(viewer)).map((s) => SavedSearch.from(s, baseUrl));
  }

  @Authenticated()
  @Mutation(() => SavedSearch, {
    description: 'Follow a search: new matching items notify you, and it gets an Atom feed URL',
  })
  async saveSearch(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('input') input: SavedSearchInput,
  ): Promise<SavedSearch> {
    return SavedSearch.from(await this.savedSearchService.create(viewer, input), publicBaseUrl(context.req));
  }

  @Authenticated()
  @Mutation(() => Boolean)
  deleteSavedSearch(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.savedSearchService.delete(viewer, id);
  }
}
