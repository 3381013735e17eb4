import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_REASON_CODES, ERROR_REASONS, type ErrorReason } from '@lokomotiv/contract';
import { renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { NAMED_FIELDS } from '../../i18n/field-nouns';
import { type I18n, I18nProvider, useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/language';
import { type ApiError, type ApiErrorParams, apiErrorsOf, WEB_REASONS, type WebReason } from './api-errors';
import { describeApiError } from './error-messages';

/** The params the api sends with each reason that has any (see its `params:`), as samples. */
const SAMPLE_PARAMS: Partial<Record<ErrorReason, ApiErrorParams>> = {
  TOO_SHORT: { min: 10 },
  PASSWORD_TOO_REPETITIVE: { min: 5 },
  TOO_LONG: { max: 200 },
  TOO_MANY: { max: 20 },
  PUBLICCODE_TOO_LARGE: { max: 262_144 },
  OUT_OF_RANGE: { min: 1, max: 100 },
  NOT_ONE_OF: { allowed: 'MEMBER, ADMIN' },
  QUERY_TOO_DEEP: { max: 12 },
  QUERY_TOO_LARGE: { max: 500 },
  TOO_MANY_LOGIN_ATTEMPTS: { retryAfterSeconds: 900 },
  MALFORMED_CPV_CODE: { code: '7200' },
  UNKNOWN_CPV_CODE: { code: '99999999-9' },
  INVALID_CPV_CHECK_DIGIT: { code: '72000000-4' },
  MALFORMED_CPV_DIVISION: { value: '7' },
  UNKNOWN_COUNTY_NUMBER: { value: '99' },
  NEED_NOT_OPEN: { status: 'CLOSED' },
  NEED_NOT_JOINABLE: { status: 'SOLVED' },
  NEED_STATUS_TRANSITION_NOT_ALLOWED: { from: 'OPEN', to: 'SOLVED' },
};

function i18nIn(language: Language): I18n {
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(I18nProvider, { initial: language, children });
  return renderHook(() => useI18n(), { wrapper }).result.current;
}

/** An error as the api sends it, read the way every form reads one. */
function received(extensions: Record<string, unknown>): ApiError {
  const [error] = apiErrorsOf(
    new CombinedGraphQLErrors({ data: null, errors: [{ message: 'English, never shown', extensions }] }),
  );
  return error;
}

const sample = (reason: ErrorReason | WebReason, field = 'title') =>
  received({
    code: reason in ERROR_REASON_CODES ? ERROR_REASON_CODES[reason as ErrorReason] : 'BAD_USER_INPUT',
    reason,
    field,
    params: SAMPLE_PARAMS[reason as ErrorReason],
  });

/** Words that are written with a capital inside a sentence: names, abbreviations, the product. */
const PROPER_WORDS = new Set(['Norwegian', 'LicenseRef-Proprietary', 'Lokomotiv', 'Ansattporten', 'Altinn']);

/**
 * The words written with a capital inside a sentence that are not names or abbreviations: a
 * label put into a template ("Fyll ut Velg passord.") shows here.
 */
function capitalisedMidSentence(message: string): string[] {
  return message
    .split(/(?<=[.:!?])\s+/)
    .flatMap((sentence) => sentence.split(/\s+/).slice(1))
    .map((word) => word.replace(/^[«(“"']+|[».,:;!?)”"']+$/g, ''))
    .filter((word) => /^[A-ZÆØÅ][a-zæøå]/.test(word) && !PROPER_WORDS.has(word));
}

describe('error messages', () => {
  const nb = i18nIn('nb');
  const en = i18nIn('en');

  it.each(ERROR_REASONS)('%s has a message in nb and in en, its placeholders filled', (reason) => {
    const messages = [describeApiError(nb, sample(reason)), describeApiError(en, sample(reason))];
    for (const message of messages) {
      expect(message.trim()).not.toBe('');
      expect(message).not.toMatch(/[{}]|undefined|error\./);
      expect(message).not.toContain('English, never shown');
    }
    expect(messages[0]).not.toBe(messages[1]);
  });

  it.each([...ERROR_REASONS, ...WEB_REASONS])(
    '%s reads as sentences, in nb and en, about every field a form has',
    (reason) => {
      for (const field of [
        ...NAMED_FIELDS.map((name) => name.replace(/^(links|requirements)\./, '$1.0.')),
        'added-later',
      ]) {
        for (const i18n of [nb, en]) {
          const message = describeApiError(i18n, sample(reason, field));
          expect({ field, message, capitalised: capitalisedMidSentence(message) }).toEqual({
            field,
            message,
            capitalised: [],
          });
          expect(message).toMatch(/^[«“A-ZÆØÅ]/);
          expect(message).toMatch(/[.!?]$/);
        }
      }
    },
  );

  it('names the field in words that fit the sentence', () => {
    expect(describeApiError(nb, sample('REQUIRED', 'password'))).toBe('Fyll ut passordet.');
    expect(describeApiError(en, sample('REQUIRED', 'password'))).toBe('Fill in the password.');
    expect(describeApiError(nb, sample('EMAIL_TAKEN', 'email'))).toBe(
      'Det finnes allerede en bruker med denne e-postadressen.',
    );
    expect(describeApiError(nb, sample('NOT_A_URL', 'links.1.url'))).toBe(
      'Adressen til dokument 2 må være en lenke som starter med http:// eller https://.',
    );
  });

  it('says what a money field takes', () => {
    expect(describeApiError(nb, sample('NOT_AN_AMOUNT', 'licenseCostNok'))).toBe(
      'Lisenskostnaden må være et beløp i hele kroner, for eksempel 1 800 000.',
    );
  });

  it('fills the numbers the message needs', () => {
    expect(describeApiError(nb, sample('TOO_LONG'))).toBe('Tittelen kan ha høyst 200 tegn.');
    expect(describeApiError(en, sample('TOO_SHORT', 'password'))).toBe(
      'The password must have at least 10 characters.',
    );
    expect(describeApiError(nb, sample('INVALID_CPV_CHECK_DIGIT'))).toContain('«72000000-4»');
  });

  it('says how long to wait after too many login attempts, from params or from extensions', () => {
    expect(describeApiError(nb, sample('TOO_MANY_LOGIN_ATTEMPTS'))).toBe(
      'For mange mislykkede innloggingsforsøk. Prøv igjen om 15 minutter.',
    );
    const later = received({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_LOGIN_ATTEMPTS',
      retryAfterSeconds: 45,
    });
    expect(describeApiError(en, later)).toBe('Too many failed login attempts. Try again in 45 seconds.');
  });

  it('says some reasons in words for one field', () => {
    const tags = received({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY', field: 'tags', params: { max: 20 } });
    expect(describeApiError(nb, tags)).toBe('Du kan ha høyst 20 stikkord.');
    const searches = received({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY',
      field: 'savedSearch',
      params: { max: 50 },
    });
    expect(describeApiError(en, searches)).toContain('at most 50 saved searches');
  });

  it('falls back on the code for a reason this web does not know yet', () => {
    const newer = (code: string, extra: Record<string, unknown> = {}) =>
      describeApiError(nb, received({ code, reason: 'SOMETHING_ADDED_LATER', ...extra }));
    expect(newer('CONFLICT')).toBe('Dette finnes allerede.');
    expect(newer('FORBIDDEN')).toBe('Du har ikke tilgang til å gjøre dette.');
    expect(newer('TOO_MANY_REQUESTS')).toBe('For mange forespørsler. Vent litt og prøv igjen.');
    expect(newer('TOO_MANY_REQUESTS', { retryAfterSeconds: 120 })).toBe(
      'For mange forespørsler. Prøv igjen om 2 minutter.',
    );
    expect(newer('A_CODE_ADDED_LATER')).toBe('Noe gikk galt hos oss. Prøv igjen om litt.');
    expect(describeApiError(nb, apiErrorsOf(new Error('Failed to fetch'))[0])).toBe(
      'Fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.',
    );
  });
});
