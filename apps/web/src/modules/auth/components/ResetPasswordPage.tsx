import { useMutation } from '@apollo/client/react';
import { Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { PageHeading } from '../../common/components/PageHeading';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { ResetPasswordMutation } from '../graphql/password';
import { useSession } from '../hooks/SessionProvider';

/** The page a reset link opens: the token comes from the link, the new password from the user. */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { logIn } = useSession();
  const [newPassword, setNewPassword] = useState('');
  const labels = useMemo(() => ({ newPassword: t('reset.newPassword'), token: t('reset.link') }), [t]);
  const errors = useFormErrors('reset', labels);
  const [reset, { loading }] = useMutation(ResetPasswordMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !errors.checkRequired({ newPassword }, ['newPassword'])) return;
    try {
      const { data } = await reset({ variables: { token: params.get('token') ?? '', newPassword } });
      if (!data) return;
      await logIn(data.resetPassword.token);
      navigate(paths.home);
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <div className="page-narrow">
      <PageHeading>{t('reset.heading')}</PageHeading>
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        <Textfield
          id={errors.id('newPassword')}
          label={labels.newPassword}
          description={t('register.passwordHelp')}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={errors.fieldError('newPassword')}
        />
        <BusyButton type="submit" busy={loading}>
          {t('reset.submit')}
        </BusyButton>
      </form>
      {errors.hasErrors && <AppLink to={paths.forgotPassword}>{t('reset.askAgain')}</AppLink>}
    </div>
  );
}
