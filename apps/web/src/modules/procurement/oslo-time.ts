import type { I18n } from '../../i18n/I18nProvider';

const ZONE = 'Europe/Oslo';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The wall clock in Oslo at an instant: "2027-03-28" and "12.00"-ready hour and minute. */
export function osloParts(instant: Date): { date: string; time: string } {
  const part = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

/** How far Oslo's wall clock is ahead of UTC at the instant. */
function offsetAt(instantMs: number): number {
  const { date, time } = osloParts(new Date(instantMs));
  const wall = Date.parse(`${date}T${time}:00Z`);
  return wall - Math.floor(instantMs / 60_000) * 60_000;
}

/**
 * The instant of a date ("2027-03-28") and time ("12:00") on Oslo's wall clock, as ISO 8601; the
 * offset is read two hours before, so the autumn's repeated hour means its first occurrence.
 */
export function osloToIso(date: string, time: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const guess = wall - offsetAt(wall - 2 * HOUR_MS);
  return new Date(wall - offsetAt(guess)).toISOString();
}

/** The time of day on Oslo's clock as the language writes it: "12.00" in Norwegian, "12:00" in English. */
export function osloClock(language: I18n['language'], iso: string): string {
  const { time } = osloParts(new Date(iso));
  return language === 'en' ? time : time.replace(':', '.');
}

/** "Frist i dag kl. 12.00", "Frist i morgen kl. 12.00" or "3 dager igjen", by Oslo's calendar. */
export function deadlineText(
  { t, language }: Pick<I18n, 't' | 'language'>,
  deadline: string,
  now = new Date(),
): string {
  const end = new Date(deadline);
  if (end <= now) return t('tenders.deadlinePassed');
  const target = osloParts(end);
  const days = Math.round((Date.parse(target.date) - Date.parse(osloParts(now).date)) / DAY_MS);
  const time = osloClock(language, deadline);
  if (days === 0) return t('tenders.deadlineToday', { time });
  if (days === 1) return t('tenders.deadlineTomorrow', { time });
  const plural = new Intl.PluralRules(language === 'en' ? 'en' : 'nb').select(days);
  return t(plural === 'one' ? 'tenders.daysLeft.one' : 'tenders.daysLeft.other', { count: days });
}
