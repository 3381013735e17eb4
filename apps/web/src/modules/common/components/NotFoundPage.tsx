import { Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from './AppLink';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page-narrow">
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to={paths.search()}>{t('notFound.search')}</AppLink>
      </Paragraph>
    </div>
  );
}
