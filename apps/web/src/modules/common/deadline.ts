import type { I18n } from '../../i18n/I18nProvider';

/** "x dager igjen" for a deadline, or that it has passed. */
export function daysLeftText(
  { t, plural, daysUntil }: Pick<I18n, 't' | 'plural' | 'daysUntil'>,
  deadline: string,
  isOpen = true,
): string {
  const days = daysUntil(deadline);
  if (!isOpen || days < 0) return t('deadline.closed');
  if (days === 0) return t('deadline.lastDay');
  return plural({ one: 'deadline.oneDayLeft', other: 'deadline.daysLeft' }, days);
}
