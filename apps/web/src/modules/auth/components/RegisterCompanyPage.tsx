import { useMutation } from '@apollo/client/react';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { PageHeading } from '../../common/components/PageHeading';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { RegisterCompanyMutation } from '../graphql/session';
import { useSession } from '../hooks/SessionProvider';

const FIELDS = ['name', 'organizationNumber', 'userName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** A startup or other supplier signs itself up and becomes the first admin of its company. */
export function RegisterCompanyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { logIn } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    organizationNumber: '',
    userName: '',
    email: '',
    password: '',
  });
  const labels = useMemo(
    () => ({
      name: t('register.name'),
      organizationNumber: t('register.organizationNumber'),
      userName: t('register.userName'),
      email: t('register.email'),
      password: t('register.password'),
    }),
    [t],
  );
  const errors = useFormErrors('register', labels);
  const [register, { loading }] = useMutation(RegisterCompanyMutation);
  // Busy from the request until the next page: signing in fetches the viewer after the mutation.
  const [signingIn, setSigningIn] = useState(false);
  const busy = loading || signingIn;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!errors.checkRequired(values, FIELDS)) return;
    try {
      const { data } = await register({
        variables: { ...values, organizationNumber: values.organizationNumber.replace(/\s/g, '') },
      });
      if (!data) return;
      setSigningIn(true);
      await logIn(data.registerCompany.token);
      navigate('/');
    } catch (error) {
      errors.showError(error);
    } finally {
      setSigningIn(false);
    }
  };

  const field = (
    name: Field,
    props: { type?: 'email' | 'password'; autoComplete: string; description?: string },
  ) => (
    <Textfield
      id={errors.id(name)}
      label={labels[name]}
      description={props.description}
      type={props.type}
      autoComplete={props.autoComplete}
      value={values[name]}
      onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      error={errors.fieldError(name)}
    />
  );

  return (
    <div className="page-narrow">
      <PageHeading>{t('register.heading')}</PageHeading>
      <Paragraph>{t('register.intro')}</Paragraph>
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        {field('name', { autoComplete: 'organization' })}
        {field('organizationNumber', {
          autoComplete: 'off',
          description: t('register.organizationNumberHelp'),
        })}
        {field('userName', { autoComplete: 'name' })}
        {field('email', { type: 'email', autoComplete: 'email' })}
        {field('password', {
          type: 'password',
          autoComplete: 'new-password',
          description: t('register.passwordHelp'),
        })}
        <BusyButton type="submit" busy={busy}>
          {t('register.submit')}
        </BusyButton>
      </form>
    </div>
  );
}
