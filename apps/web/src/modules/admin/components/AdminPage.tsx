import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { PageHeading } from '../../common/components/PageHeading';
import { CreateOrganizationForm } from './CreateOrganizationForm';
import { type ChoosableOrganization, CreateUserForm } from './CreateUserForm';
import { OrganizationDirectory } from './OrganizationDirectory';
import { UserDirectory } from './UserDirectory';

/** Platform admins onboard organisations and their first admins, and find organisations and users. */
export function AdminPage() {
  const { t } = useI18n();
  const [latest, setLatest] = useState<ChoosableOrganization>();
  return (
    <div className="page-form">
      <PageHeading>{t('admin.heading')}</PageHeading>
      <Paragraph>{t('admin.intro')}</Paragraph>
      <section aria-labelledby="new-org-heading" className="form-section">
        <Heading level={2} data-size="sm" id="new-org-heading">
          {t('admin.newOrganization')}
        </Heading>
        <CreateOrganizationForm onCreated={setLatest} />
      </section>
      <section aria-labelledby="new-user-heading" className="form-section">
        <Heading level={2} data-size="sm" id="new-user-heading">
          {t('admin.newUser')}
        </Heading>
        <CreateUserForm suggestedOrganization={latest} />
      </section>
      <OrganizationDirectory />
      <UserDirectory />
    </div>
  );
}
