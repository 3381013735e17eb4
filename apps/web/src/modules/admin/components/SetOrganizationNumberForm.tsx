import { useMutation } from '@apollo/client/react';
import { Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { SetOrganizationNumberMutation } from '../graphql/admin';

interface Props {
  organization: { id: string; name: string };
  onSet(organizationNumber: string): void;
}

/** Gives an organisation without one its organisation number; the api checks the digits and that it is free. */
export function SetOrganizationNumberForm({ organization, onSet }: Props) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const labels = useMemo(
    () => ({ organizationNumber: t('directory.setNumberFor', { name: organization.name }) }),
    [t, organization.name],
  );
  const errors = useFormErrors(`org-number-${organization.id}`, labels);
  const [save, { loading }] = useMutation(SetOrganizationNumberMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !errors.checkRequired({ organizationNumber: value.trim() }, ['organizationNumber']))
      return;
    try {
      const { data } = await save({
        variables: { organizationId: organization.id, organizationNumber: value.replace(/\s/g, '') },
      });
      if (data) onSet(data.setOrganizationNumber.organizationNumber);
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="org-number-form">
      <Textfield
        id={errors.id('organizationNumber')}
        label={labels.organizationNumber}
        data-size="sm"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={errors.fieldError('organizationNumber')}
      />
      <BusyButton type="submit" data-size="sm" variant="secondary" busy={loading}>
        {t('directory.setNumber')}
      </BusyButton>
    </form>
  );
}
