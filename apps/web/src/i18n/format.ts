import type { Language } from './language';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** The date on Oslo's calendar, wherever the browser is: a deadline at 00.30 is that day's, not the one before. */
export function formatDate(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(
    new Date(iso),
  );
}

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

export function formatNok(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), {
    style: 'currency',
    currency: 'NOK',
    maximumFractionDigits: 0,
  }).format(value);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `now` until `iso`, rounded up; negative once it has passed. */
export function daysUntil(iso: string, now: Date = new Date()): number {
  return Math.ceil((new Date(iso).getTime() - now.getTime()) / DAY_MS);
}

/** A wait before trying again, as a relative time: "om 15 minutter", "in 30 seconds". */
export function formatRetryAfter(language: Language, seconds: number): string {
  const format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'always' });
  return seconds < 60
    ? format.format(Math.ceil(seconds), 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}

/** A percentage given with exactly two decimals: "12,50". */
export function formatPercent(language: Language, value: number): string {
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** A calendar month "2026-11" as "nov. 2026" or "Nov 2026". */
export function formatMonth(language: Language, month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(language), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}
