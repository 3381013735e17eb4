import { useMutation } from '@apollo/client/react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert } from '../../common/components/QueryState';
import { ConfirmEmailMutation } from '../graphql/ansattporten';

/**
 * The page the mailed confirmation link opens. It confirms on a press, not on opening, so a mail
 * scanner that fetches the link confirms nothing.
 */
export function ConfirmEmailPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [confirm, { data, loading, error }] = useMutation(ConfirmEmailMutation);

  return (
    <div className="page-narrow">
      <PageHeading>{t('confirmEmail.heading')}</PageHeading>
      {data?.confirmEmail ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('confirmEmail.done')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('confirmEmail.intro')}</Paragraph>
          <ErrorAlert error={error} />
          <BusyButton
            type="button"
            busy={loading}
            onClick={() =>
              confirm({ variables: { token: params.get('token') ?? '' } }).catch(() => undefined)
            }
          >
            {t('confirmEmail.submit')}
          </BusyButton>
        </>
      )}
    </div>
  );
}
