import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { PageHeading } from '../../common/components/PageHeading';
import { AccountSummary } from './AccountSummary';
import { ChangePasswordForm } from './ChangePasswordForm';
import { EmailFrequencySetting } from './EmailFrequencySetting';
import { LanguageSetting } from './LanguageSetting';
import { SignOutEverywhere } from './SignOutEverywhere';

/** The viewer's own account and settings: who they are, language, e-mail notifications, password, sessions. */
export function ProfilePage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const mustChange = viewer?.mustChangePassword === true;
  return (
    <div className="page-narrow">
      <PageHeading>{t('profile.heading')}</PageHeading>
      {viewer && <AccountSummary viewer={viewer} />}
      {mustChange ? (
        <ChangePasswordForm required />
      ) : (
        <>
          <LanguageSetting />
          <section aria-labelledby="email-settings-heading">
            <Heading level={2} data-size="sm" id="email-settings-heading">
              {t('profile.emailHeading')}
            </Heading>
            <EmailFrequencySetting />
          </section>
          <ChangePasswordForm required={false} />
          <SignOutEverywhere />
        </>
      )}
    </div>
  );
}
