// A need and an answer each name whom to call: the owner sees the supplier's contact person with a
// mail link, and the supplier it shortlisted sees the need's. Axe-checked at desktop and phone width.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const LEADER = 'leder@bergen.test';
const STARTUP = 'post@startup.test';
const RUN = Date.now().toString(36);
const NEED = `Digital oppfølging av vannlekkasjer ${RUN}`;

const suite = browserSuite('web_e2e_contacts');
const { openPage } = suite;

test('the owner names a contact, the supplier names its own, and each sees the other once shortlisted', async (t) => {
  const owner = await openPage(t, LEADER);
  await owner.goto(`${suite.app.baseUrl}/behov/nytt`);
  await owner.getByLabel('Kort tittel på behovet').fill(NEED);
  await owner
    .getByLabel('Beskrivelse')
    .fill('Vi vil oppdage vannlekkasjer i kommunale bygg før de gjør skade.');
  await owner.getByLabel('Tjenesteområde').selectOption({ index: 1 });
  const needContact = owner.getByRole('group', { name: 'Kontaktperson for leverandørene' });
  assert.equal(await needContact.getByLabel('Navn på kontaktperson').inputValue(), 'Kari Nordmann');
  assert.equal(await needContact.getByLabel('E-post til kontaktperson').inputValue(), LEADER);
  await needContact.getByLabel('Rolle').fill('Digitaliseringsleder');
  await checkPage(owner, 'kontakt-1-nytt-behov');
  await owner.getByRole('button', { name: 'Publiser behovet' }).click();
  await owner.getByRole('heading', { level: 1, name: NEED }).waitFor();
  await owner
    .getByRole('region', { name: 'Kontaktperson' })
    .getByText(/Kari Nordmann \(Digitaliseringsleder\)/)
    .waitFor();
  const needUrl = owner.url();

  const supplier = await openPage(t, STARTUP);
  await supplier.goto(needUrl);
  await supplier.getByRole('heading', { level: 1, name: NEED }).waitFor();
  assert.equal(await supplier.getByRole('region', { name: 'Kontaktperson' }).count(), 0);
  await supplier
    .getByLabel('Ditt svar')
    .fill('Fjordkode måler vannforbruket hvert minutt og varsler ved lekkasje.');
  const answerContact = supplier.getByRole('group', { name: 'Kontaktperson for svaret' });
  await answerContact.getByLabel('E-post til kontaktperson').fill('');
  await supplier.getByRole('button', { name: 'Send svar' }).click();
  await supplier.getByRole('link', { name: /kontaktpersonens e-postadresse/ }).waitFor();
  await answerContact.getByLabel('Navn på kontaktperson').fill('Siri Salg');
  await answerContact.getByLabel('E-post til kontaktperson').fill('siri@fjordkode.example');
  await answerContact.getByLabel('Telefon').fill('+47 99 88 77 66');
  await supplier.getByRole('button', { name: 'Send svar' }).click();
  await supplier.getByText('Svaret er sendt. Kommunen får beskjed.').waitFor();
  await checkPage(supplier, 'kontakt-2-svar');

  await owner.reload();
  await owner.getByText(/Siri Salg/).waitFor();
  const mailto = owner.getByRole('link', { name: 'Kontakt leverandøren Fjordkode AS' });
  assert.equal(
    await mailto.getAttribute('href'),
    `mailto:siri@fjordkode.example?subject=${encodeURIComponent(NEED)}`,
  );
  assert.equal(
    await owner.getByRole('link', { name: 'tlf. +47 99 88 77 66' }).getAttribute('href'),
    'tel:+4799887766',
  );
  await owner.getByRole('button', { name: 'Sett på kortlisten Fjordkode AS' }).click();
  await owner.getByText('På kortlisten', { exact: true }).waitFor();
  await checkPage(owner, 'kontakt-3-eier-ser-svaret');

  const phone = await openPage(t, STARTUP, PHONE);
  await phone.goto(needUrl);
  const shortlisted = phone.getByRole('region', { name: 'Kontaktperson' });
  await shortlisted.getByText(/^Svaret deres står på kortlisten/).waitFor();
  await shortlisted.getByText(/Kari Nordmann \(Digitaliseringsleder\)/).waitFor();
  assert.equal(
    await shortlisted.getByRole('link', { name: 'Send e-post til Kari Nordmann' }).getAttribute('href'),
    `mailto:${LEADER}?subject=${encodeURIComponent(NEED)}`,
  );
  await checkPage(phone, 'kontakt-4-kortliste-mobil');
});

test('on a phone the header folds behind a menu button, and nothing is wider than the screen', async (t) => {
  const page = await openPage(t, STARTUP, PHONE);
  await page.goto(`${suite.app.baseUrl}/behov`);
  const menu = page.getByRole('button', { name: 'Meny', exact: true });
  await menu.waitFor();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('button', { name: 'Logg ut' }).count(), 0);
  await checkPage(page, 'meny-1-lukket-mobil');

  await menu.click();
  const logOut = page.getByRole('button', { name: 'Logg ut' });
  await logOut.waitFor();
  const box = await logOut.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, 'Logg ut is inside the screen');
  await checkPage(page, 'meny-2-apen-mobil');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Meny', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Meny');

  await page.getByRole('button', { name: 'Meny', exact: true }).click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Anbud' }).click();
  await page.getByRole('heading', { level: 1, name: /anbud/i }).waitFor();
  assert.equal(
    await page.getByRole('button', { name: 'Meny', exact: true }).getAttribute('aria-expanded'),
    'false',
  );

  await page.setViewportSize(DESKTOP);
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Meny', exact: true }).count(), 0);
});
