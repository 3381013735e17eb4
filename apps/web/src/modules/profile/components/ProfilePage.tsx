import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { PageHeading } from '../../common/components/PageHeading';
import { ChangePasswordForm } from './ChangePasswordForm';
import { EmailFrequencySetting } from './EmailFrequencySetting';

/** The viewer's own settings: e-mail notifications and password. */
export function ProfilePage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const mustChange = viewer?.mustChangePassword === true;
  return (
    <div className="page-narrow">
      <PageHeading>{t('profile.heading')}</PageHeading>
      {mustChange ? (
        <ChangePasswordForm required />
      ) : (
        <>
          <section aria-labelledby="email-settings-heading">
            <Heading level={2} data-size="sm" id="email-settings-heading">
              {t('profile.emailHeading')}
            </Heading>
            <EmailFrequencySetting />
          </section>
          <ChangePasswordForm required={false} />
        </>
      )}
    </div>
  );
}
