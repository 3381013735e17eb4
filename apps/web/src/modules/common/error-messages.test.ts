import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ERROR_REASON_CODES, ERROR_REASONS, type ErrorReason } from '@lokomotiv/contract';
import { renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { type I18n, I18nProvider, useI18n } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/language';
import { type ApiError, type ApiErrorParams, apiErrorsOf } from './api-errors';
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

const sample = (reason: ErrorReason) =>
  received({ code: ERROR_REASON_CODES[reason], reason, field: 'title', params: SAMPLE_PARAMS[reason] });

describe('error messages', () => {
  const nb = i18nIn('nb');
  const en = i18nIn('en');

  it.each(ERROR_REASONS)('%s has a message in nb and in en, its placeholders filled', (reason) => {
    const messages = [
      describeApiError(nb, sample(reason), 'Tittel'),
      describeApiError(en, sample(reason), 'Title'),
    ];
    for (const message of messages) {
      expect(message.trim()).not.toBe('');
      expect(message).not.toMatch(/[{}]|undefined|error\./);
      expect(message).not.toContain('English, never shown');
    }
    expect(messages[0]).not.toBe(messages[1]);
  });

  it('fills the numbers and the field label the message needs', () => {
    expect(describeApiError(nb, sample('TOO_LONG'), 'Tittel')).toBe('Tittel kan ha høyst 200 tegn.');
    expect(describeApiError(en, sample('TOO_SHORT'), 'Password')).toBe(
      'Password must have at least 10 characters.',
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
    expect(describeApiError(nb, tags, 'Stikkord')).toBe('Du kan ha høyst 20 stikkord.');
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
