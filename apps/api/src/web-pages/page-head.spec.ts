import { escapeHtml, headTemplate, renderPage, scriptJson } from './page-head';

const HEAD = { title: 'Tittel', description: 'Om', url: 'https://x.example/' };

describe('page heads', () => {
  it('go at the end of the head, replacing the built title and description', () => {
    const html = renderPage(
      headTemplate(
        '<html><head><title>Old</title><meta name="description" content="old"></head><body></body></html>',
      ),
      HEAD,
    );
    expect(html).not.toMatch(/Old|"old"/);
    expect(html.indexOf('<title>Tittel</title>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('go after the doctype of a file without head or body', () => {
    const html = renderPage(headTemplate('<!doctype html><title>Old</title>'), HEAD);
    expect(html.startsWith('<!doctype html>  <title>Tittel</title>')).toBe(true);
  });

  it('escape text for HTML and JSON for a script element', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const json = scriptJson({ name: '</script><!-- & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><!-- & \u2028' });
  });
});
