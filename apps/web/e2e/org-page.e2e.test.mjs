// A pooled need's cost split by population: the owner types a total and sees each organisation's part,
// told it is a suggestion; its partner sees the same on a phone. A solution page links its owner to the
// organisation's public page. Axe-checked at desktop and phone width.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { checkPage } from './support/pages.mjs';
import { startApp } from './support/server.mjs';
import { Sessions } from './support/sessions.mjs';

const OSLO = 'innkjop@oslo.test';
const BERGEN = 'leder@bergen.test';
const STARTUP = 'post@startup.test';
const POOLED_NEED = 'Digitalt nattilsyn i hjemmetjenesten';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let app;
let browser;
let sessions;

before(async () => {
  app = await startApp({ label: 'web_e2e_org_page' });
  browser = await launchBrowser();
  sessions = new Sessions(browser, app.baseUrl, 'lokomotiv-demo');
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

async function openPage(t, email, viewport) {
  const context = await sessions.newContext(email);
  t.after(() => context.close());
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('pageerror', (error) => console.error('page error:', error.message, page.url()));
  return page;
}

let pooledNeedId;

/** The demo's need in procurement is not on the list of open needs, so its id comes from the api. */
async function openPooledNeed(page) {
  if (!pooledNeedId) {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query { needs(filter: { statuses: [IN_PROCUREMENT] }, limit: 50) { items { id title } } }',
      }),
    });
    const { data } = await response.json();
    pooledNeedId = data.needs.items.find((need) => need.title === POOLED_NEED).id;
  }
  await page.goto(`${app.baseUrl}/behov/${pooledNeedId}`);
  await page.getByRole('heading', { level: 1, name: POOLED_NEED }).waitFor();
}

const sharesTable = (page) => page.getByRole('table', { name: 'Forslag til fordeling etter folketall' });

async function tableColumn(page, index) {
  return sharesTable(page).locator(`tbody tr td:nth-child(${index})`).allTextContents();
}

const kroner = (text) => Number(text.replace(/\D/g, ''));

test('the owner splits a total among itself and its partner by population, as a suggestion', async (t) => {
  const owner = await openPage(t, OSLO, DESKTOP);
  await openPooledNeed(owner);
  const section = owner.getByRole('region', { name: 'Fordeling av kostnader' });
  await section.getByText(/Det er bare et forslag/).waitFor();
  await sharesTable(owner).waitFor();
  assert.deepEqual(await tableColumn(owner, 1), ['Oslo - Oslove kommune', 'Bergen kommune']);

  await section.getByLabel('Samlet kostnad i kroner').fill('12,5');
  await section.getByRole('button', { name: 'Fordel' }).click();
  await section.getByText('Totalbeløpet må være et beløp i hele kroner, for eksempel 1 800 000.').waitFor();

  await section.getByLabel('Samlet kostnad i kroner').fill('1 000 001');
  await section.getByRole('button', { name: 'Fordel' }).click();
  await sharesTable(owner).getByRole('columnheader', { name: 'Beløp' }).waitFor();
  const amounts = (await tableColumn(owner, 4)).map(kroner);
  assert.equal(
    amounts.reduce((sum, a) => sum + a, 0),
    1_000_001,
  );
  const percents = (await tableColumn(owner, 3)).map((p) =>
    Math.round(Number(p.replace(/[^\d,]/g, '').replace(',', '.')) * 100),
  );
  assert.equal(
    percents.reduce((sum, p) => sum + p, 0),
    10_000,
  );
  await checkPage(owner, 'kostnad-1-eier');

  const partner = await openPage(t, BERGEN, PHONE);
  await openPooledNeed(partner);
  await sharesTable(partner).waitFor();
  await checkPage(partner, 'kostnad-2-partner-mobil');

  const supplier = await openPage(t, STARTUP, PHONE);
  await openPooledNeed(supplier);
  assert.equal(await supplier.getByRole('region', { name: 'Fordeling av kostnader' }).count(), 0);
});

test("a solution's owner links to its public page: county, population, what it shares and uses", async (t) => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await openPage(t, STARTUP, viewport);
    await page.goto(`${app.baseUrl}/sok?q=saksbehandlingsrobot`);
    await page
      .getByRole('link', { name: /Saksbehandlingsrobot/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Saksbehandlingsrobot/ }).waitFor();
    await page.getByRole('link', { name: 'Bergen kommune' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Bergen kommune' }).waitFor();
    await page.getByText(/Fylke: Vestland/).waitFor();
    await page.getByText(/Innbyggere: 293\s709/).waitFor();
    await page
      .getByRole('region', { name: 'Dette deler de' })
      .getByRole('link', { name: /Saksbehandlingsrobot/ })
      .waitFor();
    await page.getByRole('region', { name: 'Kommuner som ligner på dere' }).waitFor();
    await checkPage(page, `organisasjon-${viewport.width}`);
  }
});
