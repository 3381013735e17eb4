import { AdoptionStage } from './adoption-stage';

/**
 * When an adoption counts: its organisation confirmed it, it is not STOPPED, and it is not overdue.
 * A confirmation is due a year after the last one; it keeps counting for a grace period after that.
 */
export const GRACE_DAYS = 30;
/** The adopter is asked this many days before the confirmation falls due. */
export const ASK_DAYS_BEFORE_DUE = 30;
/** And reminded this many days into the grace period. */
export const REMIND_DAYS_AFTER_DUE = 20;

const DAY_MS = 24 * 60 * 60_000;

export function confirmationDueAt(confirmedAt: Date | null): Date | null {
  if (!confirmedAt) return null;
  const due = new Date(confirmedAt);
  due.setUTCFullYear(due.getUTCFullYear() + 1);
  return due;
}

export function adoptionCounts(stage: AdoptionStage, confirmedAt: Date | null, now: Date): boolean {
  const due = confirmationDueAt(confirmedAt);
  return (
    stage !== AdoptionStage.STOPPED && due !== null && now.getTime() < due.getTime() + GRACE_DAYS * DAY_MS
  );
}

/**
 * The same rule in SQL, on the adoptions row aliased `a`, at the time in parameter `now` (e.g. `$2`).
 * PostgreSQL adds a year as a calendar year, as confirmationDueAt does.
 */
export const countsAt = (now: string, a = 'adoptions') =>
  `(${a}.stage <> 'STOPPED' AND ${a}.confirmed_at IS NOT NULL
    AND ${a}.confirmed_at + interval '1 year' + interval '${GRACE_DAYS} days' > ${now}::timestamptz)`;
