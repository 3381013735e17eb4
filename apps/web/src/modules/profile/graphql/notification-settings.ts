import { graphql } from '../../../generated';

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      emailFrequency
    }
  }
`);

export const SetNotificationSettingsMutation = graphql(`
  mutation SetNotificationSettings($emailFrequency: EmailFrequency!) {
    setNotificationSettings(emailFrequency: $emailFrequency) {
      emailFrequency
    }
  }
`);
