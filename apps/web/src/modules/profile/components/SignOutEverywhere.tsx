import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert } from '../../common/components/QueryState';

/** Ends every session of the viewer on every device, this one too. */
export function SignOutEverywhere() {
  const { t } = useI18n();
  const { logOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const signOut = async () => {
    setBusy(true);
    setError(null);
    try {
      // Signed out, the profile's RequireLogin sends the visitor to the login page.
      await logOut({ everywhere: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sign-out-heading" className="form-section">
      <Heading level={2} data-size="sm" id="sign-out-heading">
        {t('profile.signOutHeading')}
      </Heading>
      <Paragraph>{t('profile.signOutHelp')}</Paragraph>
      <ErrorAlert error={error} />
      <BusyButton variant="secondary" data-color="danger" busy={busy} onClick={signOut}>
        {t('profile.signOutEverywhere')}
      </BusyButton>
    </section>
  );
}
