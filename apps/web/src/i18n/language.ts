export type Language = 'nb' | 'en';

export const LANGUAGES: readonly Language[] = ['nb', 'en'];

const STORAGE_KEY = 'lokomotiv.language';

export function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nb';
}

export function storeLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}
