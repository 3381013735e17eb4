import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type {
  SolutionForEditQuery as SolutionForEditResult,
  SolutionInput,
} from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import {
  CreateSolutionMutation,
  PublishSolutionMutation,
  SolutionForEditQuery,
  UpdateSolutionMutation,
} from '../graphql/solution';
import { EMPTY_SOLUTION, valuesFromSolution } from '../solution-form-values';
import { ArchiveSolution } from './ArchiveSolution';
import { type SaveIntent, type SaveOutcome, SolutionForm } from './SolutionForm';
import { StatusTag } from './StatusTag';

/** Lists that show the organisation's solutions are refetched after any change. */
const REFETCH = ['Solutions', 'OrganizationSolutions'];

export function NewSolutionPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [create] = useMutation(CreateSolutionMutation, { refetchQueries: REFETCH });
  const [publish] = useMutation(PublishSolutionMutation, { refetchQueries: REFETCH });

  const save = async (input: SolutionInput, intent: SaveIntent): Promise<SaveOutcome | undefined> => {
    const { data } = await create({ variables: { input } });
    if (!data) return;
    const id = data.createSolution.id;
    if (intent === 'publish') await publish({ variables: { id } });
    navigate(paths.solution(id));
    return 'left';
  };

  return (
    <div className="page-form">
      <PageHeading>{t('solutionForm.newHeading')}</PageHeading>
      <Paragraph>{t('solutionForm.newIntro')}</Paragraph>
      <Paragraph>
        {t('publiccode.importIntro')}{' '}
        <AppLink to={paths.importSolution}>{t('publiccode.importLink')}</AppLink>
      </Paragraph>
      <SolutionForm
        initial={EMPTY_SOLUTION}
        onSave={save}
        saveLabel={t('solutionForm.saveDraft')}
        canPublish
      />
    </div>
  );
}

export function EditSolutionPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(SolutionForEditQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data?.solution?.viewerCanEdit) return <NotFoundPage />;
  return <EditSolution solution={data.solution} />;
}

type EditableSolution = NonNullable<SolutionForEditResult['solution']>;

function EditSolution({ solution }: { solution: EditableSolution }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [archived, setArchived] = useState(false);
  const archivedAlert = useRef<HTMLDivElement>(null);
  const [update, updating] = useMutation(UpdateSolutionMutation, { refetchQueries: REFETCH });
  const [publish, publishing] = useMutation(PublishSolutionMutation, { refetchQueries: REFETCH });

  const save = async (input: SolutionInput, intent: SaveIntent): Promise<SaveOutcome> => {
    await update({ variables: { id: solution.id, input } });
    if (intent === 'save') return 'stayed';
    await publish({ variables: { id: solution.id } });
    navigate(paths.solution(solution.id));
    return 'left';
  };
  const saving = updating.loading || publishing.loading;
  // The archive button is gone once archived: the focus goes to the message that says so.
  useEffect(() => {
    if (archived) archivedAlert.current?.focus();
  }, [archived]);
  const onArchived = () => {
    setArchived(true);
  };

  return (
    <div className="page-form">
      <PageHeading title={t('solutionForm.editHeading')}>
        {t('solutionForm.editHeading')}: {solution.title}
      </PageHeading>
      <Paragraph>
        {t('solutionForm.status')} <StatusTag status={solution.status} />
      </Paragraph>
      <div role="status">
        {archived && (
          <Alert data-color="info" ref={archivedAlert} tabIndex={-1}>
            {t('archive.done')}
          </Alert>
        )}
      </div>
      <SolutionForm
        initial={valuesFromSolution(solution)}
        onSave={save}
        saveLabel={t('solutionForm.save')}
        savedMessage={t('solutionForm.saved')}
        canPublish={solution.status !== 'PUBLISHED'}
      >
        {solution.status === 'PUBLISHED' && (
          <ArchiveSolution
            solution={solution}
            blocked={saving}
            refetchQueries={REFETCH}
            onArchived={onArchived}
          />
        )}
      </SolutionForm>
    </div>
  );
}
