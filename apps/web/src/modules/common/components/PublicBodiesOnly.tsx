import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from './AppLink';

/**
 * Shown instead of the need or notice form to an organisation that may not post one (a company),
 * so that nobody fills in a form whose submit would only be refused.
 */
export function PublicBodiesOnly({ posting }: { posting: 'need' | 'notice' }) {
  const { t } = useI18n();
  return (
    <Alert data-color="info" className="public-bodies-only">
      <Heading level={2} data-size="xs">
        {t(`publicBodiesOnly.${posting}.heading`)}
      </Heading>
      <Paragraph>{t(`publicBodiesOnly.${posting}.text`)}</Paragraph>
      <Paragraph>
        <AppLink to={posting === 'need' ? paths.needs : paths.notices}>
          {t(`publicBodiesOnly.${posting}.instead`)}
        </AppLink>
      </Paragraph>
    </Alert>
  );
}
