import { fakeWebDist } from './support/fake-web-dist';
import { createNeed, createNotice } from './support/marketplace';
import { CREATE_SOLUTION, PUBLISH_SOLUTION, solutionInput } from './support/solution-operations';
import { TestApp, type TestUser } from './support/test-app';

const PUBLIC_URL = 'https://lokomotiv.example';
const HOSTILE = '</script><script>alert("x")</script> & \'<b>Fet</b>\' \u2028 slutt';

/** An index.html as Vite builds it. */
const viteWebDist = () =>
  fakeWebDist({
    'index.html': `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Lokomotiv – finn, gjenbruk og del digitale løsninger mellom kommuner" />
    <title>Lokomotiv</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`,
  });

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const decodeEntities = (text = '') =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the pages the server sends', () => {
  let api: TestApp;
  let owner: TestUser;
  let base: string;
  let solutionId: string;
  let draftId: string;

  const page = async (path: string, method = 'GET') => {
    const response = await fetch(`${base}${path}`, { method, headers: { accept: 'text/html' } });
    return { status: response.status, headers: response.headers, html: await response.text() };
  };

  const create = async (input: Record<string, unknown>, publish: boolean) => {
    const { createSolution } = await api.gqlOk<{ createSolution: { id: string } }>(
      CREATE_SOLUTION,
      { input: solutionInput(input) },
      owner.token,
    );
    if (publish) await api.gqlOk(PUBLISH_SOLUTION, { id: createSolution.id }, owner.token);
    return createSolution.id;
  };

  beforeAll(async () => {
    api = await TestApp.start({ WEB_DIST_DIR: viteWebDist(), PUBLIC_URL });
    base = new URL(api.url).origin;
    owner = await api.createMember();
    solutionId = await create({ title: HOSTILE, summary: `Sammendrag ${HOSTILE}`, licenseId: 'MIT' }, true);
    draftId = await create({ title: 'Hemmelig utkast' }, false);
  });
  afterAll(() => api.stop());

  it('answers HEAD / and fills the front page’s head once, with Open Graph tags', async () => {
    const head = await fetch(`${base}/`, { method: 'HEAD', headers: { accept: 'text/html' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await head.text()).toBe('');
    const { status, html } = await page('/');
    expect(status).toBe(200);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(title(html)).toBe('Lokomotiv');
    expect(meta(html, 'og:url')).toBe(`${PUBLIC_URL}/`);
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
  });

  it('gives each static page its title from the route table, and pages behind a login noindex', async () => {
    const search = await page('/sok?q=vann');
    expect(title(search.html)).toBe('Søk i løsninger, behov og anbud – Lokomotiv');
    expect(meta(search.html, 'robots')).toBeUndefined();
    const profile = await page('/profil');
    expect(profile.status).toBe(200);
    expect(title(profile.html)).toBe('Profil – Lokomotiv');
    expect(meta(profile.html, 'robots')).toBe('noindex');
    expect(title((await page('/losninger/ny')).html)).toBe('Del en løsning – Lokomotiv');
  });

  it('previews a solution by its title and summary, escaped, with SoftwareApplication JSON-LD', async () => {
    const { status, html } = await page(`/losninger/${solutionId}`);
    expect(status).toBe(200);
    expect(decodeEntities(title(html))).toBe(`${HOSTILE} – Lokomotiv`);
    expect(decodeEntities(meta(html, 'og:title'))).toBe(`${HOSTILE} – Lokomotiv`);
    expect(decodeEntities(meta(html, 'og:description'))).toMatch(/^Sammendrag .*alert\("x"\).* slutt$/);
    expect(meta(html, 'og:type')).toBe('article');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>');
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).not.toMatch(/[<>&\u2028]/);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(JSON.parse(scripts[0][1])).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'SoftwareApplication',
      name: HOSTILE,
      url: `${PUBLIC_URL}/losninger/${solutionId}`,
      license: 'https://spdx.org/licenses/MIT.html',
      publisher: { '@type': 'Organization' },
    });
  });

  it('previews needs and notices by id', async () => {
    const need = await createNeed(api, owner, { title: 'Behov for <digital> post' });
    const notice = await createNotice(api, owner, { title: 'Anbud på "skyløsning"' });
    const needPage = await page(`/behov/${need.id}`);
    expect(needPage.status).toBe(200);
    expect(title(needPage.html)).toBe('Behov for &lt;digital&gt; post – Lokomotiv');
    const noticePage = await page(`/anbud/${notice.id}`);
    expect(noticePage.status).toBe(200);
    expect(title(noticePage.html)).toBe('Anbud på &quot;skyløsning&quot; – Lokomotiv');
  });

  it('previews an organisation by its name, and an unknown one is a 404', async () => {
    const [{ name }] = await api.dataSource.query('SELECT name FROM organizations WHERE id = $1', [
      owner.organizationId,
    ]);
    const organizationPage = await page(`/organisasjoner/${owner.organizationId}`);
    expect(organizationPage.status).toBe(200);
    expect(decodeEntities(title(organizationPage.html))).toBe(`${name} – Lokomotiv`);
    expect((await page('/organisasjoner/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('is a 404, still the web app, for unknown routes and for items that do not exist or are not public', async () => {
    const missing = [
      '/finnes-ikke',
      '/losninger/ny/mer',
      `/losninger/${draftId}`,
      '/losninger/00000000-0000-4000-8000-000000000000',
      '/behov/123',
      '/anbud/00000000-0000-4000-8000-000000000000',
    ];
    for (const path of missing) {
      const { status, html } = await page(path);
      expect({ path, status }).toEqual({ path, status: 404 });
      expect(html).toContain('<div id="root"></div>');
      expect(meta(html, 'robots')).toBe('noindex');
      expect(html).not.toContain('Hemmelig');
    }
    expect((await page('/finnes-ikke', 'HEAD')).status).toBe(404);
  });

  it('serves robots.txt and a sitemap of the public items only', async () => {
    const robots = await fetch(`${base}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await robots.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    const sitemap = await fetch(`${base}/sitemap.xml`, { headers: { accept: 'text/html,*/*' } });
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await sitemap.text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(`<loc>${PUBLIC_URL}/losninger/${solutionId}</loc>`);
    expect(xml).toContain(`<loc>${PUBLIC_URL}/sok</loc>`);
    expect(xml).not.toContain(draftId);
    expect(xml).not.toContain('/profil');
  });
});
