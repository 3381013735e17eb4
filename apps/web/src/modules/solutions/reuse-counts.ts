import type {
  AdoptionFieldsFragment,
  AdoptionStage,
  SolutionAdoptionStateFragment,
} from '../../generated/graphql';
import type { MessageKey } from '../../i18n/nb';

/** The headline "I bruk hos N kommuner" (or organisasjoner when not all are municipalities). */
export function inUseHeadline(inUseCount: number, municipalitiesOnly: boolean): MessageKey {
  if (inUseCount === 0) return 'reuse.inUseNone';
  const one = inUseCount === 1;
  if (municipalitiesOnly) return one ? 'reuse.inUseMunicipalitiesOne' : 'reuse.inUseMunicipalitiesOther';
  return one ? 'reuse.inUseOrganizationsOne' : 'reuse.inUseOrganizationsOther';
}

type StageCounts = Pick<
  SolutionAdoptionStateFragment,
  'reuseCount' | 'inUseCount' | 'pilotingCount' | 'evaluatingCount'
>;

const STAGE_COUNT: Partial<Record<AdoptionStage, keyof StageCounts>> = {
  IN_USE: 'inUseCount',
  PILOTING: 'pilotingCount',
  EVALUATING: 'evaluatingCount',
};

/** The counters once `before` (if it counted) gives way to a confirmed adoption at `stage` (or none). */
export function countsAfter(
  counts: StageCounts,
  before: Pick<AdoptionFieldsFragment, 'stage' | 'counts'> | null | undefined,
  stage: AdoptionStage | null,
): StageCounts {
  const next = { ...counts };
  const move = (at: AdoptionStage, by: number) => {
    const field = STAGE_COUNT[at];
    if (!field) return;
    next[field] = Math.max(0, next[field] + by);
    next.reuseCount = Math.max(0, next.reuseCount + by);
  };
  if (before?.counts) move(before.stage, -1);
  if (stage) move(stage, 1);
  return next;
}

/** How an adoption's confirmation stands, as the adopters' table shows it. */
export function confirmationState(
  adoption: Pick<AdoptionFieldsFragment, 'stage' | 'counts' | 'awaitingConfirmation'>,
): 'awaiting' | 'notConfirmed' | 'confirmed' | 'stopped' {
  if (adoption.stage === 'STOPPED') return 'stopped';
  if (adoption.awaitingConfirmation) return 'awaiting';
  return adoption.counts ? 'confirmed' : 'notConfirmed';
}

/** Whether the adopter should be asked to confirm now: a proposal, overdue, or due within 30 days. */
export function needsConfirmation(adoption: AdoptionFieldsFragment, now = Date.now()): boolean {
  if (adoption.stage === 'STOPPED') return false;
  if (adoption.awaitingConfirmation || !adoption.counts || !adoption.confirmationDueAt) return true;
  return new Date(adoption.confirmationDueAt).getTime() - now < 30 * 24 * 60 * 60_000;
}
