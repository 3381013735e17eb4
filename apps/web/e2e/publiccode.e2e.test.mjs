// publiccode.yml import in Debian's headless Chromium against the BUILT app: paste a file with an
// error, see the problem beside its line, fix it, import, land on the draft; axe at 1280 and 390 px.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, PHONE } from './support/suite.mjs';

const LEADER = 'leder@bergen.test';
const RUN = Date.now().toString(36);
const FIXTURES = new URL('../../api/test/fixtures/publiccode/', import.meta.url);

const suite = browserSuite('web_e2e_publiccode');
const { openPage } = suite;

/** The parser's fixture with an invalid developmentStatus (line 16), named for this run. */
async function brokenFile(name) {
  const text = await readFile(new URL('invalid/developmentStatus_invalid.yml', FIXTURES), 'utf8');
  return text
    .replace('name: Medusa', `name: ${name}`)
    .replace('localisedName: Medusa', `localisedName: ${name}`);
}

describe('publiccode.yml import', () => {
  test('paste a file with an error, see it beside its line, fix it, import, land on the draft', async (t) => {
    const page = await openPage(t, LEADER);
    const name = `Medusa ${RUN}`;
    await page.goto(`${suite.app.baseUrl}/losninger/ny`);
    await page.getByRole('link', { name: 'Importer fra publiccode.yml' }).click();
    await page.waitForURL(`${suite.app.baseUrl}/losninger/importer`);
    await checkPage(page, 'publiccode-import');

    const broken = await brokenFile(name);
    const textarea = page.getByLabel('Innholdet i publiccode.yml');
    await textarea.fill(broken);
    await page.getByRole('button', { name: 'Importer som utkast' }).click();

    const problems = page.getByRole('region', { name: 'Problemer i filen' });
    const problem = problems.getByRole('listitem').filter({ hasText: 'developmentStatus' });
    await problem.waitFor();
    const text = await problem.textContent();
    assert.match(text, /Feil/);
    assert.match(text, /Linje 16, kolonne 1/);
    assert.match(text, /developmentStatus: "foobar"/);
    assert.match(text, /must be one of the following/);
    await checkPage(page, 'publiccode-import-problems');
    assert.equal(page.url(), `${suite.app.baseUrl}/losninger/importer`, 'nothing was imported');

    await problem.getByRole('button', { name: 'Gå til linjen' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'publiccode-text');
    const caretLine = await textarea.evaluate(
      (el) => el.value.slice(0, el.selectionStart).split('\n').length,
    );
    assert.equal(caretLine, 16);

    await textarea.fill(broken.replace('developmentStatus: "foobar"', 'developmentStatus: stable'));
    await page.getByRole('button', { name: 'Sjekk filen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ingen problemer' }).waitFor();
    await page.getByRole('button', { name: 'Importer som utkast' }).click();
    await page.waitForURL(/\/losninger\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.ok(await page.getByText('Utkast').first().isVisible(), 'the solution is a draft');
    assert.ok(await page.getByRole('heading', { name: 'publiccode.yml' }).isVisible());
    await checkPage(page, 'publiccode-imported-draft');
  });

  test('the import page and its problems are axe-clean and reflow at 390 px', async (t) => {
    const page = await openPage(t, LEADER);
    await page.setViewportSize(PHONE);
    await page.goto(`${suite.app.baseUrl}/losninger/importer`);
    await checkPage(page, 'publiccode-import-390');
    await page.getByLabel('Innholdet i publiccode.yml').fill(await brokenFile(`Smal ${RUN}`));
    await page.getByRole('button', { name: 'Sjekk filen' }).click();
    await page.getByRole('region', { name: 'Problemer i filen' }).getByRole('listitem').first().waitFor();
    await checkPage(page, 'publiccode-import-problems-390');
  });
});
