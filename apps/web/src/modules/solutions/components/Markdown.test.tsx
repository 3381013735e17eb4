import { renderWithApp } from '../../../test/render';
import { renderMarkdown } from '../markdown';
import { Markdown } from './Markdown';

describe('Markdown', () => {
  it('renders headings, lists and links from markdown', () => {
    const { container } = renderWithApp(
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
    const { container } = renderWithApp(<Markdown source={'Hei<script>window.ran()</script> der'} />);
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

  it('leaves out an image without alt text, markdown or raw HTML', () => {
    const html = renderMarkdown(
      'Før ![](/bilder/skjema.png) etter\n\n<img src="/bilder/a.png">\n\n![  ](/b.png)',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('Før');
    expect(html).toContain('etter');
  });

  it('turns an image from another site into a link named by its alt text', () => {
    const container = document.createElement('div');
    container.innerHTML = renderMarkdown(
      '![Skjermbilde av saksbehandlingen](https://bilder.example/robot.png)',
    );
    expect(container.querySelector('img')).toBeNull();
    const link = container.querySelector('a');
    expect(link?.textContent).toBe('Skjermbilde av saksbehandlingen');
    expect(link?.getAttribute('href')).toBe('https://bilder.example/robot.png');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(renderMarkdown('![Logo](//cdn.example/logo.png)')).not.toContain('<img');
  });

  it('keeps an image of this site that has alt text', () => {
    const container = document.createElement('div');
    container.innerHTML = renderMarkdown('![Flytskjema over prosessen](/bilder/flyt.png)');
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('Flytskjema over prosessen');
  });

  it('marks Norwegian content with lang="nb" inside the English interface, and only there', () => {
    const english = renderWithApp(<Markdown source="Slik virker roboten" />, { language: 'en' });
    expect(english.container.querySelector('.markdown')?.getAttribute('lang')).toBe('nb');
    english.unmount();
    const norwegian = renderWithApp(<Markdown source="Slik virker roboten" />, { language: 'nb' });
    expect(norwegian.container.querySelector('.markdown')?.hasAttribute('lang')).toBe(false);
  });
});
