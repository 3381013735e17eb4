import { useMutation } from '@apollo/client/react';
import { Alert, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { ChangePasswordMutation } from '../../auth/graphql/password';
import { MeQuery } from '../../auth/graphql/session';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { FormSaved } from '../../common/components/FormSaved';
import { useFormErrors } from '../../common/hooks/useFormErrors';

const EMPTY = { currentPassword: '', newPassword: '' };

/** Changing one's own password; the account's other sessions end. */
export function ChangePasswordForm({ required }: { required: boolean }) {
  const { t } = useI18n();
  const [values, setValues] = useState(EMPTY);
  const labels = useMemo(
    () => ({ currentPassword: t('profile.currentPassword'), newPassword: t('reset.newPassword') }),
    [t],
  );
  const errors = useFormErrors('password', labels);
  const [change, { loading }] = useMutation(ChangePasswordMutation, { refetchQueries: [MeQuery] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !errors.checkRequired(values, ['currentPassword', 'newPassword'])) return;
    try {
      await change({ variables: values });
      setValues(EMPTY);
      errors.showSaved();
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="change-password-heading">
      <Heading level={2} data-size="sm" id="change-password-heading">
        {t('profile.changePassword')}
      </Heading>
      {required && <Alert data-color="warning">{t('profile.mustChangePassword')}</Alert>}
      <FormSaved errors={errors}>{t('profile.passwordChanged')}</FormSaved>
      <FormErrorSummary errors={errors} />
      <Textfield
        id={errors.id('currentPassword')}
        label={labels.currentPassword}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={(event) => setValues({ ...values, currentPassword: event.target.value })}
        error={errors.fieldError('currentPassword')}
      />
      <Textfield
        id={errors.id('newPassword')}
        label={labels.newPassword}
        description={t('register.passwordHelp')}
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={(event) => setValues({ ...values, newPassword: event.target.value })}
        error={errors.fieldError('newPassword')}
      />
      <BusyButton type="submit" busy={loading}>
        {t('profile.changePasswordSubmit')}
      </BusyButton>
    </form>
  );
}
