// The search's CSV download, the server-filled page heads and the 404 status, in Debian's headless Chromium
// against the BUILT app with the demo data; the search page stays axe-clean at 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, PHONE } from './support/suite.mjs';

const suite = browserSuite('web_e2e_catalog_pages');
const openPage = (t, viewport) => suite.openPage(t, undefined, viewport);
const url = (path) => suite.url(path);

describe('exports and page heads', () => {
  test('the search page offers its hits as CSV, with the same filters, and the file opens as Excel wants it', async (t) => {
    const page = await openPage(t);
    await page.goto(url('/sok?q=vann&type=SOLUTION'));
    const link = page.getByRole('link', { name: 'Last ned som CSV' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), '/sok.csv?q=vann&type=SOLUTION');
    await checkPage(page, 'search-csv-link');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.toString('utf8').slice(1).trim().split('\r\n');
    assert.match(header, /^Type;Tittel;Sammendrag;Eier;Tjenesteområde;/);
    assert.ok(rows.length > 0, 'the demo data has solutions about water');
    assert.ok(rows.every((row) => row.startsWith('Løsning;')));
  });

  test('the search page with its download link reflows at 390 px', async (t) => {
    const page = await openPage(t, PHONE);
    await page.goto(url('/sok?q=vann'));
    await page.getByRole('link', { name: 'Last ned som CSV' }).waitFor();
    await checkPage(page, 'search-csv-link-390');
  });

  test('a solution link previews its title, and an unknown solution is a 404 that shows the app’s own page', async (t) => {
    const page = await openPage(t);
    await page.goto(url('/sok?q=barnehageplasser'));
    const card = page.getByRole('link', { name: 'Åpne data om ledige barnehageplasser' });
    const href = await card.getAttribute('href');
    const html = await (await page.request.get(url(href), { headers: { accept: 'text/html' } })).text();
    assert.match(
      html,
      /<meta property="og:title" content="Åpne data om ledige barnehageplasser – Lokomotiv" \/>/,
    );
    assert.match(html, /"@type":"SoftwareApplication"/);

    const response = await page.goto(url('/losninger/00000000-0000-4000-8000-000000000000'));
    assert.equal(response.status(), 404);
    await page.locator('main h1').first().waitFor();
    const notFound = await page.goto(url('/finnes-ikke'));
    assert.equal(notFound.status(), 404);
    await checkPage(page, 'not-found');
  });
});
