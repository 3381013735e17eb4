import { useMutation } from '@apollo/client/react';
import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { paths } from '../../../app/paths';
import type {
  AdoptionFieldsFragment,
  AdoptionStage,
  SolutionAdoptionStateFragment,
} from '../../../generated/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useSession, type Viewer } from '../../auth/hooks/SessionProvider';
import { AppLink } from '../../common/components/AppLink';
import { BusyButton } from '../../common/components/BusyButton';
import { ErrorAlert } from '../../common/components/QueryState';
import { AdoptSolutionMutation, SolutionAdoptionState, WithdrawAdoptionMutation } from '../graphql/solution';
import { countsAfter, inUseHeadline } from '../reuse-counts';
import { ConfirmAdoption } from './ConfirmAdoption';

export const ADOPTION_STAGES: readonly AdoptionStage[] = ['EVALUATING', 'PILOTING', 'IN_USE', 'STOPPED'];

interface AdoptControlProps {
  solution: SolutionAdoptionStateFragment;
}

/**
 * Adopt a solution, change how far the organisation has come, confirm, or withdraw. The counters
 * (in use first, then piloting and evaluating, never added together) change at once
 * (optimistically) and are announced to screen readers.
 */
export function AdoptControl({ solution }: AdoptControlProps) {
  const { t } = useI18n();
  const { viewer } = useSession();
  return (
    <section className="adopt" aria-labelledby="adopt-heading">
      <Heading level={2} data-size="xs" id="adopt-heading">
        {t('adopt.heading')}
      </Heading>
      <div className="adopt__counter" aria-live="polite" aria-atomic="true" data-testid="reuse-count">
        <p className="adopt__headline" data-testid="in-use-count">
          {t(inUseHeadline(solution.inUseCount, solution.inUseByMunicipalitiesOnly), {
            count: solution.inUseCount,
          })}
        </p>
        {solution.pilotingCount > 0 && (
          <p data-testid="piloting-count">{t('reuse.piloting', { count: solution.pilotingCount })}</p>
        )}
        {solution.evaluatingCount > 0 && (
          <p data-testid="evaluating-count">{t('reuse.evaluating', { count: solution.evaluatingCount })}</p>
        )}
      </div>
      <AdoptActions solution={solution} viewer={viewer} />
    </section>
  );
}

function AdoptActions({ solution, viewer }: AdoptControlProps & { viewer: Viewer | null }) {
  const { t } = useI18n();
  if (solution.status === 'ARCHIVED') return <ArchivedActions solution={solution} viewer={viewer} />;
  if (solution.status !== 'PUBLISHED') return <Paragraph>{t('adopt.notPublished')}</Paragraph>;
  if (!viewer) {
    return (
      <Paragraph>
        <AppLink to={`${paths.login}?neste=${encodeURIComponent(paths.solution(solution.id))}`}>
          {t('adopt.loginToAdopt')}
        </AppLink>
      </Paragraph>
    );
  }
  if (solution.viewerCanEdit) return <Paragraph>{t('adopt.ownSolution')}</Paragraph>;
  return <AdoptForm solution={solution} viewer={viewer} />;
}

