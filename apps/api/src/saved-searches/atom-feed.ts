import type { SearchDocumentKind } from '../search/search-kind';
import { Language } from '../users/language';

/** A public item as the feed shows it. */
export interface FeedItem {
  kind: SearchDocumentKind;
  id: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
}

/** Where the web app shows each kind of item. */
const ITEM_PATHS: Record<SearchDocumentKind, string> = {
  SOLUTION: 'losninger',
  NEED: 'behov',
  PROCUREMENT_NOTICE: 'anbud',
};

/** Each kind's name, and the feed's xml:lang, in the subscriber's language. */
const LABELS: Record<Language, { lang: string; kinds: Record<SearchDocumentKind, string> }> = {
  [Language.NB]: {
    lang: 'nb',
    kinds: { SOLUTION: 'Løsning', NEED: 'Behov', PROCUREMENT_NOTICE: 'Kunngjøring' },
  },
  [Language.EN]: {
    lang: 'en',
    kinds: { SOLUTION: 'Solution', NEED: 'Need', PROCUREMENT_NOTICE: 'Procurement notice' },
  },
};

export interface AtomFeed {
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the site, without a trailing slash. */
  siteUrl: string;
  title: string;
  language: Language;
  items: FeedItem[];
}

/** XML 1.0 allows tab, newline, carriage return and everything from space up, except surrogates and U+FFFE/F. */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An Atom 1.0 (RFC 4287) document listing the items, newest first. */
export function renderAtomFeed(feed: AtomFeed): string {
  const labels = LABELS[feed.language];
  const updated = new Date(Math.max(0, ...feed.items.map((item) => item.updatedAt.getTime())));
  const entries = feed.items.map((item) => {
    const link = `${feed.siteUrl}/${ITEM_PATHS[item.kind]}/${item.id}`;
    return `  <entry>
    <id>urn:uuid:${item.id}</id>
    <title>${escapeXml(`${labels.kinds[item.kind]}: ${item.title}`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <category term="${item.kind}"/>
    <published>${item.publishedAt.toISOString()}</published>
    <updated>${item.updatedAt.toISOString()}</updated>
    <summary type="text">${escapeXml(item.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${labels.lang}">
  <id>${escapeXml(feed.selfUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <author><name>Lokomotiv</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}/"/>
  <updated>${updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
