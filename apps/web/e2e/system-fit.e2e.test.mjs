// System fit in Debian's headless Chromium against the BUILT app and its demo data: Bergen's admin
// adds a system to the organisation's landscape, opens solutions and reads per requirement what it has
// and lacks, then filters the search to what runs on its systems and reads the count. A company sees
// the requirements but no fit. Axe at 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPage, waitUntilReady } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const BERGEN = 'leder@bergen.test';
const STARTUP = 'post@startup.test';
const INVOICE_ROBOT = 'Automatisert fakturakontroll med robot';
const HOME_CARE_APP = 'Kommunal app for hjemmetjenesten med digital medisinliste';

const suite = browserSuite('web_e2e_system_fit');

/** Finds a solution by its title through the search page and opens it. */
async function openSolution(page, title) {
  await page.goto(suite.url(`/sok?type=SOLUTION&q=${encodeURIComponent(title)}`));
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const requirement = (page, description) =>
  page.getByRole('region', { name: 'Systemkrav' }).getByRole('listitem').filter({ hasText: description });

/** Opens the folded filters on a phone; on a desktop they are open. */
async function unfoldFilters(page) {
  const fold = page.getByRole('button', { name: /^Filtrer/ });
  if ((await fold.isVisible()) && (await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
}

const fitCount = async (page) => {
  const text = await page.getByText(/løsninger? passer deres systemer$/).textContent();
  return Number(text.match(/^\d+/)[0]);
};

describe('system fit', () => {
  test('Bergen’s admin sets a system, sees fit on solutions and filters the search by it', async (t) => {
    const page = await suite.openPage(t, BERGEN, DESKTOP);
    await page.goto(suite.url('/min-organisasjon'));
    const landscape = page.getByRole('region', { name: 'Systemene våre' });
    const gerica = landscape.getByRole('checkbox', { name: 'Gerica (Tietoevry)' });
    await gerica.waitFor();
    assert.equal(await gerica.isChecked(), true, 'the demo gives Bergen its systems');
    await landscape.getByRole('searchbox', { name: 'Søk i systemkatalogen' }).fill('visma');
    await landscape.getByRole('checkbox', { name: 'Gerica (Tietoevry)' }).waitFor({ state: 'detached' });
    const profil = landscape.getByRole('checkbox', { name: 'Profil (Visma)' });
    await profil.focus();
    await page.keyboard.press('Space');
    assert.equal(await profil.isChecked(), true);
    await landscape.getByRole('button', { name: 'Lagre systemene' }).click();
    await landscape.getByRole('status').getByText('Systemene er lagret.').waitFor();
    await checkPage(page, 'system-fit-landscape');

    await openSolution(page, INVOICE_ROBOT);
    await requirement(page, 'Økonomisystem med fakturamottak').getByText('Dette har dere').waitFor();
    await requirement(page, 'RPA-plattformen Blue Prism').getByText('Dette mangler dere').waitFor();
    assert.equal(await page.getByText('Kan kjøres hos dere').count(), 0);
    await checkPage(page, 'system-fit-solution-missing');

    // Needs Profil or Visma Flyt Omsorg: it runs at Bergen only since the system just saved.
    await openSolution(page, HOME_CARE_APP);
    await page.getByText('Kan kjøres hos dere').waitFor();
    await requirement(page, 'Pasientjournal med digital legemiddelliste')
      .getByText('Dette har dere')
      .waitFor();

    await page.goto(suite.url('/sok?type=SOLUTION'));
    // The server renders the anonymous page; the filter is the logged-in app's, once it has taken over.
    await waitUntilReady(page);
    const filter = page.getByRole('checkbox', { name: 'Kan kjøres på våre systemer' });
    await filter.waitFor();
    await page.getByText(/løsninger? passer deres systemer$/).waitFor();
    const fitting = await fitCount(page);
    await filter.check();
    await page.waitForURL(/vare-systemer=1/);
    await page.locator(`[data-results-for*="vare-systemer=1"]`).waitFor();
    const count = await page.locator('.search-page__count').textContent();
    // The count is followed by the order it is sorted in, said to screen readers.
    assert.match(count, new RegExp(`^${fitting} treff\\b`));
    const results = page.locator('#search-results');
    await results.getByRole('link', { name: HOME_CARE_APP }).waitFor();
    assert.equal(await results.getByRole('link', { name: INVOICE_ROBOT }).count(), 0);
    await checkPage(page, 'system-fit-search');

    // The filter is kept in the URL: a reload keeps it on.
    await page.reload();
    assert.equal(await page.getByRole('checkbox', { name: 'Kan kjøres på våre systemer' }).isChecked(), true);
  });

  test('on a phone, the landscape, the fit and the filter are as readable', async (t) => {
    const page = await suite.openPage(t, BERGEN, PHONE);
    await page.goto(suite.url('/min-organisasjon'));
    await page.getByRole('region', { name: 'Systemene våre' }).getByRole('checkbox').first().waitFor();
    await checkPage(page, 'system-fit-landscape-phone');

    await openSolution(page, INVOICE_ROBOT);
    await requirement(page, 'RPA-plattformen Blue Prism').getByText('Dette mangler dere').waitFor();
    await checkPage(page, 'system-fit-solution-phone');

    await page.goto(suite.url('/sok?type=SOLUTION&vare-systemer=1'));
    await page.locator('[data-results-for*="vare-systemer=1"]').waitFor();
    await unfoldFilters(page);
    assert.equal(await page.getByRole('checkbox', { name: 'Kan kjøres på våre systemer' }).isChecked(), true);
    await page.getByText(/løsninger? passer deres systemer$/).waitFor();
    await checkPage(page, 'system-fit-search-phone');
  });

  test('a company sees what a solution needs, but no fit and no filter', async (t) => {
    const page = await suite.openPage(t, STARTUP, DESKTOP);
    await openSolution(page, INVOICE_ROBOT);
    await requirement(page, 'RPA-plattformen Blue Prism').waitFor();
    assert.equal(await page.getByText(/Dette (har|mangler) dere/).count(), 0);
    await page.goto(suite.url('/sok?type=SOLUTION'));
    await page.locator('[data-results-for]').waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Kan kjøres på våre systemer' }).count(), 0);
    await page.goto(suite.url('/min-organisasjon'));
    await page.locator('main h1').first().waitFor();
    assert.equal(await page.getByRole('region', { name: 'Systemene våre' }).count(), 0);
  });
});
