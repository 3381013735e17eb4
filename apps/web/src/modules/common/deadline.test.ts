import { daysUntil } from '../../i18n/format';
import { interpolate, type PluralKeys, pluralMessage } from '../../i18n/I18nProvider';
import { nb } from '../../i18n/nb';
import { daysLeftText } from './deadline';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const i18n = {
  t: (key: keyof typeof nb, params?: Record<string, string | number>) => interpolate('nb', nb[key], params),
  plural: (keys: PluralKeys, count: number) => pluralMessage('nb', keys, count),
  daysUntil: (iso: string) => daysUntil(iso, NOW),
};

describe('deadlines', () => {
  it('counts whole days left, rounding up', () => {
    expect(daysLeftText(i18n, '2026-03-15T12:00:00.000Z')).toBe('14 dager igjen');
    expect(daysLeftText(i18n, '2026-03-02T08:00:00.000Z')).toBe('1 dag igjen');
    expect(daysLeftText(i18n, '2026-03-01T12:00:00.000Z')).toBe('Siste dag i dag');
  });

  it('says the deadline has passed when it has, or when the notice is closed', () => {
    expect(daysLeftText(i18n, '2026-02-20T12:00:00.000Z')).toBe('Fristen er ute');
    expect(daysLeftText(i18n, '2026-03-15T12:00:00.000Z', false)).toBe('Fristen er ute');
  });
});
