export type Language = 'nb' | 'en';

export const LANGUAGES: readonly Language[] = ['nb', 'en'];

/** The api's name of each language (enum Language). */
export type ApiLanguage = 'NB' | 'EN';

export const toApiLanguage = (language: Language): ApiLanguage => (language === 'en' ? 'EN' : 'NB');
export const fromApiLanguage = (language: ApiLanguage): Language => (language === 'EN' ? 'en' : 'nb');

const STORAGE_KEY = 'lokomotiv.language';

export function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nb';
}

export function storeLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}
