// Signing in through "Logg inn med Ansattporten (test)": the demo's in-process test provider, a test person
// chosen on its page, the first sign-in's form, landing as a member of the chosen municipality, signing out
// with the old token refused; a person with no public organisation is refused with a clear message.
// Axe-checked at desktop and phone width.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, formatViolations } from './support/axe.mjs';
import { checkPage } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const suite = browserSuite('web_e2e_ansattporten');
// The api's PUBLIC_URL (and so the test provider's issuer and the redirect back) is http://localhost:<port>.
const at = (path) => suite.url(path).replace('127.0.0.1', 'localhost');
const TOKEN_KEY = 'lokomotiv.token';
const SESSION_VALID = '{ sessionValid }';
const ME = '{ me { role organization { name } } }';

async function gql(query, token) {
  const response = await fetch(at('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

/** From our sign-in page through the provider's page (axe-checked too) to the test person's choice. */
async function signInAs(page, person) {
  await page.goto(at('/logg-inn'));
  await checkPage(page);
  await page.getByRole('link', { name: 'Logg inn med Ansattporten (test)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ansattporten (test)' }).waitFor();
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe on the test provider's page:\n${formatViolations(violations)}`);
  await page.getByRole('button', { name: person }).click();
}

test('a person with two municipalities picks Oslo, lands as its member, and signs out for good', async (t) => {
  const page = await suite.openPage(t, undefined, DESKTOP);
  await signInAs(page, 'Ola Tokommune – Bergen kommune og Oslo kommune');

  await page.getByRole('heading', { level: 1, name: 'Første gang du logger inn' }).waitFor();
  await checkPage(page, 'ansattporten-first-sign-in-desktop');
  assert.equal(await page.getByLabel('Navn').inputValue(), 'Ola Tokommune');
  await page.getByRole('button', { name: 'Fullfør innloggingen' }).click();
  // Nothing chosen yet: the form says which fields are missing.
  await page.getByText('Fyll ut organisasjonen.').first().waitFor();
  await page.getByRole('radio', { name: /Oslo/ }).check();
  await page.getByLabel('Jobb-e-post').fill('ola.tokommune@oslo.kommune.test');
  await page.getByRole('button', { name: 'Fullfør innloggingen' }).click();

  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  assert.doesNotMatch(page.url(), /kode=/);
  const token = await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY);
  const { data } = await gql(ME, token);
  assert.equal(data.me.role, 'MEMBER');
  assert.match(data.me.organization.name, /^Oslo/);
  await checkPage(page);

  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('link', { name: 'Logg inn' }).first().waitFor();
  const refused = await gql(SESSION_VALID, token);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('a person with one municipality signs in on a phone', async (t) => {
  const page = await suite.openPage(t, undefined, PHONE);
  await signInAs(page, 'Kari Bergensen – Bergen kommune');
  await page.getByRole('heading', { level: 1, name: 'Første gang du logger inn' }).waitFor();
  await checkPage(page, 'ansattporten-first-sign-in-phone');
  assert.ok(await page.getByRole('radio', { name: /Bergen/ }).isChecked());
  await page.getByLabel('Jobb-e-post').fill('kari.bergensen@bergen.kommune.test');
  await page.getByRole('button', { name: 'Fullfør innloggingen' }).click();
  // On a phone the account menu is folded away: the front page and the stored token tell it.
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: 'Meny', exact: true }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  const token = await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY);
  assert.match((await gql(ME, token)).data.me.organization.name, /^Bergen/);
});

for (const [viewport, name] of [
  [DESKTOP, 'desktop'],
  [PHONE, 'phone'],
]) {
  test(`a person with no public organisation is told so and not signed in (${name})`, async (t) => {
    const page = await suite.openPage(t, undefined, viewport);
    await signInAs(page, 'Per Uten Offentlig Virksomhet – bare et selskap');
    await page
      .getByRole('alert')
      .getByText(/ingen kommune, fylkeskommune eller statlig virksomhet/)
      .waitFor();
    await checkPage(page, `ansattporten-refused-${name}`);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY), null);
    assert.equal(await page.getByRole('button', { name: 'Logg ut' }).count(), 0);
  });
}
