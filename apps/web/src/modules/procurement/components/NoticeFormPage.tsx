import { useMutation, useQuery } from '@apollo/client/react';
import { Field, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import type {
  NoticeForEditQuery as NoticeForEditQueryResult,
  ProcurementNoticeInput,
  ProcurementProcedure,
} from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { missingRequired } from '../../common/api-errors';
import { BusyButton } from '../../common/components/BusyButton';
import { ContactFields, contactLabels } from '../../common/components/ContactFields';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { MoneyField } from '../../common/components/MoneyField';
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
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { useServiceAreas } from '../../common/hooks/useServiceAreas';
import { moneyOrNull, moneyProblems } from '../../common/money';
import {
  CreateNoticeMutation,
  MyNeedsForNoticeQuery,
  NoticeForEditQuery,
  UpdateNoticeMutation,
} from '../graphql/procurement';
import { osloParts, osloToIso } from '../oslo-time';
import { PROCEDURES } from '../procedures';
import { type ChosenCpv, CpvPicker } from './CpvPicker';
import { type DocumentLink, DocumentLinksFields, linkField } from './DocumentLinksFields';

export interface NoticeValues extends ContactValues {
  title: string;
  description: string;
  procedure: ProcurementProcedure;
  /** Oslo's calendar date and wall-clock time. */
  deadline: string;
  deadlineTime: string;
  questionDeadline: string;
  questionDeadlineTime: string;
  links: DocumentLink[];
  estimatedValueNok: string;
  externalUrl: string;
  needId: string;
  serviceArea: string;
}

export const EMPTY_NOTICE: NoticeValues = {
  title: '',
  description: '',
  procedure: 'INNOVATION_PARTNERSHIP',
  deadline: '',
  deadlineTime: '12:00',
  questionDeadline: '',
  questionDeadlineTime: '12:00',
  links: [],
  ...contactValuesOf(null),
  estimatedValueNok: '',
  externalUrl: '',
  needId: '',
  serviceArea: '',
};

export function NewNoticePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { viewer } = useSession();
  const [create, { loading }] = useMutation(CreateNoticeMutation, {
    refetchQueries: ['Notices', 'OrganizationNotices', 'Need'],
  });
  const save = async (input: ProcurementNoticeInput) => {
    const { data } = await create({ variables: { input } });
    if (data) navigate(paths.notice(data.createProcurementNotice.id));
  };
  return (
    <div className="page-form">
      <PageHeading>{t('noticeForm.heading')}</PageHeading>
      {viewer?.can.postNotices ? (
        <>
          <Paragraph>{t('noticeForm.intro')}</Paragraph>
          <NoticeForm
            initial={{ ...EMPTY_NOTICE, ...ownContactValues(viewer), needId: params.get('behov') ?? '' }}
            initialCpv={[]}
            onSave={save}
            busy={loading}
            submitLabel={t('noticeForm.publish')}
          />
        </>
      ) : (
        <PublicBodiesOnly posting="notice" />
      )}
    </div>
  );
}

