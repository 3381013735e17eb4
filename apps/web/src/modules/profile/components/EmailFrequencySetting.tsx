import { useMutation, useQuery } from '@apollo/client/react';
import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { EmailFrequency } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import { NotificationSettingsQuery, SetNotificationSettingsMutation } from '../graphql/notification-settings';

const FREQUENCIES: EmailFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER'];

/** How often notifications come by e-mail; saved as soon as it is chosen. */
export function EmailFrequencySetting() {
  const { t } = useI18n();
  const query = useQuery(NotificationSettingsQuery);
  // The settings have no id to normalise by, so the answer is written over the query's.
  const [save, { error }] = useMutation(SetNotificationSettingsMutation, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({
          query: NotificationSettingsQuery,
          data: { __typename: 'Query', notificationSettings: data.setNotificationSettings },
        });
    },
  });
  const [saved, setSaved] = useState(false);
  const current = query.data?.notificationSettings.emailFrequency;

  const choose = async (emailFrequency: EmailFrequency) => {
    setSaved(false);
    await save({ variables: { emailFrequency } }).catch(() => undefined);
    setSaved(true);
  };

  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('profile.emailFrequency')}</Fieldset.Legend>
        <Fieldset.Description>{t('profile.emailFrequencyHelp')}</Fieldset.Description>
        {FREQUENCIES.map((frequency) => (
          <Radio
            key={frequency}
            name="emailFrequency"
            value={frequency}
            label={t(`profile.frequency.${frequency}`)}
            checked={current === frequency}
            onChange={() => choose(frequency)}
          />
        ))}
      </Fieldset>
      <p role="status">{saved && !error ? t('profile.saved') : ''}</p>
      {error && <ErrorAlert error={error} />}
    </>
  );
}
