import { useMutation, useQuery } from '@apollo/client/react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { SolutionFormFieldsFragment, SolutionInput } from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { AppLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { NotFoundPage } from '../../common/components/NotFoundPage';
import { PageHeading } from '../../common/components/PageHeading';
import { ErrorAlert, Loading } from '../../common/components/QueryState';
import {
  ArchiveSolutionMutation,
  CreateSolutionMutation,
  PublishSolutionMutation,
  SolutionForEditQuery,
  UpdateSolutionMutation,
} from '../graphql/solution';
import { EMPTY_SOLUTION, valuesFromSolution } from '../solution-form-values';
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

function EditSolution({ solution }: { solution: SolutionFormFieldsFragment }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [update, updating] = useMutation(UpdateSolutionMutation, { refetchQueries: REFETCH });
  const [publish, publishing] = useMutation(PublishSolutionMutation, { refetchQueries: REFETCH });
  const [archive, archiving] = useMutation(ArchiveSolutionMutation, { refetchQueries: REFETCH });

  const save = async (input: SolutionInput, intent: SaveIntent): Promise<SaveOutcome> => {
    await update({ variables: { id: solution.id, input } });
    if (intent === 'save') return 'stayed';
    await publish({ variables: { id: solution.id } });
    navigate(paths.solution(solution.id));
    return 'left';
  };
  const saving = updating.loading || publishing.loading;
  const onArchive = async () => {
    if (saving || archiving.loading) return;
    await archive({ variables: { id: solution.id } }).catch(() => {});
  };

  return (
    <div className="page-form">
      <PageHeading title={t('solutionForm.editHeading')}>
        {t('solutionForm.editHeading')}: {solution.title}
      </PageHeading>
      <Paragraph>
        {t('solutionForm.status')} <StatusTag status={solution.status} />
      </Paragraph>
      <ErrorAlert error={archiving.error} />
      <SolutionForm
        initial={valuesFromSolution(solution)}
        onSave={save}
        saveLabel={t('solutionForm.save')}
        savedMessage={t('solutionForm.saved')}
        canPublish={solution.status !== 'PUBLISHED'}
        busy={archiving.loading}
      >
        {solution.status === 'PUBLISHED' && (
          <BusyButton
            type="button"
            variant="tertiary"
            data-color="danger"
            onClick={onArchive}
            busy={archiving.loading}
            aria-disabled={saving || undefined}
          >
            {t('solutionForm.archive')}
          </BusyButton>
        )}
      </SolutionForm>
    </div>
  );
}
