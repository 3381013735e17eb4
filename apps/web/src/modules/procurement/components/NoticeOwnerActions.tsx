import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { paths } from '../../../app/paths';
import { useI18n } from '../../../i18n/I18nProvider';
import { ButtonLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert } from '../../common/components/QueryState';
import {
  CancelNoticeMutation,
  LinkResultingSolutionMutation,
  PublishedSolutionsOfQuery,
} from '../graphql/procurement';

export interface OwnedNotice {
  id: string;
  isOpen: boolean;
  cancelledAt?: string | null;
  buyer: { id: string };
}

/** The buyer's controls on its notice: edit and cancel while active, name the result once closed. */
export function NoticeOwnerActions({ notice }: { notice: OwnedNotice }) {
  const { t } = useI18n();
  if (notice.cancelledAt) return null;
  return (
    <section className="owner-actions" aria-label={t('notice.ownerActions')}>
      <ButtonLink to={paths.editNotice(notice.id)} variant="secondary" data-size="sm">
        {t('notice.edit')}
      </ButtonLink>
      <CancelNotice noticeId={notice.id} />
      {!notice.isOpen && <LinkResultingSolution noticeId={notice.id} buyerId={notice.buyer.id} />}
    </section>
  );
}

/** Cancelling cannot be undone, so it asks first; focus moves to the question and back on "no". */
function CancelNotice({ noticeId }: { noticeId: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const cancelButtonRef = useRef<HTMLButtonElement>(null);
  const [cancel, { loading, error }] = useMutation(CancelNoticeMutation, {
    refetchQueries: ['Notices', 'OrganizationNotices'],
  });
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => cancelButtonRef.current?.focus());
  };
  if (!confirming) {
    return (
      <Button
        ref={cancelButtonRef}
        variant="secondary"
        data-color="danger"
        data-size="sm"
        onClick={() => setConfirming(true)}
      >
        {t('notice.cancel')}
      </Button>
    );
  }
  return (
    <div className="inline-form">
      <Paragraph ref={questionRef} tabIndex={-1}>
        {t('notice.cancelConfirm')}
      </Paragraph>
      <BusyButton
        data-color="danger"
        data-size="sm"
        busy={loading}
        onClick={() => {
          if (loading) return;
          cancel({ variables: { id: noticeId } }).then(focusPageHeading, () => {});
        }}
      >
        {t('notice.cancelYes')}
      </BusyButton>
      <Button variant="secondary" data-size="sm" onClick={keep}>
        {t('notice.cancelNo')}
      </Button>
      <ErrorAlert error={error} />
    </div>
  );
}

function LinkResultingSolution({ noticeId, buyerId }: { noticeId: string; buyerId: string }) {
  const { t } = useI18n();
  const selectId = useId();
  const [solutionId, setSolutionId] = useState('');
  const { data } = useQuery(PublishedSolutionsOfQuery, { variables: { ownerId: buyerId } });
  const [link, { loading, error }] = useMutation(LinkResultingSolutionMutation, {
    refetchQueries: ['Need'],
  });
  const solutions = data?.solutions.items ?? [];
  if (data && solutions.length === 0) return <Paragraph>{t('notice.noPublishedSolutions')}</Paragraph>;
  return (
    <div className="inline-form">
      <Field>
        <Label htmlFor={selectId}>{t('notice.linkResult')}</Label>
        <Select
          id={selectId}
          width="auto"
          value={solutionId}
          onChange={(event) => setSolutionId(event.target.value)}
        >
          <Select.Option value="">{t('notice.chooseSolution')}</Select.Option>
          {solutions.map((solution) => (
            <Select.Option key={solution.id} value={solution.id}>
              {solution.title}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {/* A real disabled while no solution is chosen: that changes only in the select, so the
          focus is never on the button when it does. */}
      <BusyButton
        variant="secondary"
        data-size="sm"
        busy={loading}
        disabled={!solutionId}
        onClick={() => {
          if (!solutionId || loading) return;
          link({ variables: { noticeId, solutionId } }).catch(() => {});
        }}
      >
        {t('notice.saveResult')}
      </BusyButton>
      <ErrorAlert error={error} />
    </div>
  );
}

/** The controls vanish once the notice is cancelled, so focus goes to the heading beside the new "cancelled" tag. */
function focusPageHeading() {
  document.querySelector<HTMLElement>('.page-heading')?.focus();
}
