// The public statistics page in Debian's headless Chromium against the BUILT app and its demo data:
// reached from the header, charts drawn by a library that only this route loads, each chart's table
// behind "Vis som tabell", CSV downloads Excel in Norway opens, the county view; axe at 1280 and 390 px.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, PHONE } from './support/suite.mjs';

/** A class name recharts writes into every chart: present in the chart library's code, nowhere else. */
const CHART_LIBRARY_MARK = 'recharts-wrapper';

const suite = browserSuite('web_e2e_statistics');

/** An anonymous page, with whether the JavaScript it loaded so far holds the chart library. */
async function openPage(t, viewport) {
  const page = await suite.openPage(t, undefined, viewport);
  const scripts = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
  });
  const loadedChartLibrary = async () =>
    (await Promise.all(scripts)).some((source) => source.includes(CHART_LIBRARY_MARK));
  return { page, loadedChartLibrary };
}

const section = (page, heading) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: heading, level: 2 }) });

async function openEveryTable(page) {
  for (const summary of await page.getByText('Vis som tabell').all()) await summary.click();
}

describe('statistics', () => {
  test('from the header to charts, tables, CSV and the county view, loading the charts only there', async (t) => {
    const { page, loadedChartLibrary } = await openPage(t);
    await page.goto(suite.url('/'));
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await loadedChartLibrary(), false, 'the front page does not load the chart library');

    await page.getByRole('navigation').getByRole('link', { name: 'Statistikk' }).click();
    await page.waitForURL(suite.url('/statistikk'));
    await page.locator('.statistics-chart .recharts-bar-rectangle').first().waitFor();
    assert.equal(await loadedChartLibrary(), true);
    assert.equal(await page.getByRole('img', { name: /stolpediagram/ }).count(), 2);
    await checkPage(page, 'statistics');

    const hours = page.locator('.statistics-figures__item').filter({ hasText: 'Timer spart per år' });
    assert.match(await hours.locator('dd').textContent(), /^\d{1,3}(\u00a0\d{3})*$/);
    const months = section(page, 'Gjenbruk per måned');
    await months.getByText('Vis som tabell').click();
    const monthRows = months.getByRole('table', { name: 'Gjenbruk per måned' }).locator('tbody tr');
    // The demo adoptions fall in several months: a sixth row appears once the table has rendered.
    await monthRows.nth(5).waitFor();
    assert.match(await monthRows.first().locator('td').first().textContent(), /^[a-zæøå]{3}\.? \d{4}$/);

    const download = page.waitForEvent('download');
    await months.getByRole('button', { name: 'Last ned som CSV' }).click();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'gjenbruk-per-maned.csv');
    const bytes = await readFile(await file.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    assert.equal(lines[0], 'Måned;Gjenbruk');
    assert.equal(lines.length, (await monthRows.count()) + 1);
    assert.match(lines[1], /^\d{4}-\d{2};\d+$/);

    const counties = section(page, 'Kommunene i et fylke');
    await counties.getByLabel('Velg fylke').selectOption({ label: 'Vestland' });
    const bergen = counties
      .getByRole('table', { name: 'Kommunene i Vestland' })
      .getByRole('row', { name: /^Bergen / });
    await bergen.waitFor();
    assert.notEqual(await bergen.locator('td').nth(1).textContent(), '0', 'Bergen shares its solutions');
    assert.match(await counties.getByRole('status').textContent(), /av 43 kommuner deler/);

    await openEveryTable(page);
    await checkPage(page, 'statistics-tables');
  });

  test('the page is axe-clean and reflows at 390 px, its tables too', async (t) => {
    const { page } = await openPage(t, PHONE);
    await page.goto(suite.url('/statistikk'));
    await page.locator('.statistics-chart .recharts-bar-rectangle').first().waitFor();
    await checkPage(page, 'statistics-390');
    await openEveryTable(page);
    await checkPage(page, 'statistics-390-tables');
  });
});
