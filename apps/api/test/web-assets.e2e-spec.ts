import { fakeWebDist } from './support/fake-web-dist';
import { TestApp } from './support/test-app';

/** A hashed script and an unhashed icon beside index.html. */
const webDist = () =>
  fakeWebDist({
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/index-Bx3k9Q2a.js': 'console.log(1);',
  });

describe('the web app’s files', () => {
  let api: TestApp;
  let base: string;
  beforeAll(async () => {
    api = await TestApp.start({ WEB_DIST_DIR: webDist() });
    base = new URL(api.url).origin;
  });
  afterAll(() => api.stop());

  it('caches hashed assets for a year as immutable', async () => {
    const response = await fetch(`${base}/assets/index-Bx3k9Q2a.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset with 404, not with the app’s page', async () => {
    const response = await fetch(`${base}/assets/index-gone.js`, { headers: { accept: '*/*' } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>Lokomotiv</title>');
  });

  it('caches files that keep their name for an hour, and revalidates every page', async () => {
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Lokomotiv</title>');
  });
});
