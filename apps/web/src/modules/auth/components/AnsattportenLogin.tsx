import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { SignInOptionsQuery } from '../graphql/ansattporten';

/**
 * The Ansattporten button on the sign-in page, when the api has it configured. A plain link: the code
 * flow runs through the api and the provider in full page loads.
 */
export function AnsattportenLogin() {
  const { t } = useI18n();
  const { data } = useQuery(SignInOptionsQuery);
  const options = data?.signInOptions;
  if (!options?.ansattporten) return null;
  return (
    <section className="form" aria-label={t('ansattporten.heading')}>
      <Paragraph>{t('ansattporten.intro')}</Paragraph>
      <Button asChild variant="primary">
        <a href={paths.ansattportenLogin}>
          {t(options.ansattportenTest ? 'ansattporten.buttonTest' : 'ansattporten.button')}
        </a>
      </Button>
      <Paragraph>{t('ansattporten.or')}</Paragraph>
    </section>
  );
}
