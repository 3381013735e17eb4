import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * Markdown as safe HTML: whatever the author wrote (raw HTML, scripts, event handlers,
 * javascript: links) is removed by DOMPurify after marked has rendered it. Headings are
 * shifted so the text's top level becomes `topLevel`, keeping the page's heading order.
 */
export function renderMarkdown(markdown: string, topLevel = 3): string {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  const tokens = marked.lexer(markdown);
  const depths = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
  const shallowest = Math.min(...depths.map((heading) => heading.depth), 6);
  marked.use({
    renderer: {
      heading({ tokens: inline, depth }) {
        const level = Math.min(6, topLevel + depth - shallowest);
        return `<h${level}>${this.parser.parseInline(inline)}</h${level}>\n`;
      },
    },
  });
  const html = marked.parser(tokens) as string;
  // Without a DOM, DOMPurify would hand the HTML back unsanitised.
  if (!purifier.isSupported) throw new Error('Markdown cannot be sanitised without a DOM');
  const safe = purifier.sanitize(html, { USE_PROFILES: { html: true }, RETURN_DOM_FRAGMENT: true });
  // The fragment's own document: on the server that is the jsdom window's, not a global one.
  const page = safe.ownerDocument;
  for (const image of safe.querySelectorAll('img')) image.replaceWith(...accessibleImage(image, page));
  const container = page.createElement('div');
  container.append(safe);
  return container.innerHTML;
}

let purifier = withLinkHook(DOMPurify);

/** The server has no DOM of its own; it renders markdown with one it brings (jsdom). */
export function sanitiseMarkdownIn(window: WindowLike): void {
  purifier = withLinkHook(DOMPurify(window));
}

/**
 * What stands for an author's image. One without alt text is left out: it says nothing to a
 * screen reader, and whatever it shows is not said in words. One from another site (which the
 * page's Content-Security-Policy blocks anyway) becomes a link named by its alt text; one of this
 * site's own stays an image.
 */
function accessibleImage(image: HTMLImageElement, page: Document): Node[] {
  const alt = image.getAttribute('alt')?.trim() ?? '';
  if (!alt) return [];
  const src = image.getAttribute('src') ?? '';
  if (isOwnPath(src)) return [image];
  if (!/^https?:\/\//i.test(src)) return [page.createTextNode(alt)];
  const link = page.createElement('a');
  link.href = src;
  link.rel = 'noopener noreferrer';
  link.textContent = alt;
  return [link];
}

/** A path on this site ("/bilder/x.png"), not another site's address ("//cdn.example/x.png"). */
const isOwnPath = (src: string) => src.startsWith('/') && !src.startsWith('//');

// Links written by authors open outside the app and never pass the page's opener.
function withLinkHook(instance: Purifier): Purifier {
  // Where there is no DOM (the server, until it brings one) DOMPurify has no hooks either.
  if (!instance.isSupported) return instance;
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.getAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return instance;
}
