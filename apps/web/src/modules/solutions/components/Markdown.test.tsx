import { render } from '@testing-library/react';
import { renderMarkdown } from '../markdown';
import { Markdown } from './Markdown';

describe('Markdown', () => {
  it('renders headings, lists and links from markdown', () => {
    const { container } = render(
      <Markdown
        source={'## Slik virker det\n\n- leser meldinger\n- fordeler dem\n\n[Kilde](https://example.no)'}
      />,
    );
    expect(container.querySelector('h3')?.textContent).toBe('Slik virker det');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.no');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('removes a <script> and never runs it', () => {
    const ran = jest.fn();
    Object.assign(window, { ran });
    const { container } = render(<Markdown source={'Hei<script>window.ran()</script> der'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.innerHTML).not.toContain('window.ran');
    expect(ran).not.toHaveBeenCalled();
  });

  it('strips event handlers, javascript: links and iframes', () => {
    const html = renderMarkdown(
      '<img src="x" onerror="alert(1)">\n\n[klikk](javascript:alert(1))\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<iframe/i);
  });

  it('shifts headings so the shallowest becomes the requested level', () => {
    const html = renderMarkdown('# Én\n\n### Tre', 3);
    expect(html).toContain('<h3>Én</h3>');
    expect(html).toContain('<h5>Tre</h5>');
  });
});
