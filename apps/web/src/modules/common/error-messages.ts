import type { MessageParams } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nb';
import type { ApiError } from './api-errors';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The api's English validation messages, matched so the user reads them in their language. */
const BAD_INPUT_PATTERNS: [RegExp, MessageKey][] = [
  [/must not be empty|is required/, 'error.required'],
  [/must be in the future/, 'error.future'],
  [/CPV/, 'error.cpv'],
  [/Only OPEN needs take answers/, 'error.needNotOpen'],
  [/cannot join its own need/, 'error.ownNeed'],
  [/must be at most (\d+) characters/, 'error.tooLong'],
  [/must be at least (\d+) characters/, 'error.tooShort'],
  [/is too common/, 'error.passwordTooCommon'],
  [/at least (\d+) different characters/, 'error.passwordTooRepetitive'],
  [/at most (\d+) tags/, 'error.tooManyTags'],
  [/at most (\d+) saved searches/, 'error.tooManySavedSearches'],
  [/valid email/, 'error.email'],
  [/URL/, 'error.url'],
  [/whole number/, 'error.wholeNumber'],
  [/9 digits/, 'error.organizationNumber'],
  [/4 digits/, 'error.municipalityNumber'],
  [/only for municipalities/, 'error.municipalityNumberOnly'],
  [/cannot adopt its own/, 'error.ownSolution'],
  [/Only published/, 'error.notPublished'],
  [/must be one of|not a known|must be MEMBER or ADMIN/, 'error.choose'],
];

/** A message for the user, in their language, about one api error on a field labelled `label`. */
export function describeApiError(t: Translate, error: ApiError, label?: string): string {
  const field = label ?? error.field ?? '';
  switch (error.code) {
    case 'BAD_USER_INPUT': {
      for (const [pattern, key] of BAD_INPUT_PATTERNS) {
        const match = error.message.match(pattern);
        if (match) return t(key, { field, n: match[1] ? Number(match[1]) : 0 });
      }
      return error.message;
    }
    case 'CONFLICT':
      return t('error.conflict', { field });
    case 'UNAUTHENTICATED':
      return t('error.unauthenticated');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'TOO_MANY_REQUESTS':
      return t('error.rateLimited');
    case 'NOT_FOUND':
      return t('error.notFound');
    case 'NETWORK':
      return t('error.network');
    case 'INTERNAL_SERVER_ERROR':
      return t('error.internal');
  }
}
