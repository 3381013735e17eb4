import { useMutation } from '@apollo/client/react';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { PageHeading } from '../../common/components/PageHeading';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { LoginMutation } from '../graphql/session';
import { useSession } from '../hooks/SessionProvider';
import { AnsattportenLogin } from './AnsattportenLogin';

/** Where to go after logging in: the page that asked for it, if it is inside the app. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { logIn } = useSession();
  const [values, setValues] = useState({ email: '', password: '' });
  const labels = useMemo(() => ({ email: t('login.email'), password: t('login.password') }), [t]);
  const errors = useFormErrors('login', labels);
  const [login, { loading }] = useMutation(LoginMutation);
  // Busy from the request until the next page: signing in fetches the viewer after the mutation.
  const [signingIn, setSigningIn] = useState(false);
  const busy = loading || signingIn;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!errors.checkRequired(values, ['email', 'password'])) return;
    try {
      const { data } = await login({ variables: values });
      if (!data) return;
      setSigningIn(true);
      await logIn(data.login.token);
      navigate(data.login.user.mustChangePassword ? paths.profile : safeNext(params.get('neste')));
    } catch (error) {
      errors.showError(error);
    } finally {
      setSigningIn(false);
    }
  };

  return (
    <div className="page-narrow">
      <PageHeading>{t('login.heading')}</PageHeading>
      <AnsattportenLogin />
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        <Textfield
          id={errors.id('email')}
          label={labels.email}
          type="email"
          autoComplete="username"
          value={values.email}
          onChange={(event) => setValues({ ...values, email: event.target.value })}
          error={errors.fieldError('email')}
        />
        <Textfield
          id={errors.id('password')}
          label={labels.password}
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
          error={errors.fieldError('password')}
        />
        <BusyButton type="submit" busy={busy}>
          {t('login.submit')}
        </BusyButton>
      </form>
      <Paragraph>
        <AppLink to={paths.forgotPassword}>{t('login.forgotPassword')}</AppLink>
      </Paragraph>
      <Paragraph>
        {t('login.noAccount')} <AppLink to={paths.register}>{t('login.registerCompany')}</AppLink>
      </Paragraph>
    </div>
  );
}
