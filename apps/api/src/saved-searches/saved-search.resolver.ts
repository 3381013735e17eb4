import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core.module';
import { Authenticated, CurrentViewer } from '../graphql/access.decorators';
import type { Viewer } from '../graphql/request-context';
import { SavedSearchInput } from './saved-search.inputs';
import { SavedSearch } from './saved-search.model';
import { SavedSearchService } from './saved-search.service';

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  constructor(
    private readonly savedSearchService: SavedSearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authenticated()
  @Query(() => [SavedSearch])
  async mySavedSearches(@CurrentViewer() viewer: Viewer): Promise<SavedSearch[]> {
    return (await this.savedSearchService.listMine(viewer)).map((s) =>
      SavedSearch.from(s, this.config.publicUrl),
    );
  }

  @Authenticated()
  @Mutation(() => SavedSearch, {
    description: 'Follow a search: new matching items notify you, and it gets an Atom feed URL',
  })
  async saveSearch(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SavedSearchInput,
  ): Promise<SavedSearch> {
    return SavedSearch.from(await this.savedSearchService.create(viewer, input), this.config.publicUrl);
  }

  @Authenticated()
  @Mutation(() => SavedSearch, {
    description:
      "Replace a saved search's name and criteria (omitted ones become empty, as when saving); its feed URL stays. Only its owner",
  })
  async updateSavedSearch(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SavedSearchInput,
  ): Promise<SavedSearch> {
    return SavedSearch.from(await this.savedSearchService.update(viewer, id, input), this.config.publicUrl);
  }

  @Authenticated()
  @Mutation(() => Boolean)
  deleteSavedSearch(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.savedSearchService.delete(viewer, id);
  }
}
