import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './en';
import { daysUntil, formatDate, formatNok, formatNumber } from './format';
import { type Language, storedLanguage, storeLanguage } from './language';
import { type MessageKey, type Messages, nb } from './nb';

const CATALOGUES: Record<Language, Messages> = { nb, en };

export type MessageParams = Record<string, string | number>;

/** A message's singular and plural, chosen by the language's plural rules. */
export interface PluralKeys {
  one: MessageKey;
  other: MessageKey;
}

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** The message for `count` things, with `{count}` filled in. */
  plural(keys: PluralKeys, count: number, params?: MessageParams): string;
  formatDate(iso: string): string;
  formatNumber(value: number): string;
  formatNok(value: number): string;
  daysUntil(iso: string): number;
}

const I18nContext = createContext<I18n | null>(null);

/** Replaces `{name}` placeholders with params, formatting numbers for the language. */
export function interpolate(language: Language, template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

const PLURAL_RULES: Record<Language, Intl.PluralRules> = {
  nb: new Intl.PluralRules('nb'),
  en: new Intl.PluralRules('en'),
};

/** The message for `count` things; Norwegian and English know only "one" and "other". */
export function pluralMessage(language: Language, keys: PluralKeys, count: number, params?: MessageParams) {
  const key = keys[PLURAL_RULES[language].select(count) === 'one' ? 'one' : 'other'];
  return interpolate(language, CATALOGUES[language][key], { ...params, count });
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? storedLanguage());

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => interpolate(language, CATALOGUES[language][key], params),
      plural: (keys, count, params) => pluralMessage(language, keys, count, params),
      formatDate: (iso) => formatDate(language, iso),
      formatNumber: (n) => formatNumber(language, n),
      formatNok: (n) => formatNok(language, n),
      daysUntil: (iso) => daysUntil(iso),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside I18nProvider');
  return i18n;
}
