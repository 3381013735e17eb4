// A tender from post to follow, in Debian's headless Chromium against the BUILT app: a procurement
// officer posts a notice with a deadline just after midnight Oslo time and a question deadline,
// picking its CPV code in the CPV tree; the notice shows the deadline on Oslo's clock (the browser
// runs in UTC, where that moment is still the day before); a supplier finds it by picking the CPV
// division in the notice list's tree and follows it. Axe at 1280 and 390 px.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage, waitUntilReady } from './support/pages.mjs';
import { browserSuite, PHONE } from './support/suite.mjs';

const OFFICER = 'innkjop@oslo.test';
const SUPPLIER = 'post@startup.test';
const RUN = Date.now().toString(36);
const TITLE = `Digital byggesaksveiledning ${RUN}`;
const IT_DIVISION = '72000000-5 Datatjenester: rådgivning, programvareutvikling, internett og systemstøtte';
const PROGRAMMING_GROUP = '72200000-7 Programmering av software og rådgivning';
const PACKAGED_SOFTWARE = '72210000-0 Programmering i forbindelse med programvarepakker';
const DAY_MS = 86_400_000;

const suite = browserSuite('web_e2e_tenders');
const { openPage } = suite;

/** The date `days` after today on Oslo's calendar, as a date input takes it: "2026-12-22". */
function osloDateIn(days) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
/** The instant Oslo's clock shows `date` at `time`: CET or CEST, whichever gives that wall clock. */
function osloInstant(date, time) {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const instant = [1, 2]
    .map((hours) => wall - hours * 3_600_000)
    .find((at) => format.format(at) === `${date} ${time}`);
  assert.ok(instant, `${date} ${time} exists on Oslo's clock`);
  return new Date(instant).toISOString();
}
/** "22. desember 2026", as the app writes a date. */
const norwegianDate = (date) =>
  new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

