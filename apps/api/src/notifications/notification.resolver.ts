import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Context, CurrentViewer } from '../graphql/access.decorators';
import type { RequestContext, Viewer } from '../graphql/request-context';
import { SavedSearchInput } from './notification.inputs';
import { Notification, NotificationPage, SavedSearch } from './notification.model';
import { NotificationService } from './notification.service';
import { publicBaseUrl } from './public-base-url';
import { SavedSearchService } from './saved-search.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly savedSearchService: SavedSearchService,
  ) {}

  @Authenticated()
  @Query(() => NotificationPage, { description: "The viewer's in-app notifications, newest first" })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<NotificationPage> {
    const page = await this.notificationService.list(viewer, unreadOnly, limit, offset);
    return { ...page, items: page.items.map(Notification.from) };
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Marks your own notifications read; returns how many changed' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.notificationService.markRead(viewer, ids);
  }

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
