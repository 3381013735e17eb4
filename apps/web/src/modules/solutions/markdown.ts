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
  return purifier.sanitize(html, { USE_PROFILES: { html: true } });
}

let purifier = withLinkHook(DOMPurify);

/** The server has no DOM of its own; it renders markdown with one it brings (jsdom). */
export function sanitiseMarkdownIn(window: WindowLike): void {
  purifier = withLinkHook(DOMPurify(window));
}

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
