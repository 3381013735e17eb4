import { useMutation } from '@apollo/client/react';
import { Alert, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import type { CreateOrganizationMutation as Created, OrganizationKind } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { CreateOrganizationMutation } from '../graphql/admin';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'MUNICIPALITY',
  'COUNTY_MUNICIPALITY',
  'STATE_AGENCY',
  'COMPANY',
  'OTHER',
];

type Organization = Created['createOrganization'];

const REQUIRED = ['name', 'organizationNumber'] as const;
/** A municipality is also known by its municipality number; no other kind has one. */
const requiredOf = (kind: OrganizationKind): readonly string[] =>
  kind === 'MUNICIPALITY' ? [...REQUIRED, 'municipalityNumber'] : REQUIRED;

export function CreateOrganizationForm({ onCreated }: { onCreated(organization: Organization): void }) {
  const { t } = useI18n();
  const empty = {
    name: '',
    kind: 'MUNICIPALITY' as OrganizationKind,
    organizationNumber: '',
    municipalityNumber: '',
  };
  const [values, setValues] = useState(empty);
  const [created, setCreated] = useState<Organization | null>(null);
  const asksMunicipalityNumber = requiredOf(values.kind).includes('municipalityNumber');
  // Only the fields on show: an error about a hidden one goes in the summary, never beside nothing.
  const labels = useMemo(
    () => ({
      name: t('admin.orgName'),
      kind: t('admin.orgKind'),
      organizationNumber: t('admin.orgNumber'),
      ...(asksMunicipalityNumber ? { municipalityNumber: t('admin.municipalityNumber') } : {}),
    }),
    [t, asksMunicipalityNumber],
  );
  const errors = useFormErrors('organization', labels);
  const [create, { loading }] = useMutation(CreateOrganizationMutation, {
    refetchQueries: ['Organizations'],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setCreated(null);
    if (!errors.checkRequired(values, requiredOf(values.kind))) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name,
            kind: values.kind,
            organizationNumber: values.organizationNumber.replace(/\s/g, ''),
            // A number typed before the kind changed is not sent: its field is hidden.
            municipalityNumber: asksMunicipalityNumber ? values.municipalityNumber.trim() : null,
          },
        },
      });
      if (!data) return;
      setCreated(data.createOrganization);
      errors.showSaved();
      setValues(empty);
      onCreated(data.createOrganization);
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormErrorSummary errors={errors} />
      <div role="status">
        {errors.saved && created && (
          <Alert data-color="success">{t('admin.orgCreated', { name: created.name })}</Alert>
        )}
      </div>
      <Textfield
        id={errors.id('name')}
        label={labels.name}
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.target.value })}
        error={errors.fieldError('name')}
      />
      <Field>
        <Label htmlFor={errors.id('kind')}>{labels.kind}</Label>
        <Select
          id={errors.id('kind')}
          value={values.kind}
          onChange={(e) => setValues({ ...values, kind: e.target.value as OrganizationKind })}
        >
          {ORGANIZATION_KINDS.map((kind) => (
            <Select.Option key={kind} value={kind}>
              {t(`orgKind.${kind}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        id={errors.id('organizationNumber')}
        label={labels.organizationNumber}
        description={t('register.organizationNumberHelp')}
        inputMode="numeric"
        value={values.organizationNumber}
        onChange={(e) => setValues({ ...values, organizationNumber: e.target.value })}
        error={errors.fieldError('organizationNumber')}
      />
      {asksMunicipalityNumber && (
        <Textfield
          id={errors.id('municipalityNumber')}
          label={labels.municipalityNumber}
          inputMode="numeric"
          value={values.municipalityNumber}
          onChange={(e) => setValues({ ...values, municipalityNumber: e.target.value })}
          error={errors.fieldError('municipalityNumber')}
        />
      )}
      <div className="button-row">
        <BusyButton type="submit" busy={loading}>
          {t('admin.createOrg')}
        </BusyButton>
      </div>
    </form>
  );
}
