import { interpolate } from '../../i18n/I18nProvider';
import { nb } from '../../i18n/nb';
import { deadlineText, osloParts, osloToIso } from './oslo-time';

const i18n = {
  language: 'nb' as const,
  t: (key: keyof typeof nb, params?: Record<string, string | number>) => interpolate('nb', nb[key], params),
};

describe('Oslo time', () => {
  it.each([
    ['2027-01-15', '12:00', '2027-01-15T11:00:00.000Z'],
    ['2027-07-15', '12:00', '2027-07-15T10:00:00.000Z'],
    ['2027-01-15', '00:30', '2027-01-14T23:30:00.000Z'],
    // spring: 02:00 becomes 03:00
    ['2027-03-28', '01:30', '2027-03-28T00:30:00.000Z'],
    ['2027-03-28', '03:30', '2027-03-28T01:30:00.000Z'],
    // autumn: 03:00 becomes 02:00 again
    ['2027-10-31', '01:30', '2027-10-30T23:30:00.000Z'],
    ['2027-10-31', '04:00', '2027-10-31T03:00:00.000Z'],
  ])('%s %s in Oslo is %s, and back', (date, time, iso) => {
    expect(osloToIso(date, time)).toBe(iso);
    expect(osloParts(new Date(iso))).toEqual({ date, time });
  });

  it('says today and tomorrow by the calendar in Oslo, across midnight', () => {
    const deadline = '2027-01-15T11:00:00.000Z'; // 12.00 in Oslo
    expect(deadlineText(i18n, deadline, new Date('2027-01-15T06:00:00.000Z'))).toBe('Frist i dag kl. 12.00');
    // 23.30 on the 14th in Oslo
    expect(deadlineText(i18n, deadline, new Date('2027-01-14T22:30:00.000Z'))).toBe(
      'Frist i morgen kl. 12.00',
    );
    // 00.30 on the 15th in Oslo is still the 14th in UTC
    expect(deadlineText(i18n, deadline, new Date('2027-01-14T23:30:00.000Z'))).toBe('Frist i dag kl. 12.00');
    expect(deadlineText(i18n, deadline, new Date('2027-01-12T23:30:00.000Z'))).toBe('2 dager igjen');
    expect(deadlineText(i18n, deadline, new Date('2027-01-15T11:00:00.000Z'))).toBe('Fristen er ute');
  });

  it('counts calendar days across both daylight-saving changes', () => {
    expect(deadlineText(i18n, '2027-03-29T10:00:00.000Z', new Date('2027-03-27T22:30:00.000Z'))).toBe(
      '2 dager igjen',
    );
    expect(deadlineText(i18n, '2027-10-31T23:30:00.000Z', new Date('2027-10-30T22:30:00.000Z'))).toBe(
      'Frist i morgen kl. 00.30',
    );
    const en = {
      language: 'en' as const,
      t: (key: string, p?: Record<string, string | number>) => `${key}:${JSON.stringify(p)}`,
    };
    expect(deadlineText(en, '2027-01-16T11:00:00.000Z', new Date('2027-01-14T11:00:00.000Z'))).toBe(
      'tenders.daysLeft.other:{"count":2}',
    );
  });
});
