import { Heading } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Viewer } from '../../auth/hooks/SessionProvider';

/** Who the viewer is signed in as: name, e-mail, organisation and role. */
export function AccountSummary({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const facts: [string, string][] = [
    [t('profile.name'), viewer.name],
    [t('profile.email'), viewer.email],
    [t('profile.organization'), viewer.organization.name],
    [t('profile.role'), t(`role.${viewer.role}`)],
  ];
  return (
    <section aria-labelledby="account-heading" className="facts">
      <Heading level={2} data-size="sm" id="account-heading">
        {t('profile.accountHeading')}
      </Heading>
      <dl>
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
