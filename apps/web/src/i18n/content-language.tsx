import type { ReactNode } from 'react';
import { useI18n } from './I18nProvider';
import type { Language } from './language';

/**
 * The language authors write titles, summaries and descriptions in. The data has no language per
 * text, and the marketplace is Norwegian, so author content is bokmål unless known otherwise.
 */
export const CONTENT_LANGUAGE: Language = 'nb';

/**
 * The `lang` of author content for the interface's language: undefined where the page already
 * speaks it (the content inherits), "nb" inside the English interface, so that a screen reader
 * reads a Norwegian title with a Norwegian voice and hyphenation breaks it the Norwegian way.
 */
export function useContentLang(): Language | undefined {
  const { language } = useI18n();
  return language === CONTENT_LANGUAGE ? undefined : CONTENT_LANGUAGE;
}

/** Author text inside interface text, marked with its language where that differs. */
export function Authored({ children }: { children: ReactNode }) {
  const lang = useContentLang();
  return lang ? <span lang={lang}>{children}</span> : children;
}