/** Nobody adopts an archived solution anew; an organisation that uses it may still change or withdraw. */
function ArchivedActions({ solution, viewer }: AdoptControlProps & { viewer: Viewer | null }) {
  const { t } = useI18n();
  const adopted = solution.viewerAdoption !== null && solution.viewerAdoption !== undefined;
  const wasAdopted = useRef(adopted);
  const message = useRef<HTMLParagraphElement>(null);
  // Withdrawing takes the form away with the focused button: the focus goes to the message instead.
  useEffect(() => {
    if (wasAdopted.current && !adopted) message.current?.focus();
    wasAdopted.current = adopted;
  }, [adopted]);
  if (!viewer || !adopted) {
    return (
      <Paragraph ref={message} tabIndex={-1}>
        {t('adopt.archived')}
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>{t('adopt.archivedAdopter')}</Paragraph>
      <AdoptForm solution={solution} viewer={viewer} />
    </>
  );
}

function AdoptForm({ solution, viewer }: AdoptControlProps & { viewer: Viewer }) {
  const { t } = useI18n();
  const selectId = useId();
  const current = solution.viewerAdoption;
  const [stage, setStage] = useState<AdoptionStage>(current?.stage ?? 'EVALUATING');
  const [adopt, adoption] = useMutation(AdoptSolutionMutation);
  const [withdraw, withdrawal] = useMutation(WithdrawAdoptionMutation);
  const busy = adoption.loading || withdrawal.loading;
  const unchanged = current?.stage === stage;
  const adoptButton = useRef<HTMLButtonElement>(null);
  const withdrawPressed = useRef(false);

  // Withdrawing removes its own button at once (optimistically): the focus goes to the adopt button.
  useEffect(() => {
    if (!current && withdrawPressed.current) {
      withdrawPressed.current = false;
      adoptButton.current?.focus();
    }
  }, [current]);

  const onAdopt = () => {
    if (busy || unchanged) return;
    adopt({
      variables: { solutionId: solution.id, stage },
      optimisticResponse: {
        __typename: 'Mutation',
        adoptSolution: optimisticAdoption(solution, viewer, stage),
      },
    }).catch(() => {});
  };

  const onWithdraw = () => {
    if (busy) return;
    withdrawPressed.current = true;
    withdraw({
      variables: { solutionId: solution.id },
      optimisticResponse: { __typename: 'Mutation', withdrawAdoption: true },
      update: (cache, { data }) => {
        if (!data?.withdrawAdoption) return;
        cache.writeFragment({
          fragment: SolutionAdoptionState,
          fragmentName: 'SolutionAdoptionState',
          data: withoutViewerAdoption(solution),
        });
      },
    })
      .then(() => setStage('EVALUATING'))
      .catch(() => {})
      .finally(() => {
        withdrawPressed.current = false;
      });
  };

  return (
    <div className="adopt__form">
      {current && <Paragraph>{t('adopt.currentStage', { stage: t(`stage.${current.stage}`) })}</Paragraph>}
      {current && <ConfirmAdoption solutionId={solution.id} adoption={current} />}
      <Field>
        <Label htmlFor={selectId}>{t(current ? 'adopt.changeStageLabel' : 'adopt.stageLabel')}</Label>
        <Select
          id={selectId}
          value={stage}
          onChange={(event) => setStage(event.target.value as AdoptionStage)}
          width="auto"
        >
          {ADOPTION_STAGES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`stage.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="button-row">
        {/* One button adopts and, once adopted, saves a new stage: the focus stays on it when
            adopting turns it into "save stage". With the stage unchanged it is aria-disabled, not
            disabled, as it has the focus right after adopting. */}
        <BusyButton
          ref={adoptButton}
          onClick={onAdopt}
          busy={adoption.loading}
          aria-disabled={busy || unchanged || undefined}
        >
          {t(current ? 'adopt.changeStage' : 'adopt.adopt')}
        </BusyButton>
        {current && (
          <BusyButton
            variant="secondary"
            data-color="danger"
            onClick={onWithdraw}
            busy={withdrawal.loading}
            aria-disabled={adoption.loading || undefined}
          >
            {t('adopt.withdraw')}
          </BusyButton>
        )}
      </div>
      <ErrorAlert error={adoption.error ?? withdrawal.error} />
    </div>
  );
}

/** What the api will answer to an adopt, so the counter and list change before it does. */
function optimisticAdoption(solution: SolutionAdoptionStateFragment, viewer: Viewer, stage: AdoptionStage) {
  const existing = solution.viewerAdoption;
  const now = new Date();
  const due = new Date(now);
  due.setUTCFullYear(due.getUTCFullYear() + 1);
  const adoption: AdoptionFieldsFragment = {
    __typename: 'Adoption',
    id: existing?.id ?? `optimistic-${solution.id}`,
    stage,
    createdAt: existing?.createdAt ?? now.toISOString(),
    startedAt: existing?.startedAt ?? now.toISOString(),
    confirmedAt: now.toISOString(),
    confirmationDueAt: due.toISOString(),
    counts: stage !== 'STOPPED',
    awaitingConfirmation: false,
    story: existing?.story ?? null,
    contact: existing?.contact ?? null,
    organization: { __typename: 'Organization', id: viewer.organization.id, name: viewer.organization.name },
  };
  const others = solution.adoptions.filter((a) => a.organization.id !== viewer.organization.id);
  return {
    ...adoption,
    solution: {
      ...solution,
      ...countsAfter(solution, existing, stage),
      viewerAdoption: adoption,
      adoptions: [...others, adoption],
    },
  };
}

function withoutViewerAdoption(solution: SolutionAdoptionStateFragment): SolutionAdoptionStateFragment {
  const own = solution.viewerAdoption;
  if (!own) return solution;
  return {
    ...solution,
    ...countsAfter(solution, own, null),
    viewerAdoption: null,
    adoptions: solution.adoptions.filter((a) => a.id !== own.id),
  };
}
