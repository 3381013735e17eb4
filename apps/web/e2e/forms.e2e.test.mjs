// Forms that help, in Debian's headless Chromium against the BUILT app: the error summary takes
// focus after every failed submit (the second too), a money field takes "1 800 000 kr", and a
// company is told before it fills anything in that only public bodies post needs. Axe-checked at
// 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const LEADER = 'leder@bergen.test';
const COMPANY = 'post@startup.test';
const RUN = Date.now().toString(36);
const VIEWPORTS = [
  ['1280', DESKTOP],
  ['390', PHONE],
];

const suite = browserSuite('web_e2e_forms');
const { openPage } = suite;

const errorSummary = (page) => page.getByRole('group', { name: 'For å gå videre må du rette opp i dette:' });
const hasFocus = (locator) => locator.evaluate((element) => element === document.activeElement);

describe('forms', () => {
  for (const [name, viewport] of VIEWPORTS) {
    test(`the error summary takes focus on every failed submit, and an amount is taken as written (${name} px)`, async (t) => {
      const page = await openPage(t, LEADER, viewport);
      await page.goto(suite.url('/losninger/ny'));
      await checkPage(page);
      const save = page.getByRole('button', { name: 'Lagre som utkast' });

      await save.click();
      await errorSummary(page).getByRole('link', { name: 'Fyll ut tittelen.' }).waitFor();
      assert.ok(await hasFocus(errorSummary(page)), 'the summary has focus after the first failed submit');
      await checkPage(page);

      // The same errors again: the summary must take focus (and so be announced) once more.
      await page.getByLabel('Tittel', { exact: true }).focus();
      assert.ok(!(await hasFocus(errorSummary(page))));
      await save.click();
      await page.waitForFunction(() => document.activeElement?.localName === 'ds-error-summary');
      assert.ok(await hasFocus(errorSummary(page)), 'the summary has focus after the second failed submit');

      const title = `Digital kø for byggesak ${RUN} ${name}`;
      await page.getByLabel('Tittel', { exact: true }).fill(title);
      await page.getByLabel('Kort oppsummering').fill('Søkere ser hvor langt saken er kommet.');
      await page.getByLabel('Beskrivelse', { exact: true }).fill('Saken følges fra søknad til vedtak.');
      await page.getByLabel('Tjenesteområde').selectOption('helse-og-omsorg');
      await page.getByLabel('Anslått innsparing per år (kroner)').fill('1 800 000 kr');
      await save.click();

      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText(/Anslått innsparing per år: 1\s800\s000\skr/).waitFor();
      await checkPage(page);
    });

    test(`a company is told that only public bodies post needs, instead of a form (${name} px)`, async (t) => {
      const page = await openPage(t, COMPANY, viewport);
      await page.goto(suite.url('/behov/nytt'));
      await page.getByRole('heading', { name: 'Bare offentlige virksomheter kan melde behov' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Publiser behovet' }).count(), 0);
      await checkPage(page);
    });
  }
});
