import { commonError } from '../common/domain-error';
import { type CpvRecord, readCpvCodes } from '../reference-data/reference-data';
import { procurementError } from './procurement.errors';

/** One code of the Common Procurement Vocabulary (CPV 2008), with its labels. */
export interface CpvEntry {
  /** Full form with check digit, e.g. "72000000-5". */
  code: string;
  /** The first two digits, e.g. "72" (IT services). */
  division: string;
  labelNb: string;
  labelEn: string;
}

export type CpvProblem = 'MALFORMED' | 'UNKNOWN_CODE' | 'WRONG_CHECK_DIGIT';

const FULL_FORM = /^(\d{8})-(\d)$/;
export const MAX_CPV_CODES = 20;

let byCode: Map<string, CpvRecord & CpvEntry> | undefined;

/** The official list, read once from the CSV and kept in memory (about 9,500 codes). */
function cpvList(): Map<string, CpvRecord & CpvEntry> {
  byCode ??= new Map(
    readCpvCodes().map((record) => [
      record.code,
      {
        ...record,
        code: `${record.code}-${record.check_digit}`,
        division: record.code.slice(0, 2),
        labelNb: record.nb,
        labelEn: record.en,
      },
    ]),
  );
  return byCode;
}

/** What is wrong with a CPV code in full form, or null when it is an official code with the right check digit. */
export function cpvProblem(value: string): CpvProblem | null {
  const match = FULL_FORM.exec(value);
  if (!match) return 'MALFORMED';
  const entry = cpvList().get(match[1]);
  if (!entry) return 'UNKNOWN_CODE';
  return entry.check_digit === match[2] ? null : 'WRONG_CHECK_DIGIT';
}

const PROBLEMS = {
  MALFORMED: {
    reason: 'MALFORMED_CPV_CODE',
    message: (field: string, code: string) =>
      `${field}: "${code}" is malformed; use the full form with check digit, e.g. 72000000-5`,
  },
  UNKNOWN_CODE: {
    reason: 'UNKNOWN_CPV_CODE',
    message: (field: string, code: string) => `${field}: "${code}" is not a code in the CPV 2008 list`,
  },
  WRONG_CHECK_DIGIT: {
    reason: 'INVALID_CPV_CHECK_DIGIT',
    message: (field: string, code: string) => `${field}: "${code}" has the wrong check digit`,
  },
} as const satisfies Record<CpvProblem, unknown>;

/** Trims, checks and de-duplicates CPV codes; at least one is required. */
export function validateCpvCodes(field: string, values: readonly string[] | null | undefined): string[] {
  const codes = checkCpvCodes(field, values);
  if (!codes.length) throw commonError('REQUIRED', `${field} must contain at least one CPV code`, { field });
  return codes;
}

/** Trims, checks and de-duplicates CPV codes; none is fine (a filter, a look-up). */
export function checkCpvCodes(field: string, values: readonly string[] | null | undefined): string[] {
  const codes = [...new Set((values ?? []).map((value) => value.trim()))];
  if (codes.length > MAX_CPV_CODES)
    throw commonError('TOO_MANY', `${field} may contain at most ${MAX_CPV_CODES} codes`, {
      field,
      params: { max: MAX_CPV_CODES },
    });
  for (const code of codes) {
    const problem = cpvProblem(code);
    if (problem) {
      const { reason, message } = PROBLEMS[problem];
      throw procurementError(reason, message(field, code), { field, params: { code } });
    }
  }
  return codes;
}

/** The entry of a valid full-form code, else null. */
export function cpvEntry(code: string): CpvEntry | null {
  const match = FULL_FORM.exec(code);
  const entry = match ? cpvList().get(match[1]) : undefined;
  return entry && entry.check_digit === match?.[2] ? toEntry(entry) : null;
}

const toEntry = ({ code, division, labelNb, labelEn }: CpvEntry): CpvEntry => ({
  code,
  division,
  labelNb,
  labelEn,
});

/** The code heading a two-digit division ("72" → "72000000-5", IT services), else null. */
export function cpvDivisionEntry(division: string): CpvEntry | null {
  const entry = /^\d{2}$/.test(division) ? cpvList().get(`${division}000000`) : undefined;
  return entry ? toEntry(entry) : null;
}

/**
 * Codes whose number starts with the digits in `search`, or whose Norwegian or English label
 * contains every word of it, in code order (so broad codes come before narrower ones).
 */
export function searchCpv(search: string, limit: number): CpvEntry[] {
  const text = search.trim().toLowerCase();
  const digits = text.replace(/[\s-]/g, '');
  const words = text.split(/\s+/).filter(Boolean);
  const matches: CpvEntry[] = [];
  for (const entry of cpvList().values()) {
    if (matches.length >= limit) break;
    const byNumber = /^\d+$/.test(digits) && entry.code.replace('-', '').startsWith(digits);
    const label = `${entry.labelNb} ${entry.labelEn}`.toLowerCase();
    if (!text || byNumber || (!/^\d+$/.test(digits) && words.every((w) => label.includes(w))))
      matches.push(toEntry(entry));
  }
  return matches;
}

/**
 * The digits that place a code in the tree, without its trailing zeros: "72" for the division
 * 72000000-5, "722" for the group 72200000-7, "7221" for the class 72210000-0. A code and every
 * narrower one start with them.
 */
export function cpvStem(code: string): string {
  return code.slice(0, 8).replace(/0+$/, '').padEnd(2, '0');
}

/**
 * One level of the CPV tree: without a parent the divisions, under a code the codes one level
 * narrower (a division's groups, a group's classes, ...), in code order.
 */
export function cpvChildren(parent: string | null): CpvEntry[] {
  const stem = parent === null ? '' : cpvStem(checkCpvCodes('parent', [parent])[0] ?? '');
  const length = Math.max(stem.length + 1, 2);
  const children: CpvEntry[] = [];
  for (const entry of cpvList().values()) {
    const own = cpvStem(entry.code);
    if (own.length === length && own.startsWith(stem)) children.push(toEntry(entry));
  }
  return children;
}

/** Two-digit CPV divisions, e.g. "72"; used to filter notices. */
export function validateCpvDivision(field: string, value: string): string {
  const division = value.trim();
  if (!/^\d{2}$/.test(division))
    throw procurementError('MALFORMED_CPV_DIVISION', `${field} must be two digits, e.g. 72`, {
      field,
      params: { value: division },
    });
  return division;
}
