import { fakeWebDist } from './support/fake-web-dist';
import { CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const HOSTILE = '</script><script>alert(1)</script>';
const INDEX = `<!doctype html>
<html lang="nb">
  <head><title>Lokomotiv</title></head>
  <body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body>
</html>`;

/**
 * A server bundle in miniature, shaped as the web's (dist/.server/entry-server.cjs): it asks the api's
 * GraphQL for the newest solutions over the URL it is given, then renders their titles (escaped, as
 * React does). "?fail" makes it throw, "?slow" makes it miss any budget.
 */
const BUNDLE = `
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
exports.render = async (url, { graphqlUrl, language, signal }) => {
  if (url.includes('fail')) throw new Error('the page broke');
  if (url.includes('slow')) await new Promise((resolve) => setTimeout(resolve, 2000));
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ me { id } solutions(limit: 5, offset: 0) { items { id title } } }' }),
    signal,
  });
  const { data } = await response.json();
  const titles = data.solutions.items.map((item) => '<h2>' + escape(item.title) + '</h2>').join('');
  return { html: '<main lang="' + language + '">' + titles + '</main>', state: { apollo: data, url } };
};
`;

describe('pages rendered on the server', () => {
  let api: TestApp;
  let owner: TestUser;
  let base: string;
  let solutionId: string;

  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html', ...headers } });
    return { status: response.status, headers: response.headers, html: await response.text() };
  };
  const root = (html: string) => /<div id="root">([\s\S]*?)<\/div>/.exec(html)?.[1];
  const state = (html: string) =>
    /<script type="application\/json" id="server-state">([^<]*)<\/script>/.exec(html)?.[1];

  beforeAll(async () => {
    api = await TestApp.start({
      WEB_DIST_DIR: fakeWebDist({ 'index.html': INDEX, '.server/entry-server.cjs': BUNDLE }),
      SERVER_RENDER_TIMEOUT_MS: '1000',
    });
    base = new URL(api.url).origin;
    owner = await api.createMember();
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput({ title: `Robot ${HOSTILE}` }) },
      owner.token,
    );
    solutionId = createSolution.id;
    await api.gqlOk(PUBLISH_SOLUTION, { id: solutionId }, owner.token);
  });
  afterAll(() => api.stop());

  it('renders the front page and a solution page inside #root, with the state inlined as JSON', async () => {
    for (const path of ['/', `/losninger/${solutionId}`]) {
      const { status, html, headers } = await page(path);
      expect(status).toBe(200);
      expect(root(html)).toContain('<h2>Robot &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h2>');
      const inlined = JSON.parse(state(html) ?? 'null');
      expect(inlined.url).toBe(`http://localhost${path}`);
      expect(inlined.apollo.solutions.items).toContainEqual({ id: solutionId, title: `Robot ${HOSTILE}` });
      expect(headers.get('vary')).toMatch(/Cookie/i);
      // The state is no script, so the CSP (script-src 'self') needs no exception for it.
      expect(headers.get('content-security-policy')).toContain("script-src 'self';");
    }
  });

  it('renders as an anonymous visitor even for a request with a token', async () => {
    const { html } = await page('/', { authorization: `Bearer ${owner.token}` });
    expect(JSON.parse(state(html) ?? 'null').apollo.me).toBeNull();
  });

  it('escapes the inlined state, so no text in it ends its element', async () => {
    const { html } = await page('/');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<script>alert(1)');
    expect(state(html)).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
  });

  it('renders in the language of the cookie, and says so in <html lang>', async () => {
    const { html } = await page('/', { cookie: 'other=1; lokomotiv.language=en' });
    expect(html).toContain('<html lang="en">');
    expect(root(html)).toContain('<main lang="en">');
    expect(root((await page('/')).html)).toContain('<main lang="nb">');
  });

  it('sends the empty shell when the render fails or takes longer than its budget', async () => {
    for (const path of ['/sok?fail=1', '/sok?slow=1']) {
      const started = Date.now();
      const { status, html } = await page(path);
      expect(status).toBe(200);
      expect(root(html)).toBe('');
      expect(state(html)).toBeUndefined();
      expect(html).toContain('<script type="module" src="/assets/index-abc.js"></script>');
      expect(Date.now() - started).toBeLessThan(1900);
    }
  });

  it('leaves pages behind a login, and 404s, to the browser, and never serves the bundle', async () => {
    for (const path of ['/profil', '/finnes-ikke', `/losninger/${crypto.randomUUID()}`]) {
      expect(root((await page(path)).html)).toBe('');
    }
    const bundle = await fetch(`${base}/.server/entry-server.cjs`);
    expect(await bundle.text()).not.toContain('exports.render');
  });
});
