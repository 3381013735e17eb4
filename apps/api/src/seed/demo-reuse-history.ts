import { AdoptionStage } from '../adoptions/adoption-stage';

const DAY_MS = 24 * 60 * 60_000;
/** Within a year of `now`, so every demo adoption still counts. */
const SPREAD_DAYS = 330;
/** What an hour of a municipal employee's time costs, roughly, with social costs. */
const NOK_PER_HOUR = 650;

/**
 * When a demo adoption was confirmed, and for one in use what it saved: spread over the past year, the
 * same on every fresh start, so the statistics have months, hours and kroner to show.
 */
export function demoReuseHistory(
  solutionTitle: string,
  adopterIndex: number,
  stage: AdoptionStage,
  now: Date,
) {
  const seed = hash(`${solutionTitle}#${adopterIndex}`);
  const confirmedAt = new Date(now.getTime() - (seed % SPREAD_DAYS) * DAY_MS);
  if (stage !== AdoptionStage.IN_USE) return { confirmedAt, story: null };
  const hoursSavedPerYear = 100 + (seed % 1400);
  return { confirmedAt, story: { hoursSavedPerYear, savingsNokPerYear: hoursSavedPerYear * NOK_PER_HOUR } };
}

function hash(text: string): number {
  let value = 7;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) % 1_000_003;
  return value;
}
