import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer } from '../graphql/access.decorators';
import type { Viewer } from '../graphql/request-context';
import { Notification, NotificationPage } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

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
}
