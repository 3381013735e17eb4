import { useMemo } from 'react';
import { useContentLang } from '../../../i18n/content-language';
import { renderMarkdown } from '../markdown';

/** Renders an author's sanitised markdown, marked with the content's language; see renderMarkdown. */
export function Markdown({ source, topLevel }: { source: string; topLevel?: number }) {
  const lang = useContentLang();
  const html = useMemo(() => renderMarkdown(source, topLevel), [source, topLevel]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML is sanitised by DOMPurify in renderMarkdown
  return <div className="markdown" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
