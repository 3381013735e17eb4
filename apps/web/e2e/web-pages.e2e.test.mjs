// The pages the law and habit expect (footer, privacy, accessibility statement, a 404 with a search
// box) and a search page that fits a phone: filters folded behind "Filtrer", a skip link to the
// results. Axe-checked, and checked for sideways scrolling, at 1280 and 390 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { checkPage, tabTo } from './support/pages.mjs';
import { startApp } from './support/server.mjs';
import { Sessions } from './support/sessions.mjs';

const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const FOOTER_PAGES = [
  { link: 'Om Lokomotiv', path: '/om', heading: 'Om Lokomotiv' },
  { link: 'Kontakt', path: '/kontakt', heading: 'Kontakt' },
  { link: 'Personvern', path: '/personvern', heading: 'Personvernerklæring' },
  {
    link: 'Tilgjengelighetserklæring',
    path: '/tilgjengelighetserklaering',
    heading: 'Tilgjengelighetserklæring',
  },
];

let app;
let browser;
let sessions;

before(async () => {
  app = await startApp({ label: 'web_e2e_pages' });
  browser = await launchBrowser();
  sessions = new Sessions(browser, app.baseUrl, 'lokomotiv-demo');
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

/** An anonymous page at `size`, set before the first load so the app starts at that width. */
async function openPage(t, size) {
  const context = await sessions.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height });
  page.on('pageerror', (error) => console.error('page error:', error.message, page.url()));
  return page;
}

/** Waits until the search's results are those of the URL's search (not the previous one's). */
async function resultsFor(page, fragment) {
  const selector = fragment ? `section[data-results-for*="${fragment}"]` : 'section[data-results-for]';
  await page.locator(selector).waitFor();
}

for (const size of SIZES) {
  describe(`at ${size.width} px`, () => {
    test('the footer leads to about, contact, privacy and accessibility pages', async (t) => {
      const page = await openPage(t, size);
      for (const target of FOOTER_PAGES) {
        await page.goto(app.baseUrl);
        const footer = page.getByRole('navigation', { name: 'Om nettstedet' });
        await footer.getByRole('link', { name: target.link, exact: true }).click();
        await page.waitForURL(`${app.baseUrl}${target.path}`);
        await page.getByRole('heading', { level: 1, name: target.heading }).waitFor();
        await checkPage(page, `web-pages-${target.path.slice(1)}-${size.name}`);
      }
      await page
        .getByRole('region', { name: 'Hva som ikke er i orden' })
        .getByRole('listitem')
        .first()
        .waitFor();
    });

    test('a page that does not exist says so and offers a search', async (t) => {
      const page = await openPage(t, size);
      const response = await page.goto(`${app.baseUrl}/finnes-ikke-${size.name}`);
      assert.ok(response);
      await page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
      await checkPage(page, `web-pages-404-${size.name}`);
      const search = page.getByRole('search', { name: 'Søk etter løsninger, behov og anbud' });
      await search.getByRole('searchbox').fill('robot');
      await search.getByRole('searchbox').press('Enter');
      await page.waitForURL((url) => url.pathname === '/sok' && url.searchParams.get('q') === 'robot');
      await resultsFor(page, 'q=robot');
    });
  });
}

describe('the search page on a phone', () => {
  test('filters fold behind Filtrer, which counts the chosen ones', async (t) => {
    const page = await openPage(t, SIZES[1]);
    await page.goto(`${app.baseUrl}/sok`);
    await resultsFor(page, '');
    await checkPage(page, 'web-pages-search-folded');
    const toggle = page.getByRole('button', { name: /^Filtrer/ });
    assert.equal(await toggle.textContent(), 'Filtrer');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    assert.equal(await panel.isVisible(), false);

    await toggle.click();
    await page.locator('button[aria-expanded="true"]', { hasText: 'Filtrer' }).waitFor();
    const area = panel.getByRole('checkbox', { name: /^Helse og omsorg/ });
    await area.check();
    await resultsFor(page, 'omrade=helse-og-omsorg');
    await page.getByRole('button', { name: 'Filtrer (1 valgt)' }).waitFor();
    assert.equal(await area.isChecked(), true);
    await checkPage(page, 'web-pages-search-open');

    await page.getByRole('button', { name: 'Filtrer (1 valgt)' }).click();
    await panel.waitFor({ state: 'hidden' });
  });

  test('a skip link before the filters jumps to the results', async (t) => {
    const page = await openPage(t, SIZES[1]);
    await page.goto(`${app.baseUrl}/sok?omrade=helse-og-omsorg&type=SOLUTION`);
    await resultsFor(page, 'omrade=helse-og-omsorg');
    await page.getByRole('button', { name: 'Filtrer (2 valgt)' }).waitFor();
    const skip = page.getByRole('link', { name: 'Hopp til resultatene' });
    await tabTo(page, skip);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'search-results');
  });
});

describe('the search page on a wide screen', () => {
  test('shows its filters with no Filtrer button', async (t) => {
    const page = await openPage(t, SIZES[0]);
    await page.goto(`${app.baseUrl}/sok`);
    await resultsFor(page, '');
    await page.getByRole('checkbox', { name: /^Helse og omsorg/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Filtrer/ }).count(), 0);
    await checkPage(page, 'web-pages-search-wide');
  });
});
