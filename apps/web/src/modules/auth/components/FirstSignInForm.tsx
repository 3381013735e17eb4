import { useMutation } from '@apollo/client/react';
import { Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { CompleteSignInMutation } from '../graphql/ansattporten';
import { useSession } from '../hooks/SessionProvider';

export interface PendingSignIn {
  ticket: string;
  name?: string | null;
  organizations: { id: string; name: string }[];
}

/** A first Ansattporten sign-in: which organisation (when several), and name and work e-mail. */
export function FirstSignInForm({ pending }: { pending: PendingSignIn }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { logIn } = useSession();
  const [values, setValues] = useState({
    organizationId: pending.organizations.length === 1 ? pending.organizations[0].id : '',
    name: pending.name ?? '',
    email: '',
  });
  const labels = useMemo(
    () => ({
      organizationId: t('ansattporten.organization'),
      name: t('ansattporten.name'),
      email: t('ansattporten.email'),
    }),
    [t],
  );
  const errors = useFormErrors('first-sign-in', labels);
  const [complete, { loading }] = useMutation(CompleteSignInMutation);
  const [signingIn, setSigningIn] = useState(false);
  const busy = loading || signingIn;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !errors.checkRequired(values, ['organizationId', 'name', 'email'])) return;
    try {
      const { data } = await complete({ variables: { ticket: pending.ticket, ...values } });
      if (!data) return;
      setSigningIn(true);
      await logIn(data.completeSignIn.token);
      navigate(paths.home);
    } catch (error) {
      errors.showError(error);
    } finally {
      setSigningIn(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <Paragraph>{t('ansattporten.firstTimeIntro')}</Paragraph>
      <FormErrorSummary errors={errors} />
      <Fieldset id={errors.id('organizationId')} tabIndex={-1}>
        <Fieldset.Legend>{labels.organizationId}</Fieldset.Legend>
        {pending.organizations.length > 1 && (
          <Fieldset.Description>{t('ansattporten.organizationHelp')}</Fieldset.Description>
        )}
        {pending.organizations.map((organization) => (
          <Radio
            key={organization.id}
            name="organizationId"
            value={organization.id}
            label={organization.name}
            checked={values.organizationId === organization.id}
            onChange={() => setValues({ ...values, organizationId: organization.id })}
          />
        ))}
        {errors.fieldError('organizationId') && (
          <ValidationMessage>{errors.fieldError('organizationId')}</ValidationMessage>
        )}
      </Fieldset>
      <Textfield
        id={errors.id('name')}
        label={labels.name}
        autoComplete="name"
        value={values.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
        error={errors.fieldError('name')}
      />
      <Textfield
        id={errors.id('email')}
        label={labels.email}
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(event) => setValues({ ...values, email: event.target.value })}
        error={errors.fieldError('email')}
      />
      <BusyButton type="submit" busy={busy}>
        {t('ansattporten.submit')}
      </BusyButton>
    </form>
  );
}
