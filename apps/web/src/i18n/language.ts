export type Language = 'nb' | 'en';

export const LANGUAGES: readonly Language[] = ['nb', 'en'];

/** The api's name of each language (enum Language). */
export type ApiLanguage = 'NB' | 'EN';

export const toApiLanguage = (language: Language): ApiLanguage => (language === 'en' ? 'EN' : 'NB');
export const fromApiLanguage = (language: ApiLanguage): Language => (language === 'EN' ? 'en' : 'nb');

const STORAGE_KEY = 'lokomotiv.language';
/** The cookie the server renders pages in the chosen language by (the api reads this name too). */
export const LANGUAGE_COOKIE = 'lokomotiv.language';

/** The language chosen in this browser, if one was. */
export function chosenLanguage(): Language | null {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'nb' ? stored : null;
}

export function storedLanguage(): Language {
  return chosenLanguage() ?? 'nb';
}

export function storeLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  if (globalThis.document) {
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed value, and every browser has document.cookie (not all have cookieStore)
    document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; SameSite=Lax`;
  }
}
