import { MAX_KRONER, moneyOrNull, moneyProblems, parseMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['1 800 000', 1_800_000],
    ['1 800 000 kr', 1_800_000],
    ['1800000', 1_800_000],
    ['1 800 000,00', 1_800_000],
    ['1\u00a0800\u00a0000', 1_800_000],
    ['1\u202f800\u202f000\u00a0kr', 1_800_000],
    ['kr 1.800.000', 1_800_000],
    ['1 800 000 NOK', 1_800_000],
    ['250 000,-', 250_000],
    ['0', 0],
    [' 12 kr. ', 12],
  ])('reads %j as %d kroner', (text, kroner) => {
    expect(parseMoney(text)).toEqual({ ok: true, kroner });
  });

  it('reads an empty field as no amount', () => {
    expect(parseMoney('')).toEqual({ ok: true, kroner: null });
    expect(parseMoney(' \u00a0')).toEqual({ ok: true, kroner: null });
  });

  it.each(['mange penger', '1,8 mill', '1 800 000,50', '-5', '12abc', 'kr', '1.80.000', '1e6', '0x10'])(
    'refuses %j',
    (text) => {
      expect(parseMoney(text)).toEqual({ ok: false, reason: 'NOT_AN_AMOUNT' });
    },
  );

  it('refuses more than the api can store', () => {
    expect(parseMoney(String(MAX_KRONER))).toEqual({ ok: true, kroner: MAX_KRONER });
    expect(parseMoney('3 000 000 000')).toEqual({ ok: false, reason: 'OUT_OF_RANGE' });
  });
});

describe('moneyProblems', () => {
  it('names the field of a bad amount, and finds nothing wrong with a good one', () => {
    expect(moneyProblems('licenseCostNok', 'gratis')).toEqual([
      { code: 'BAD_USER_INPUT', reason: 'NOT_AN_AMOUNT', field: 'licenseCostNok' },
    ]);
    expect(moneyProblems('licenseCostNok', '1 800 000 kr')).toEqual([]);
    expect(moneyOrNull('1 800 000 kr')).toBe(1_800_000);
    expect(moneyOrNull('')).toBeNull();
  });
});
