// Honest facets in Debian's headless Chromium against the BUILT app: ticking a service area keeps
// the other areas' counts, the CPV facet names its divisions, tags link to a tag search; axe at
// 1280 and 390 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { checkPage } from './support/pages.mjs';
import { startApp } from './support/server.mjs';
import { Sessions } from './support/sessions.mjs';

const VIEWPORTS = [
  ['1280', { width: 1280, height: 900 }],
  ['390', { width: 390, height: 844 }],
];

let app;
let browser;
let sessions;

before(async () => {
  app = await startApp({ label: 'web_e2e_facets' });
  browser = await launchBrowser();
  sessions = new Sessions(browser, app.baseUrl, 'lokomotiv-demo');
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

async function openPage(t, viewport) {
  const context = await sessions.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (error) => console.error('page error:', error.message, page.url()));
  return page;
}

/** The service-area checkboxes' names, e.g. "Helse og omsorg (4)". */
const areaNames = (page) =>
  page
    .getByRole('group', { name: 'Tjenesteområde' })
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => box.labels?.[0]?.textContent?.trim() ?? ''));

describe('facets', () => {
  for (const [name, viewport] of VIEWPORTS) {
    test(`ticking a service area keeps the other areas' counts (${name} px)`, async (t) => {
      const page = await openPage(t, viewport);
      await page.goto(`${app.baseUrl}/sok?type=SOLUTION`);
      await checkPage(page);
      const before = await areaNames(page);
      const health = before.find((label) => label.startsWith('Helse og omsorg'));
      assert.ok(health, `a health facet among ${before.join(', ')}`);
      assert.ok(before.length > 1, 'more than one service area');

      await page.goto(`${app.baseUrl}/sok?type=SOLUTION&omrade=helse-og-omsorg`);
      await checkPage(page, `facets-disjunctive-${name}`);
      assert.deepEqual(await areaNames(page), before, 'every area keeps its count');
      const count = Number(/\((\d+)\)/.exec(health)?.[1]);
      await page
        .getByRole('status')
        .filter({ hasText: `${count} treff` })
        .waitFor();
    });
  }

  test('the CPV facet names its divisions in Norwegian', async (t) => {
    const page = await openPage(t, VIEWPORTS[0][1]);
    await page.goto(`${app.baseUrl}/sok?type=PROCUREMENT_NOTICE`);
    await checkPage(page);
    const division = page.getByRole('group', { name: 'CPV-hovedgruppe' }).getByRole('checkbox', {
      name: /^72 Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte \(\d+\)$/,
    });
    await division.waitFor();
  });

  test('a tag on a solution page leads to the solutions with that tag', async (t) => {
    const page = await openPage(t, VIEWPORTS[1][1]);
    await page.goto(`${app.baseUrl}/sok?q=Saksbehandlingsrobot&type=SOLUTION`);
    await page
      .getByRole('link', { name: /Saksbehandlingsrobot for fordeling/ })
      .first()
      .click();
    await checkPage(page, 'solution-tags-390');
    await page.getByRole('link', { name: 'RPA', exact: true }).click();
    await page.waitForURL(`${app.baseUrl}/sok?q=RPA&type=SOLUTION`);
    await checkPage(page);
    await page
      .getByRole('link', { name: /Saksbehandlingsrobot for fordeling/ })
      .first()
      .waitFor();
  });
});
