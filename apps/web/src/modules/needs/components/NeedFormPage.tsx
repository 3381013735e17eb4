import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { NeedFormFieldsFragment, NeedInput } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { missingRequired } from '../../common/api-errors';
import { BusyButton } from '../../common/components/BusyButton';
import { ContactFields, contactLabels } from '../../common/components/ContactFields';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { HitGrid } from '../../common/components/HitList';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { PageHeading } from '../../common/components/PageHeading';
import { PublicBodiesOnly } from '../../common/components/PublicBodiesOnly';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import {
  type ContactValues,
  contactProblems,
  contactValuesOf,
  ownContactValues,
  toContactInput,
} from '../../common/contact-values';
import { useDebounced } from '../../common/hooks/useDebounced';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { solutionHit } from '../../solutions/solution-hit';
import {
  CreateNeedMutation,
  NeedForEditQuery,
  SimilarSolutionsQuery,
  UpdateNeedMutation,
} from '../graphql/needs';

type NeedValues = { title: string; description: string; serviceArea: string } & ContactValues;
const REQUIRED = ['title', 'description', 'serviceArea'] as const;

const toNeedInput = ({ title, description, serviceArea, ...contact }: NeedValues): NeedInput => ({
  title,
  description,
  serviceArea,
  contact: toContactInput(contact),
});

export function NewNeedPage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateNeedMutation, {
    refetchQueries: ['Needs', 'OrganizationNeeds'],
  });
  const save = async (input: NeedInput) => {
    const { data } = await create({ variables: { input } });
    if (data) navigate(paths.need(data.createNeed.id));
  };
  return (
    <div className="page-form">
      <PageHeading>{t('needForm.newHeading')}</PageHeading>
      {viewer?.can.postNeeds ? (
        <>
          <Paragraph>{t('needForm.intro')}</Paragraph>
          <NeedForm
            initial={{
              title: '',
              description: '',
              serviceArea: '',
              ...ownContactValues(viewer),
            }}
            onSave={save}
            busy={loading}
            submitLabel={t('needForm.publish')}
          />
        </>
      ) : (
        <PublicBodiesOnly posting="need" />
      )}
    </div>
  );
}

export function EditNeedPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(NeedForEditQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.need?.viewerCanEdit) return <NotFoundPage />;
  return <EditNeed need={data.need} />;
}

function EditNeed({ need }: { need: NeedFormFieldsFragment }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [update, { loading }] = useMutation(UpdateNeedMutation, { refetchQueries: ['Need', 'Needs'] });
  const save = async (input: NeedInput) => {
    await update({ variables: { id: need.id, input } });
    navigate(paths.need(need.id));
  };
  return (
    <div className="page-form">
      <PageHeading title={t('needForm.editHeading')}>
        {t('needForm.editHeading')}: {need.title}
      </PageHeading>
      <NeedForm
        initial={{
          title: need.title,
          description: need.description,
          serviceArea: need.serviceArea,
          ...contactValuesOf(need.contact),
        }}
        onSave={save}
        busy={loading}
        submitLabel={t('solutionForm.save')}
      />
    </div>
  );
}

interface NeedFormProps {
  initial: NeedValues;
  onSave(input: NeedInput): Promise<void>;
  busy: boolean;
  submitLabel: string;
}

/** The need's fields, with existing solutions that match what is written shown as you type. */
function NeedForm({ initial, onSave, busy, submitLabel }: NeedFormProps) {
  const { t } = useI18n();
  const { areas } = useServiceAreas();
  const [values, setValues] = useState(initial);
  const labels = useMemo(
    () => ({
      title: t('needForm.title'),
      description: t('needForm.description'),
      serviceArea: t('solutionForm.serviceArea'),
      ...contactLabels(t),
    }),
    [t],
  );
  const errors = useFormErrors('need', labels);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!errors.checkBeforeSending([...missingRequired(values, REQUIRED), ...contactProblems(values)]))
      return;
    try {
      await onSave(toNeedInput(values));
    } catch (error) {
      errors.showError(error);
    }
  };
  const areaError = errors.fieldError('serviceArea');
  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        <Textfield
          id={errors.id('title')}
          label={labels.title}
          value={values.title}
          onChange={(event) => setValues({ ...values, title: event.target.value })}
          error={errors.fieldError('title')}
        />
        <Textfield
          id={errors.id('description')}
          label={labels.description}
          description={t('needForm.descriptionHelp')}
          multiline
          rows={8}
          value={values.description}
          onChange={(event) => setValues({ ...values, description: event.target.value })}
          error={errors.fieldError('description')}
        />
        <Field>
          <Label htmlFor={errors.id('serviceArea')}>{labels.serviceArea}</Label>
          <Select
            id={errors.id('serviceArea')}
            value={values.serviceArea}
            onChange={(event) => setValues({ ...values, serviceArea: event.target.value })}
            aria-invalid={areaError ? true : undefined}
          >
            <Select.Option value="">{t('solutionForm.chooseServiceArea')}</Select.Option>
            {areas.map((area) => (
              <Select.Option key={area.id} value={area.id}>
                {area.name}
              </Select.Option>
            ))}
          </Select>
          {areaError && <ValidationMessage>{areaError}</ValidationMessage>}
        </Field>
        <ContactFields
          legend={t('needContact.legend')}
          description={t('needContact.help')}
          values={values}
          onChange={(field, value) => setValues({ ...values, [field]: value })}
          errors={errors}
        />
        <div className="button-row">
          <BusyButton type="submit" busy={busy}>
            {submitLabel}
          </BusyButton>
        </div>
      </form>
      <SimilarWhileTyping text={`${values.title} ${values.description}`} />
    </>
  );
}

function SimilarWhileTyping({ text }: { text: string }) {
  const { t } = useI18n();
  const settled = useDebounced(text.trim(), 500);
  const { data } = useQuery(
    SimilarSolutionsQuery,
    settled.length >= 8 ? { variables: { text: settled } } : skipToken,
  );
  const solutions = data?.similarSolutions ?? [];
  return (
    <section aria-labelledby="similar-while-typing" aria-live="polite" className="front-section">
      <Heading level={2} data-size="xs" id="similar-while-typing">
        {t('needForm.similarHeading')}
      </Heading>
      {solutions.length === 0 ? (
        <Paragraph data-size="sm">{t('needForm.similarNone')}</Paragraph>
      ) : (
        <HitGrid hits={solutions.map(solutionHit)} />
      )}
    </section>
  );
}
