/** What the server writes into a page's <head>, for link previews and search engines. */
export interface PageHead {
  title: string;
  description: string;
  /** Absolute. */
  url: string;
  type?: 'website' | 'article';
  /** Pages behind a login, and 404s, are not for search engines. */
  noindex?: boolean;
  /** schema.org data, embedded as JSON-LD. */
  jsonLd?: Record<string, unknown>;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** JSON for a <script> element: no "<" (so no "</script>" or "<!--"), "&" or line separators in it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The built index.html with its title and description taken out, and a place for each page's (its head's end). */
export function headTemplate(indexHtml: string): { before: string; after: string } {
  const stripped = indexHtml
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/i, '');
  const end = [/<\/head>/i, /<body/i].map((tag) => stripped.search(tag)).find((index) => index >= 0);
  const at = end ?? /^\s*(<!doctype[^>]*>)?\s*(<html[^>]*>)?/i.exec(stripped)?.[0].length ?? 0;
  return { before: stripped.slice(0, at), after: stripped.slice(at) };
}

export function renderPage(template: { before: string; after: string }, head: PageHead): string {
  return `${template.before}${headTags(head)}\n  ${template.after}`;
}

function headTags(head: PageHead): string {
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    meta('property', 'og:site_name', 'Lokomotiv'),
    meta('property', 'og:locale', 'nb_NO'),
    meta('property', 'og:type', head.type ?? 'website'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    meta('name', 'twitter:card', 'summary'),
    ...(head.noindex ? [meta('name', 'robots', 'noindex')] : []),
    ...(head.jsonLd ? [`<script type="application/ld+json">${scriptJson(head.jsonLd)}</script>`] : []),
  ];
  return tags.map((tag) => `  ${tag}`).join('\n');
}
