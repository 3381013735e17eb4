// Honest facets in Debian's headless Chromium against the BUILT app: ticking a service area keeps
// the other areas' counts, the CPV facet names its divisions, tags link to a tag search; axe at
// 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const VIEWPORTS = [
  ['1280', DESKTOP],
  ['390', PHONE],
];

const suite = browserSuite('web_e2e_facets');
const { openPage } = suite;

/** The service-area checkboxes' names, e.g. "Helse og omsorg (4)", opening the folded filters on a phone. */
const areaNames = async (page) => {
  const fold = page.getByRole('button', { name: /^Filtrer/ });
  if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false') {
    await fold.click();
    await page.locator('button[aria-expanded="true"]', { hasText: 'Filtrer' }).waitFor();
  }
  return areaCheckboxNames(page);
};
const areaCheckboxNames = (page) =>
  page
    .getByRole('group', { name: 'Tjenesteområde' })
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((box) => box.labels?.[0]?.textContent?.trim() ?? ''));

describe('facets', () => {
  for (const [name, viewport] of VIEWPORTS) {
    test(`ticking a service area keeps the other areas' counts (${name} px)`, async (t) => {
      const page = await openPage(t, undefined, viewport);
      await page.goto(`${suite.app.baseUrl}/sok?type=SOLUTION`);
      await checkPage(page);
      const before = await areaNames(page);
      const health = before.find((label) => label.startsWith('Helse og omsorg'));
      assert.ok(health, `a health facet among ${before.join(', ')}`);
      assert.ok(before.length > 1, 'more than one service area');

      await page.goto(`${suite.app.baseUrl}/sok?type=SOLUTION&omrade=helse-og-omsorg`);
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
    const page = await openPage(t, undefined, DESKTOP);
    await page.goto(`${suite.app.baseUrl}/sok?type=PROCUREMENT_NOTICE`);
    await checkPage(page);
    const division = page.getByRole('group', { name: 'CPV-hovedgruppe' }).getByRole('checkbox', {
      name: /^72 Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte \(\d+\)$/,
    });
    await division.waitFor();
  });

  test('a tag on a solution page leads to the solutions with that tag', async (t) => {
    const page = await openPage(t, undefined, PHONE);
    await page.goto(`${suite.app.baseUrl}/sok?q=Saksbehandlingsrobot&type=SOLUTION`);
    await page
      .getByRole('link', { name: /Saksbehandlingsrobot for fordeling/ })
      .first()
      .click();
    await checkPage(page, 'solution-tags-390');
    await page.getByRole('link', { name: 'RPA', exact: true }).click();
    await page.waitForURL(`${suite.app.baseUrl}/sok?q=RPA&type=SOLUTION`);
    await checkPage(page);
    await page
      .getByRole('link', { name: /Saksbehandlingsrobot for fordeling/ })
      .first()
      .waitFor();
  });
});
