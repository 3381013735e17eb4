import { Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { SearchBox } from '../../search/components/SearchBox';
import { useSearchFor } from '../../search/hooks/useSearchFor';
import { AppLink } from './AppLink';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useI18n();
  const searchFor = useSearchFor();
  return (
    <div className="page-narrow">
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <SearchBox onSearch={searchFor} label={t('notFound.searchLabel')} />
      <Paragraph>
        <AppLink to={paths.home}>{t('notFound.home')}</AppLink>
      </Paragraph>
    </div>
  );
}
