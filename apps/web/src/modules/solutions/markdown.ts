import DOMPurify from 'dompurify';
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
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

// Links written by authors open outside the app and never pass the page's opener.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('rel', 'noopener noreferrer');
  }
});
