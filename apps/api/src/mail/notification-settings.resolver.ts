import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requiredOneOf } from '../common/input-validation';
import { Authenticated, CurrentViewer } from '../graphql/access.decorators';
import type { Viewer } from '../graphql/request-context';
import { EmailFrequency } from './email-frequency';
import { NotificationSettings } from './notification-settings.model';
import { NotificationSettingsRepository } from './notification-settings.repository';

@Resolver(() => NotificationSettings)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsRepository) {}

  @Authenticated()
  @Query(() => NotificationSettings, { description: 'How often the viewer is mailed their notifications' })
  notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettings> {
    return this.settings.get(viewer.userId);
  }

  @Authenticated()
  @Mutation(() => NotificationSettings, {
    description: 'IMMEDIATELY, a DAILY or WEEKLY digest (07:00 Europe/Oslo, Mondays), or NEVER',
  })
  setNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('emailFrequency', { type: () => EmailFrequency }) emailFrequency: EmailFrequency,
  ): Promise<NotificationSettings> {
    return this.settings.setFrequency(
      viewer.userId,
      requiredOneOf('emailFrequency', emailFrequency, Object.values(EmailFrequency)),
    );
  }
}
