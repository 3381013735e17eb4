import { useMemo } from 'react';
import { renderMarkdown } from '../markdown';

/** Renders sanitised markdown; see renderMarkdown. */
export function Markdown({ source, topLevel }: { source: string; topLevel?: number }) {
  const html = useMemo(() => renderMarkdown(source, topLevel), [source, topLevel]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML is sanitised by DOMPurify in renderMarkdown
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
