// Accounts people manage, in Debian's headless Chromium against the BUILT app and its demo data:
// Bergen's ADMIN sees new members marked "Ny", makes one ADMIN and deactivates another, whose token
// stops working at once; a member signs out everywhere from the profile page; the platform admin finds
// a county municipality without an organisation number and sets one. Axe at 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, DEMO_PASSWORD, DESKTOP, PHONE } from './support/suite.mjs';

const BERGEN_ADMIN = 'leder@bergen.test';
const PLATFORM_ADMIN = 'admin@lokomotiv.test';
const OSLO_MEMBER = 'innkjop@oslo.test';

const suite = browserSuite('web_e2e_accounts');

const ME = '{ me { id organization { id } } }';
const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';

/** A new member of Bergen, added through the api by its ADMIN, with the demo password. */
async function newBergenMember(name) {
  const { me } = await suite.sessions.gql(BERGEN_ADMIN, ME);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@bergen.test`;
  const input = { email, name, password: DEMO_PASSWORD, organizationId: me.organization.id, role: 'MEMBER' };
  await suite.sessions.gql(BERGEN_ADMIN, CREATE_USER, { input });
  return email;
}

/** What the api answers a bearer token: whether it still belongs to a signed-in user. */
async function tokenWorks(token) {
  const response = await fetch(suite.url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  return (await response.json()).data?.me !== null;
}

const membersTable = (page) => page.getByRole('table', { name: 'Medlemmer' });
const rowOf = (page, name) => membersTable(page).getByRole('row').filter({ hasText: name });

/** A valid (mod-11) organisation number no demo organisation has: 8 digits from the clock, then the check digit. */
function freshOrganizationNumber() {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let seed = Date.now(); ; seed++) {
    const digits = `9${String(seed).slice(-7)}`.split('').map(Number);
    const check = (11 - (digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11)) % 11;
    if (check !== 10) return `${digits.join('')}${check}`;
  }
}

describe('accounts', () => {
  test('Bergen’s ADMIN makes a new member ADMIN and deactivates another, who is signed out at once', async (t) => {
    await newBergenMember('Ola Ny Medlem');
    const siri = await newBergenMember('Siri Ny Medlem');
    const siriToken = await suite.sessions.tokenOf(siri);
    assert.equal(await tokenWorks(siriToken), true);

    const page = await suite.openPage(t, BERGEN_ADMIN, DESKTOP);
    await page.goto(suite.url('/min-organisasjon'));
    await rowOf(page, 'Ola Ny Medlem').waitFor();
    assert.equal(await rowOf(page, 'Ola Ny Medlem').getByText('Ny', { exact: true }).count(), 1);
    await checkPage(page, 'accounts-members-desktop');

    await page.getByRole('button', { name: 'Gjør til administrator Ola Ny Medlem' }).click();
    await page.getByText('Ola Ny Medlem er nå administrator.').waitFor();
    await rowOf(page, 'Ola Ny Medlem').getByText('Administrator', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Deaktiver Siri Ny Medlem' }).click();
    await page.getByText('Siri Ny Medlem er deaktivert og logget ut.').waitFor();
    await rowOf(page, 'Siri Ny Medlem').getByText('Deaktivert', { exact: true }).waitFor();
    assert.equal(await tokenWorks(siriToken), false, 'the deactivated member’s token is refused at once');
    await checkPage(page, 'accounts-members-changed');

    // The change holds after a reload; the new ADMIN's role is the api's, not the page's.
    await page.reload();
    await rowOf(page, 'Ola Ny Medlem').getByText('Administrator', { exact: true }).waitFor();
    await rowOf(page, 'Siri Ny Medlem')
      .getByRole('button', { name: 'Aktiver igjen Siri Ny Medlem' })
      .waitFor();
  });

  test('the members table fits a phone', async (t) => {
    await newBergenMember('Per Telefon');
    const page = await suite.openPage(t, BERGEN_ADMIN, PHONE);
    await page.goto(suite.url('/min-organisasjon'));
    await rowOf(page, 'Per Telefon').waitFor();
    await checkPage(page, 'accounts-members-phone');
  });

  test('a member signs out everywhere from the profile page', async (t) => {
    const token = await suite.sessions.tokenOf(OSLO_MEMBER);
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await suite.openPage(t, OSLO_MEMBER, viewport);
      await page.goto(suite.url('/profil'));
      await page.getByRole('region', { name: 'Kontoen din' }).getByText(OSLO_MEMBER).waitFor();
      await page.getByRole('radio', { name: 'Norsk (bokmål)' }).waitFor();
      await checkPage(page, `accounts-profile-${viewport.width}`);
    }
    const page = await suite.openPage(t, OSLO_MEMBER, DESKTOP);
    await page.goto(suite.url('/profil'));
    await page.getByRole('button', { name: 'Logg ut overalt' }).click();
    await page.waitForURL(/\/logg-inn/);
    await page.getByRole('link', { name: 'Logg inn' }).first().waitFor();
    assert.equal(await tokenWorks(token), false, 'the other devices’ token is refused too');
    suite.sessions.forget(OSLO_MEMBER);
  });

  test('the platform admin finds a county municipality without a number and sets one', async (t) => {
    const number = freshOrganizationNumber();
    const page = await suite.openPage(t, PLATFORM_ADMIN, DESKTOP);
    await page.goto(suite.url('/admin'));
    const directory = page.getByRole('region', { name: 'Organisasjoner' }).first();
    await directory.getByRole('checkbox', { name: 'Bare organisasjoner uten organisasjonsnummer' }).check();
    await directory
      .getByRole('searchbox', { name: 'Søk etter navn eller organisasjonsnummer' })
      .fill('Vestland');
    const field = directory.getByRole('textbox', { name: 'Organisasjonsnummer for Vestland fylkeskommune' });
    await field.waitFor();
    await checkPage(page, 'accounts-admin-desktop');

    await field.fill('123');
    await directory.getByRole('button', { name: 'Lagre nummeret' }).click();
    await page.getByText('må være ni sifre med riktig kontrollsiffer').first().waitFor();
    await field.fill(number);
    await directory.getByRole('button', { name: 'Lagre nummeret' }).click();
    await page.getByText(`Vestland fylkeskommune har fått organisasjonsnummeret ${number}.`).waitFor();
    await directory.getByRole('cell', { name: number }).waitFor();

    const phone = await suite.openPage(t, PLATFORM_ADMIN, PHONE);
    await phone.goto(suite.url('/admin'));
    await phone.getByRole('region', { name: 'Brukere' }).first().getByRole('searchbox').fill('bergen');
    await phone.getByRole('cell', { name: BERGEN_ADMIN }).waitFor();
    await checkPage(phone, 'accounts-admin-phone');
  });
});
