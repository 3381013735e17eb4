import { useMutation } from '@apollo/client/react';
import { Alert, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { PageHeading } from '../../common/components/PageHeading';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { RequestPasswordResetMutation } from '../graphql/password';

/** "Glemt passord?": mails a link; says the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const labels = useMemo(() => ({ email: t('login.email') }), [t]);
  const errors = useFormErrors('forgot', labels);
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !errors.checkRequired({ email }, ['email'])) return;
    try {
      await request({ variables: { email } });
      setSent(true);
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <div className="page-narrow">
      <PageHeading>{t('forgot.heading')}</PageHeading>
      {sent ? (
        <Alert data-color="success" role="status">
          {t('forgot.sent', { email })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <FormErrorSummary errors={errors} />
          <Textfield
            id={errors.id('email')}
            label={labels.email}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.fieldError('email')}
          />
          <BusyButton type="submit" busy={loading}>
            {t('forgot.submit')}
          </BusyButton>
        </form>
      )}
      <Paragraph>
        <AppLink to={paths.login}>{t('forgot.backToLogin')}</AppLink>
      </Paragraph>
    </div>
  );
}
