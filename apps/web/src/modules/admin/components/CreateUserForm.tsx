import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import type { OrganizationKind, Role } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { CreateUserMutation, OrganizationsQuery } from '../graphql/admin';

const ROLES: readonly Role[] = ['MEMBER', 'ADMIN'];

interface CreateUserFormProps {
  /** Add the user to this organisation; without it the form lets the admin choose one. */
  organization?: { id: string; name: string };
  /** Preselects an organisation in the chooser (e.g. one just created). */
  suggestedOrganization?: ChoosableOrganization;
}

export function CreateUserForm({ organization, suggestedOrganization }: CreateUserFormProps) {
  const { t } = useI18n();
  const empty = { name: '', email: '', password: '', role: 'ADMIN' as Role, organizationId: '' };
  const [values, setValues] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const choosesOrganization = !organization;
  // Only the fields on show: an error about a hidden one goes in the summary, never beside nothing.
  const labels = useMemo(
    () => ({
      ...(choosesOrganization ? { organizationId: t('admin.userOrganization') } : {}),
      name: t('admin.userName'),
      email: t('admin.userEmail'),
      password: t('admin.userPassword'),
      role: t('admin.userRole'),
    }),
    [t, choosesOrganization],
  );
  const errors = useFormErrors(organization ? 'member' : 'user', labels);
  const [createUser, { loading }] = useMutation(CreateUserMutation, {
    refetchQueries: ['OrganizationMembers'],
  });
  const organizationId = organization?.id ?? (values.organizationId || suggestedOrganization?.id || '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setCreated(null);
    const input = { ...values, organizationId };
    if (!errors.checkRequired(input, ['organizationId', 'name', 'email', 'password'])) return;
    try {
      const { data } = await createUser({ variables: { input } });
      if (!data) return;
      setCreated(data.createUser.email);
      errors.showSaved();
      setValues(empty);
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormErrorSummary errors={errors} />
      <div role="status">
        {errors.saved && created && (
          <Alert data-color="success">{t('admin.userCreated', { email: created })}</Alert>
        )}
      </div>
      {choosesOrganization && (
        <OrganizationChooser
          id={errors.id('organizationId')}
          label={t('admin.userOrganization')}
          value={organizationId}
          onChange={(id) => setValues({ ...values, organizationId: id })}
          error={errors.fieldError('organizationId')}
          suggested={suggestedOrganization}
        />
      )}
      <Textfield
        id={errors.id('name')}
        label={labels.name}
        autoComplete="off"
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        error={errors.fieldError('name')}
      />
      <Textfield
        id={errors.id('email')}
        label={labels.email}
        type="email"
        autoComplete="off"
        value={values.email}
        onChange={(e) => setValues({ ...values, email: e.target.value })}
        error={errors.fieldError('email')}
      />
      <Textfield
        id={errors.id('password')}
        label={labels.password}
        description={t('register.passwordHelp')}
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(e) => setValues({ ...values, password: e.target.value })}
        error={errors.fieldError('password')}
      />
      <Field>
        <Label htmlFor={errors.id('role')}>{labels.role}</Label>
        <Select
          id={errors.id('role')}
          value={values.role}
          onChange={(e) => setValues({ ...values, role: e.target.value as Role })}
        >
          {ROLES.map((role) => (
            <Select.Option key={role} value={role}>
              {t(`role.${role}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="button-row">
        <BusyButton type="submit" busy={loading}>
          {t('admin.createUser')}
        </BusyButton>
      </div>
    </form>
  );
}

export interface ChoosableOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  organizationNumber: string;
}

interface ChooserProps {
  suggested?: ChoosableOrganization;
  id: string;
  label: string;
  value: string;
  onChange(id: string): void;
  error?: string;
}

/** Narrow the organisations by name or number, then pick one. */
function OrganizationChooser({ id, label, value, onChange, error, suggested }: ChooserProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { data } = useQuery(OrganizationsQuery, { variables: { text: text.trim() || null, limit: 50 } });
  const found = data?.organizations.items ?? [];
  const options = suggested && !found.some((o) => o.id === suggested.id) ? [suggested, ...found] : found;
  return (
    <fieldset className="chooser">
      <legend className="ds-label">{label}</legend>
      <Textfield
        label={t('admin.findOrganization')}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
      <Field>
        <Label htmlFor={id}>{t('admin.chooseOrganization')}</Label>
        <Select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
        >
          <Select.Option value="">{t('admin.chooseOrganizationPlaceholder')}</Select.Option>
          {options.map((organization) => (
            <Select.Option key={organization.id} value={organization.id}>
              {organization.name} ({organization.organizationNumber || t(`orgKind.${organization.kind}`)})
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    </fieldset>
  );
}