test('an officer posts a notice with a CPV code from the tree; a supplier finds it by its division and follows it', async (t) => {
  const deadlineDate = osloDateIn(20);
  const questionDate = osloDateIn(15);

  const officer = await openPage(t, OFFICER);
  await officer.goto(suite.url('/anbud/ny'));
  await officer.getByLabel('Tittel', { exact: true }).fill(TITLE);
  await officer
    .getByLabel('Beskrivelse', { exact: true })
    .fill('Vi vil gi innbyggerne veiledning i byggesaker døgnet rundt.');
  await officer.getByLabel('Prosedyre', { exact: true }).selectOption('INNOVATION_PARTNERSHIP');
  await officer.getByLabel('Tjenesteområde', { exact: true }).selectOption({ index: 1 });
  await officer.getByRole('button', { name: 'Bla i CPV-koder' }).click();
  const division = officer.getByRole('button', { name: IT_DIVISION, exact: true });
  await division.click();
  assert.equal(await division.getAttribute('aria-expanded'), 'true');
  await officer.getByRole('button', { name: PROGRAMMING_GROUP, exact: true }).click();
  await officer.getByRole('button', { name: `Velg ${PACKAGED_SOFTWARE}`, exact: true }).click();
  await officer.getByRole('list', { name: 'Valgte CPV-koder' }).getByText(PACKAGED_SOFTWARE).waitFor();
  await officer.getByLabel('Tilbudsfrist', { exact: true }).fill(deadlineDate);
  await officer.getByLabel('Klokkeslett (norsk tid)').fill('00:30');
  await officer.getByLabel('Dato for spørsmålsfrist').fill(questionDate);
  await officer.getByLabel('Klokkeslett for spørsmålsfrist').fill('12:00');
  await checkPage(officer, 'anbud-1-nytt-med-cpv-tre');
  await officer.setViewportSize(PHONE);
  await checkPage(officer, 'anbud-2-nytt-med-cpv-tre-mobil');
  await officer.getByRole('button', { name: 'Publiser anbudet' }).click();
  await officer.getByRole('heading', { level: 1, name: TITLE }).waitFor();

  // Oslo's clock: 00.30 on the deadline date, 20 calendar days ahead, whatever the browser's zone
  // (the test machine's is UTC, where the deadline falls on the day before).
  const deadline = officer.getByTestId('deadline');
  assert.equal(
    (await deadline.textContent())?.replace(/\s+/g, ' ').trim(),
    `Frist ${norwegianDate(deadlineDate)} kl. 00.30 – 20 dager igjen`,
  );
  await officer.getByText(`${norwegianDate(questionDate)} kl. 12.00`).waitFor();
  await officer.getByText(PACKAGED_SOFTWARE.slice(11)).waitFor();
  await checkPage(officer, 'anbud-3-kunngjort-mobil');
  const noticeId = officer.url().split('/').pop();
  const { procurementNotice } = await suite.sessions.gql(
    OFFICER,
    'query ($id: ID!) { procurementNotice(id: $id) { deadline questionDeadline cpvCodes } }',
    { id: noticeId },
  );
  assert.deepEqual(procurementNotice, {
    deadline: osloInstant(deadlineDate, '00:30'),
    questionDeadline: osloInstant(questionDate, '12:00'),
    cpvCodes: ['72210000-0'],
  });

  const supplier = await openPage(t, SUPPLIER);
  await supplier.goto(suite.url('/anbud'));
  // The list is server-rendered: its CPV tree opens once the app has taken over.
  await waitUntilReady(supplier);
  await supplier.getByRole('button', { name: 'Bla i CPV-koder' }).click();
  await supplier.getByRole('button', { name: `Velg ${IT_DIVISION}`, exact: true }).click();
  await supplier.waitForURL((url) => url.searchParams.get('cpv') === '72000000-5');
  const hit = supplier.getByRole('link', { name: TITLE });
  await hit.waitFor();
  await supplier.getByRole('list', { name: 'Valgte CPV-koder' }).getByText(IT_DIVISION).waitFor();
  await checkPage(supplier, 'anbud-4-filtrert-pa-cpv');
  const filteredUrl = supplier.url();

  const phone = await openPage(t, SUPPLIER, PHONE);
  await phone.goto(filteredUrl);
  await waitUntilReady(phone);
  await phone.getByRole('link', { name: TITLE }).waitFor();
  await phone.getByRole('list', { name: 'Valgte CPV-koder' }).getByText(IT_DIVISION).waitFor();
  await checkPage(phone, 'anbud-5-filtrert-pa-cpv-mobil');

  await hit.click();
  await supplier.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  const follow = supplier.getByRole('button', { name: 'Følg', exact: true });
  assert.equal(await follow.getAttribute('aria-pressed'), 'false');
  await follow.click();
  await supplier.locator('button[aria-pressed="true"]', { hasText: 'Følg' }).waitFor();
  await checkPage(supplier, 'anbud-6-fulgt');
  const { procurementNotice: followed } = await suite.sessions.gql(
    SUPPLIER,
    'query ($id: ID!) { procurementNotice(id: $id) { viewerFollows } }',
    { id: noticeId },
  );
  assert.equal(followed.viewerFollows, true);
});

test('a supplier edits the CPV divisions and counties of a saved search', async (t) => {
  const name = `Helse-IT ${RUN}`;
  await suite.sessions.gql(
    SUPPLIER,
    'mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id } }',
    {
      input: { name, kinds: ['PROCUREMENT_NOTICE'], cpvDivisions: ['85'] },
    },
  );
  const page = await openPage(t, SUPPLIER, PHONE);
  await page.goto(suite.url('/lagrede-sok'));
  await page.getByRole('button', { name: `Endre ${name}` }).click();
  await page.getByRole('button', { name: 'Bla i CPV-hovedgrupper' }).click();
  await page.getByRole('button', { name: `Velg ${IT_DIVISION}`, exact: true }).click();
  await page.getByRole('checkbox', { name: /^Vestland/ }).check();
  await checkPage(page, 'lagret-sok-1-endre-mobil');
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await page.getByText(`Endringene i «${name}» er lagret.`).waitFor();
  const { mySavedSearches } = await suite.sessions.gql(
    SUPPLIER,
    '{ mySavedSearches { name cpvDivisions countyNumbers } }',
  );
  assert.deepEqual(
    mySavedSearches.find((search) => search.name === name),
    { name, cpvDivisions: ['85', '72'], countyNumbers: ['46'] },
  );
  await checkPage(page, 'lagret-sok-2-endret-mobil');
});
