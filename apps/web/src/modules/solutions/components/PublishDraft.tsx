import { useMutation } from '@apollo/client/react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { SolutionStatus } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert } from '../../common/components/QueryState';
import { PublishSolutionMutation } from '../graphql/solution';

/** The page and the lists that show the solution are read again: its status, dates and counters change. */
const REFETCH = ['Solution', 'Solutions', 'OrganizationSolutions'];

interface PublishDraftProps {
  solution: { id: string; status: SolutionStatus; viewerCanEdit: boolean };
}

/**
 * A draft's owner publishes it from its page. Once it is published the button is gone, so the
 * focus moves to the message that says so.
 */
export function PublishDraft({ solution }: PublishDraftProps) {
  const { t } = useI18n();
  const [published, setPublished] = useState(false);
  const [publish, { loading, error }] = useMutation(PublishSolutionMutation, {
    variables: { id: solution.id },
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  if (!solution.viewerCanEdit) return null;
  if (solution.status !== 'DRAFT') return published ? <PublishedNotice /> : null;
  const onPublish = () => {
    if (loading) return;
    publish()
      .then(() => setPublished(true))
      .catch(() => {});
  };
  return (
    <div className="publish-draft">
      <Paragraph data-size="sm">{t('solution.draftIntro')}</Paragraph>
      <BusyButton data-size="sm" busy={loading} onClick={onPublish}>
        {t('solution.publish')}
      </BusyButton>
      <ErrorAlert error={error} />
    </div>
  );
}

function PublishedNotice() {
  const { t } = useI18n();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <Alert data-color="success" ref={notice} tabIndex={-1} role="status">
      {t('solution.publishedNow')}
    </Alert>
  );
}