/** The buyer's edit page; anyone else (or a cancelled notice) gets "not found", as the api refuses them. */
export function EditNoticePage() {
  const { id = '' } = useParams();
  const { viewer } = useSession();
  const { data, loading, error } = useQuery(NoticeForEditQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  const notice = data?.procurementNotice;
  if (!notice || notice.cancelledAt || notice.buyer.id !== viewer?.organization.id) return <NotFoundPage />;
  return <EditNotice notice={notice} />;
}

type EditableNotice = NonNullable<NoticeForEditQueryResult['procurementNotice']>;

function EditNotice({ notice }: { notice: EditableNotice }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [update, { loading }] = useMutation(UpdateNoticeMutation, {
    refetchQueries: ['Notice', 'Notices', 'OrganizationNotices'],
  });
  const save = async (input: ProcurementNoticeInput) => {
    await update({ variables: { id: notice.id, input } });
    navigate(paths.notice(notice.id));
  };
  return (
    <div className="page-form">
      <PageHeading title={t('noticeForm.editHeading')}>
        {t('noticeForm.editHeading')}: {notice.title}
      </PageHeading>
      <NoticeForm
        initial={noticeValues(notice)}
        initialCpv={notice.cpvLabels.map((cpv) => ({
          code: cpv.code,
          label: language === 'en' ? cpv.labelEn : cpv.labelNb,
        }))}
        onSave={save}
        busy={loading}
        submitLabel={t('solutionForm.save')}
      />
    </div>
  );
}

function noticeValues(notice: EditableNotice): NoticeValues {
  const question = notice.questionDeadline ? osloParts(new Date(notice.questionDeadline)) : null;
  return {
    ...contactValuesOf(notice.contact),
    questionDeadline: question?.date ?? '',
    questionDeadlineTime: question?.time ?? '12:00',
    links: notice.links.map(({ label, url }) => ({ label, url })),
    title: notice.title,
    description: notice.description,
    procedure: notice.procedure,
    deadline: osloParts(new Date(notice.deadline)).date,
    deadlineTime: osloParts(new Date(notice.deadline)).time,
    estimatedValueNok: notice.estimatedValueNok == null ? '' : String(notice.estimatedValueNok),
    externalUrl: notice.externalUrl ?? '',
    needId: notice.need?.id ?? '',
    serviceArea: notice.serviceArea,
  };
}

interface NoticeFormProps {
  initial: NoticeValues;
  initialCpv: ChosenCpv[];
  onSave(input: ProcurementNoticeInput): Promise<void>;
  busy: boolean;
  submitLabel: string;
}

/** The notice's fields for both posting and editing; the api's field errors appear beside the fields. */
export function NoticeForm({ initial, initialCpv, onSave, busy, submitLabel }: NoticeFormProps) {
  const { t } = useI18n();
  const { areas } = useServiceAreas();
  const { data: needs } = useQuery(MyNeedsForNoticeQuery);
  const [values, setValues] = useState<NoticeValues>(initial);
  const [cpvCodes, setCpvCodes] = useState<ChosenCpv[]>(initialCpv);
  const labels = useMemo(
    () => ({
      title: t('solutionForm.title'),
      description: t('noticeForm.description'),
      procedure: t('notice.procedure'),
      cpvCodes: t('noticeForm.cpv'),
      deadline: t('noticeForm.deadline'),
      questionDeadline: t('tenders.questionDeadline'),
      ...contactLabels(t),
      ...Object.fromEntries(
        values.links.flatMap((_, index) =>
          (['label', 'url'] as const).map((part) => [
            linkField(index, part),
            t(`tendersForm.link.${part}`, { number: index + 1 }),
          ]),
        ),
      ),
      estimatedValueNok: t('noticeForm.value'),
      externalUrl: t('noticeForm.externalUrl'),
      needId: t('notice.need'),
      serviceArea: t('solutionForm.serviceArea'),
    }),
    [t, values.links],
  );
  const errors = useFormErrors('notice', labels);
  const set = (field: Exclude<keyof NoticeValues, 'links'>) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const typed = { ...values, cpvCodes: cpvCodes.map((c) => c.code).join(',') };
    const problems = [
      ...missingRequired(typed, ['title', 'description', 'cpvCodes', 'deadline']),
      ...moneyProblems('estimatedValueNok', values.estimatedValueNok),
      ...contactProblems(values),
    ];
    if (!errors.checkBeforeSending(problems)) return;
    try {
      await onSave({
        title: values.title,
        description: values.description,
        procedure: values.procedure,
        cpvCodes: cpvCodes.map((cpv) => cpv.code),
        deadline: osloToIso(values.deadline, values.deadlineTime || '12:00'),
        questionDeadline: values.questionDeadline
          ? osloToIso(values.questionDeadline, values.questionDeadlineTime || '12:00')
          : null,
        contact: toContactInput(values),
        links: values.links.filter((link) => link.label.trim() || link.url.trim()),
        estimatedValueNok: moneyOrNull(values.estimatedValueNok),
        externalUrl: values.externalUrl.trim() || null,
        needId: values.needId || null,
        serviceArea: values.serviceArea || null,
      });
    } catch (error) {
      errors.showError(error);
    }
  };

  // The api takes notices for needs the buyer owns or is a partner in, while they are open or in procurement.
  const linkable = (needs?.myNeeds.items ?? []).filter(
    (need) =>
      (need.viewerRole === 'OWNER' || need.viewerRole === 'PARTNER') &&
      (need.status === 'OPEN' || need.status === 'IN_PROCUREMENT'),
  );
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormErrorSummary errors={errors} />
      <Textfield
        id={errors.id('title')}
        label={labels.title}
        value={values.title}
        onChange={set('title')}
        error={errors.fieldError('title')}
      />
      <Textfield
        id={errors.id('description')}
        label={labels.description}
        description={t('tendersForm.descriptionHelp')}
        multiline
        rows={8}
        value={values.description}
        onChange={set('description')}
        error={errors.fieldError('description')}
      />
      <Field>
        <Label htmlFor={errors.id('procedure')}>{labels.procedure}</Label>
        <Field.Description>{t(`tendersForm.procedureHelp.${values.procedure}`)}</Field.Description>
        <Select id={errors.id('procedure')} value={values.procedure} onChange={set('procedure')}>
          {PROCEDURES.map((procedure) => (
            <Select.Option key={procedure} value={procedure}>
              {t(`procedure.${procedure}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <CpvPicker
        id={errors.id('cpvCodes')}
        value={cpvCodes}
        onChange={setCpvCodes}
        error={errors.fieldError('cpvCodes')}
      />
      <Textfield
        id={errors.id('deadline')}
        label={labels.deadline}
        description={t('tendersForm.deadlineHelp')}
        type="date"
        value={values.deadline}
        onChange={set('deadline')}
        error={errors.fieldError('deadline')}
      />
      <Textfield
        label={t('tenders.deadlineTime')}
        type="time"
        value={values.deadlineTime}
        onChange={set('deadlineTime')}
      />
      <Textfield
        id={errors.id('questionDeadline')}
        label={t('tenders.questionDeadlineDate')}
        description={t('tendersForm.questionDeadlineHelp')}
        type="date"
        value={values.questionDeadline}
        onChange={set('questionDeadline')}
        error={errors.fieldError('questionDeadline')}
      />
      <Textfield
        label={t('tenders.questionDeadlineTime')}
        type="time"
        value={values.questionDeadlineTime}
        onChange={set('questionDeadlineTime')}
      />
      <MoneyField
        id={errors.id('estimatedValueNok')}
        label={labels.estimatedValueNok}
        description={t('tendersForm.valueHelp')}
        value={values.estimatedValueNok}
        onChange={set('estimatedValueNok')}
        error={errors.fieldError('estimatedValueNok')}
      />
      <Textfield
        id={errors.id('externalUrl')}
        label={labels.externalUrl}
        description={t('noticeForm.externalUrlHelp')}
        type="url"
        value={values.externalUrl}
        onChange={set('externalUrl')}
        error={errors.fieldError('externalUrl')}
      />
      <Field>
        <Label htmlFor={errors.id('needId')}>{labels.needId}</Label>
        <Select id={errors.id('needId')} value={values.needId} onChange={set('needId')}>
          <Select.Option value="">{t('noticeForm.noNeed')}</Select.Option>
          {linkable.map((need) => (
            <Select.Option key={need.id} value={need.id}>
              {need.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {!values.needId && (
        <Field>
          <Label htmlFor={errors.id('serviceArea')}>{labels.serviceArea}</Label>
          <Select
            id={errors.id('serviceArea')}
            value={values.serviceArea}
            onChange={set('serviceArea')}
            aria-invalid={errors.fieldError('serviceArea') ? true : undefined}
          >
            <Select.Option value="">{t('solutionForm.chooseServiceArea')}</Select.Option>
            {areas.map((area) => (
              <Select.Option key={area.id} value={area.id}>
                {area.name}
              </Select.Option>
            ))}
          </Select>
          {errors.fieldError('serviceArea') && (
            <ValidationMessage>{errors.fieldError('serviceArea')}</ValidationMessage>
          )}
        </Field>
      )}
      <ContactFields
        legend={t('tenders.contactLegend')}
        values={values}
        onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        errors={errors}
      />
      <DocumentLinksFields
        links={values.links}
        onChange={(links) => setValues((current) => ({ ...current, links }))}
        errors={errors}
      />
      <div className="button-row">
        <BusyButton type="submit" busy={busy}>
          {submitLabel}
        </BusyButton>
      </div>
    </form>
  );
}
