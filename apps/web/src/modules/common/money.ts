import type { ApiError, WebReason } from './api-errors';

/** The largest amount the api takes (its amounts are GraphQL Int). */
export const MAX_KRONER = 2_147_483_647;

/** Spaces people put between thousands: ordinary, no-break (U+00A0), narrow no-break (U+202F), thin. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;
/** "kr", "kr.", "NOK" or ",-" before or after the amount, as written on price tags and invoices. */
const CURRENCY = /^(?:kr\.?|nok)|(?:kr\.?|nok|,-)$/gi;
/** Whole kroner: plain digits or dot-separated thousands, with zero øre allowed (",00"). */
const KRONER = /^(\d+|\d{1,3}(?:\.\d{3})+)(?:,0{1,2})?$/;

export type MoneyParse =
  | { ok: true; kroner: number | null }
  | { ok: false; reason: WebReason | 'OUT_OF_RANGE' };

/**
 * An amount in whole kroner as people write it: "1 800 000", "1 800 000 kr", "1800000",
 * "1 800 000,00", "kr 1.800.000", with any kind of space. Empty is no amount (null).
 */
export function parseMoney(text: string): MoneyParse {
  const bare = text.replace(SPACES, '').replace(CURRENCY, '');
  if (bare === '' && text.replace(SPACES, '') === '') return { ok: true, kroner: null };
  const match = KRONER.exec(bare);
  if (!match) return { ok: false, reason: 'NOT_AN_AMOUNT' };
  const kroner = Number(match[1].replaceAll('.', ''));
  return kroner <= MAX_KRONER ? { ok: true, kroner } : { ok: false, reason: 'OUT_OF_RANGE' };
}

/** The problem of a money field, found before sending; the message names the field. */
export function moneyProblems(field: string, text: string): ApiError[] {
  const parsed = parseMoney(text);
  if (parsed.ok) return [];
  return [
    {
      code: 'BAD_USER_INPUT',
      reason: parsed.reason,
      field,
      ...(parsed.reason === 'OUT_OF_RANGE' ? { params: { min: 0, max: MAX_KRONER } } : {}),
    },
  ];
}

/** The kroner to send: null when the field is empty. Check it with moneyProblems first. */
export function moneyOrNull(text: string): number | null {
  const parsed = parseMoney(text);
  return parsed.ok ? parsed.kroner : null;
}
