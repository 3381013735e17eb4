import { useMutation } from '@apollo/client/react';
import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useState } from 'react';
import type { NeedResponseStatus } from '../../../generated/graphql';
import { Authored } from '../../../i18n/content-language';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession } from '../../auth/hooks/SessionProvider';
import { missingRequired } from '../../common/api-errors';
import { BusyButton } from '../../common/components/BusyButton';
import { ContactFields, contactLabels } from '../../common/components/ContactFields';
import { ContactLine } from '../../common/components/ContactLine';
import { FormErrorSummary } from '../../common/components/FormErrorSummary';
import { FormSaved } from '../../common/components/FormSaved';
import { ErrorAlert } from '../../common/components/QueryState';
import {
  contactProblems,
  contactValuesOf,
  mailtoOf,
  ownContactValues,
  toContactInput,
} from '../../common/contact-values';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { RespondToNeedMutation, SetNeedResponseStatusMutation } from '../graphql/needs';
import { isOwnerOrPartner } from '../need-role';
import type { NeedData, NeedResponseData } from './NeedPage';

const STATUS_COLORS: Record<NeedResponseStatus, 'info' | 'success' | 'neutral'> = {
  SUBMITTED: 'info',
  SHORTLISTED: 'success',
  DECLINED: 'neutral',
};

/**
 * Startups answer an open need here; the need's owner and the partners it accepted read the
 * answers and shortlist or decline them. Others see how many answers there are, and public bodies
 * that the answers are confidential.
 */
export function NeedResponses({ need, responses }: { need: NeedData; responses: NeedResponseData[] }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const isCompany = viewer?.can.answerNeeds ?? false;
  const own = responses.find((response) => response.organization.id === viewer?.organization.id);
  const canReview = isOwnerOrPartner(need.viewerRole);
  return (
    <section aria-labelledby="responses-heading">
      <Heading level={2} data-size="sm" id="responses-heading">
        {t('need.responses', { count: need.responseCount })}
      </Heading>
      {isCompany && (own || need.status === 'OPEN') && <RespondForm need={need} own={own} />}
      {isCompany && !own && need.status !== 'OPEN' && <Paragraph>{t('need.closedForResponses')}</Paragraph>}
      {canReview && <ResponseList responses={responses} needTitle={need.title} />}
      {viewer && !isCompany && !canReview && (
        <Paragraph>
          {t(
            need.viewerRole === 'PARTICIPANT'
              ? 'need.responsesConfidentialJoined'
              : 'need.responsesConfidential',
          )}
        </Paragraph>
      )}
      {!viewer && <Paragraph>{t('need.loginToRespond')}</Paragraph>}
    </section>
  );
}

function RespondForm({ need, own }: { need: NeedData; own?: NeedResponseData }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const [pitch, setPitch] = useState(own?.pitch ?? '');
  const [contact, setContact] = useState(() =>
    own?.contact ? contactValuesOf(own.contact) : ownContactValues(viewer),
  );
  const labels = useMemo(
    () => ({
      pitch: t('need.pitch'),
      ...contactLabels(t),
    }),
    [t],
  );
  const errors = useFormErrors('response', labels);
  const [respond, { loading }] = useMutation(RespondToNeedMutation, { refetchQueries: ['Need'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const problems = [...missingRequired({ pitch }, ['pitch']), ...contactProblems(contact)];
    if (!errors.checkBeforeSending(problems)) return;
    try {
      await respond({ variables: { needId: need.id, pitch, contact: toContactInput(contact) } });
      errors.showSaved();
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="form respond-form">
      {own && (
        <Paragraph>
          {t('need.ownResponseStatus')}{' '}
          <Tag data-size="sm" data-color={STATUS_COLORS[own.status]}>
            {t(`responseStatus.${own.status}`)}
          </Tag>
        </Paragraph>
      )}
      <FormErrorSummary errors={errors} />
      <Textfield
        id={errors.id('pitch')}
        label={labels.pitch}
        description={t('need.pitchHelp')}
        multiline
        rows={6}
        value={pitch}
        onChange={(event) => setPitch(event.target.value)}
        error={errors.fieldError('pitch')}
      />
      <ContactFields
        legend={t('responseContact.legend')}
        description={t('responseContact.help')}
        values={contact}
        onChange={(field, value) => setContact({ ...contact, [field]: value })}
        errors={errors}
      />
      <div className="button-row">
        <BusyButton type="submit" busy={loading}>
          {t(own ? 'need.updateResponse' : 'need.sendResponse')}
        </BusyButton>
      </div>
      <FormSaved errors={errors}>{t('need.responseSent')}</FormSaved>
    </form>
  );
}

function ResponseList({ responses, needTitle }: { responses: NeedResponseData[]; needTitle: string }) {
  const { t, formatDate } = useI18n();
  const [setStatus, { error }] = useMutation(SetNeedResponseStatusMutation);
  // The button being saved, as "responseId:status"; one change at a time.
  const [pending, setPending] = useState<string | null>(null);
  const change = (responseId: string, status: NeedResponseStatus) => {
    if (pending) return;
    setPending(`${responseId}:${status}`);
    setStatus({ variables: { responseId, status } })
      .catch(() => {})
      .finally(() => setPending(null));
  };
  if (responses.length === 0) return <Paragraph>{t('need.noResponses')}</Paragraph>;
  return (
    <>
      <ErrorAlert error={error} />
      <ul className="result-list">
        {responses.map((response) => (
          <li key={response.id}>
            <Card data-color="neutral" className="result-card">
              <Card.Block>
                <div className="result-card__top">
                  <Heading level={3} data-size="xs">
                    {response.organization.name}
                  </Heading>
                  <Tag data-size="sm" data-color={STATUS_COLORS[response.status]}>
                    {t(`responseStatus.${response.status}`)}
                  </Tag>
                </div>
                <Paragraph className="pitch">
                  <Authored>{response.pitch}</Authored>
                </Paragraph>
                <Paragraph data-size="sm">
                  {t('responseContact.label')} <ContactLine contact={response.contact} />
                </Paragraph>
                <Paragraph data-size="sm" className="meta">
                  {formatDate(response.updatedAt)}
                </Paragraph>
                <div className="button-row">
                  {(['SHORTLISTED', 'DECLINED'] as const).map((status) => {
                    const key = `${response.id}:${status}`;
                    return (
                      // Both buttons stay: the one for the current status, and the others while a
                      // change is saved, are aria-disabled, not removed or disabled, so the focus
                      // stays on the button just pressed.
                      <BusyButton
                        key={status}
                        variant="secondary"
                        data-size="sm"
                        busy={pending === key}
                        aria-disabled={
                          status === response.status || (pending !== null && pending !== key) || undefined
                        }
                        onClick={() => change(response.id, status)}
                      >
                        {t(status === 'SHORTLISTED' ? 'need.shortlist' : 'need.decline')}
                        <span className="visually-hidden"> {response.organization.name}</span>
                      </BusyButton>
                    );
                  })}
                  <Button asChild variant="tertiary" data-size="sm">
                    <a href={mailtoOf(response.contact.email, needTitle)}>
                      {t('responseContact.mailto')}
                      <span className="visually-hidden"> {response.organization.name}</span>
                    </a>
                  </Button>
                </div>
              </Card.Block>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
