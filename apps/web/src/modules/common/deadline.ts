import type { I18n } from '../../i18n/I18nProvider';

/** "x dager igjen" for a deadline, or that it has passed. */
export function daysLeftText(
  { t, daysUntil }: Pick<I18n, 't' | 'daysUntil'>,
  deadline: string,
  isOpen = true,
): string {
  const days = daysUntil(deadline);
  if (!isOpen || days < 0) return t('deadline.closed');
  if (days === 0) return t('deadline.lastDay');
  if (days === 1) return t('deadline.oneDayLeft');
  return t('deadline.daysLeft', { count: days });
}
