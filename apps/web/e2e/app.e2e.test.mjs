// End to end in Debian's headless Chromium against the BUILT app (api + web on one port), with
// axe-core on every page visited and a screenshot of each main page in e2e/screenshots/.
// Every test has a browser context of its own, anonymous or logged in as one demo user, and sets
// up the data it reads, so a failing test leaves nothing behind for the next one.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from './support/browser.mjs';
import { assertFocusOnHeading, checkPage, tabTo, waitUntilReady } from './support/pages.mjs';
import { startApp } from './support/server.mjs';
import { Sessions } from './support/sessions.mjs';

const PASSWORD = 'lokomotiv-demo';
const LEADER = 'leder@bergen.test';
const ADMIN = 'admin@lokomotiv.test';
const STARTUP = 'post@startup.test';
const OSLO = 'innkjop@oslo.test';
const ADOPTABLE = 'Digital veileder for byggesøknad';
const OPEN_NEED = 'Automatisk oversetting i skole-hjem-kommunikasjonen';
const TENDER = 'Innovasjonspartnerskap for digitalt nattilsyn';
const PITCH =
  'Fjordkode oversetter skolemeldinger til 40 språk med fagordlister som lærerne selv vedlikeholder.';
const TYPO = 'bygesøknad';
const RUN = Date.now().toString(36);
const NEW_TITLE = `Digital timebestilling for vaksinasjon ${RUN}`;
const ROBOT_TITLE = `Robot for parkeringskort ${RUN}`;
const OUR_TITLE = `Digital søknad om parkeringstillatelse ${RUN}`;
const SEARCH_NAME = `Roboter i helse ${RUN}`;
const DOOMED_SEARCH_NAME = `Byggesaker ${RUN}`;
const REUSED_TITLE = `Digital vannmåleravlesning ${RUN}`;

let app;
let browser;
let sessions;
/** The demo user each page was opened as, so that logging a page out drops that user's stored login. */
const userOfPage = new WeakMap();

before(async () => {
  app = await startApp({ label: 'web_e2e' });
  browser = await launchBrowser();
  sessions = new Sessions(browser, app.baseUrl, PASSWORD);
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

/** A page in a new browser context of this test alone, logged in as `email` (anonymous without). */
async function openPage(t, email) {
  const context = await sessions.newContext(email);
  t.after(() => context.close());
  const page = await context.newPage();
  userOfPage.set(page, email);
  page.on('pageerror', (error) => console.error('page error:', error.message, error.stack, page.url()));
  return page;
}

async function logInWithKeyboard(page, email) {
  await page.goto(`${app.baseUrl}/logg-inn`);
  await checkPage(page);
  await tabTo(page, page.getByLabel('E-post'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${app.baseUrl}/`);
}

/** Searches until the hit appears: the index is updated by the outbox indexer, a moment after the write. */
async function findBySearch(page, query, title) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.goto(`${app.baseUrl}/sok?q=${encodeURIComponent(query)}`);
    await page.getByRole('status').filter({ hasText: 'treff' }).waitFor();
    if (await page.getByTestId('results').getByRole('link', { name: title }).count()) return;
    if (Date.now() > deadline) assert.fail(`"${title}" was not found by searching for "${query}"`);
    await page.waitForTimeout(500);
  }
}

/** Logs out with the button, and checks the api no longer honours the token the page held. */
async function logOut(page) {
  const token = await page.evaluate(() => localStorage.getItem('lokomotiv.token'));
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('link', { name: 'Logg inn' }).waitFor();
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  assert.deepEqual(await response.json(), { data: { me: null } });
  if (userOfPage.get(page)) sessions.forget(userOfPage.get(page));
}

/** The id of the published solution with exactly this title. */
async function solutionId(email, title) {
  const { solutions } = await sessions.gql(email, '{ solutions(limit: 100) { items { id title } } }');
  const solution = solutions.items.find((candidate) => candidate.title === title);
  assert.ok(solution, `no published solution is called "${title}"`);
  return solution.id;
}

/** The reset link in the newest mail to `to`, read from the .eml files the api writes without SMTP. */
async function resetLinkMailedTo(to) {
  const directory = join(app.dataDir, 'mail');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const files = (await readdir(directory).catch(() => [])).sort().reverse();
    for (const file of files) {
      // Undo quoted-printable soft line breaks and escaped equals signs.
      const eml = (await readFile(join(directory, file), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const link = /https?:\/\/[^\s"<>]+\/nytt-passord\?token=[A-Za-z0-9_-]+/.exec(eml)?.[0];
      if (eml.includes(`To: ${to}`) && link) return link.replace(/^https?:\/\/[^/]+/, app.baseUrl);
    }
    if (Date.now() > deadline) assert.fail(`no reset link was mailed to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('Lokomotiv in a browser', () => {
  test('a user who forgot the password gets a link by e-mail and chooses a new one', async (t) => {
    const email = `glemsk-${RUN}@bergen.test`;
    const { me } = await sessions.gql(LEADER, '{ me { organization { id } } }');
    await sessions.gql(LEADER, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: {
        email,
        name: 'Glemsk Bruker',
        role: 'MEMBER',
        password: 'midlertidig-passord',
        organizationId: me.organization.id,
      },
    });
    const page = await openPage(t);
    await page.goto(`${app.baseUrl}/logg-inn`);
    await page.getByRole('link', { name: 'Glemt passord?' }).click();
    await checkPage(page, '12-glemt-passord');
    await page.getByLabel('E-post').fill(email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await page.getByRole('status').filter({ hasText: 'har vi sendt en lenke' }).waitFor();

    await page.goto(await resetLinkMailedTo(email));
    await checkPage(page, '13-nytt-passord');
    await page.getByLabel('Nytt passord').fill('mitt-eget-nye-passord');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await page.waitForURL(`${app.baseUrl}/`);
    await page.getByText('Glemsk Bruker').waitFor();

    await page.goto(await resetLinkMailedTo(email));
    await page.getByLabel('Nytt passord').fill('enda-et-nytt-passord');
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await page
      .getByRole('link', { name: /Lenken for nytt passord virker ikke lenger/ })
      .or(page.getByText(/Lenken for nytt passord virker ikke lenger/).first())
      .first()
      .waitFor();
    await page.getByRole('link', { name: 'Be om en ny lenke' }).waitFor();
  });

  test('the front page speaks Norwegian and shows the most reused solutions', async (t) => {
    const page = await openPage(t);
    await page.goto(app.baseUrl);
    await waitUntilReady(page); // a click before the app takes over is a full page load
    await checkPage(page, '01-forside');
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
    await page.getByRole('heading', { name: 'Mest gjenbrukte løsninger' }).waitFor();
    assert.ok((await page.locator('.card-grid > li').count()) > 0);
    await page.getByRole('region', { name: 'Nyeste behov' }).getByRole('link', { name: OPEN_NEED }).waitFor();
    await page.getByRole('region', { name: 'Åpne anbud' }).getByRole('link', { name: TENDER }).waitFor();
  });

  test('a skip link leads past the header to the main content', async (t) => {
    const page = await openPage(t);
    await page.goto(app.baseUrl);
    await waitUntilReady(page); // a click before the app takes over is a full page load
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
    assert.ok(await skip.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
  });

  test('leder@bergen.test logs in with the keyboard alone', async (t) => {
    const page = await openPage(t);
    await logInWithKeyboard(page, LEADER);
    await page.getByText('Kari Nordmann').waitFor();
    await assertFocusOnHeading(page);
    await checkPage(page);
  });

  test('a search with a typo finds the solution, and filters are kept in the URL', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(app.baseUrl);
    await waitUntilReady(page); // a click before the app takes over is a full page load
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Søk' }).click();
    await assertFocusOnHeading(page);
    await checkPage(page, '02-sok');

    await tabTo(page, page.getByRole('searchbox'));
    await page.keyboard.type(TYPO);
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=byges%C3%B8knad/);
    await page
      .getByRole('status')
      .filter({ hasText: `treff for «${TYPO}»` })
      .waitFor();
    const first = page.getByTestId('results').getByRole('link').first();
    assert.equal(await first.textContent(), ADOPTABLE);
    await checkPage(page, '02b-sok-skrivefeil');

    await tabTo(page, page.getByRole('checkbox', { name: /^Løsning/ }));
    await page.keyboard.press('Space');
    await page.waitForURL(/type=SOLUTION/);
    await page
      .getByRole('checkbox', { name: /^Løsning/ })
      .and(page.locator(':checked'))
      .waitFor();
    await page.getByTestId('results').getByRole('link', { name: ADOPTABLE }).waitFor();
    await checkPage(page);

    await page.reload();
    await page
      .getByRole('checkbox', { name: /^Løsning/ })
      .and(page.locator(':checked'))
      .waitFor();
    assert.equal(await page.getByRole('searchbox').inputValue(), TYPO);
  });

  test('nothing found gives a clear empty state with suggestions', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/sok?q=xyzzyqwerty`);
    await page.getByRole('heading', { name: 'Ingen treff for «xyzzyqwerty»' }).waitFor();
    await page.getByText('Sjekk at ordene er riktig stavet.').waitFor();
    await checkPage(page, '02c-sok-ingen-treff');
    await page.getByRole('button', { name: 'robot' }).click();
    await page.waitForURL(/q=robot/);
    await page.getByTestId('results').waitFor();
  });

  test('adopting a solution with the keyboard raises its in-use headline at once', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/sok?q=${encodeURIComponent(TYPO)}`);
    // Until the app has taken over the server-rendered page, a click is a full page load, not a
    // client-side navigation that moves focus.
    await waitUntilReady(page);
    await page.getByRole('link', { name: ADOPTABLE }).click();
    await page.getByRole('heading', { level: 1, name: ADOPTABLE }).waitFor();
    await assertFocusOnHeading(page);
    await checkPage(page, '03-losning');
    const headline = page.getByTestId('in-use-count');
    const inUse = async () => Number((await headline.textContent()).match(/I bruk hos (\d+)/)?.[1] ?? 0);
    const before = await inUse();

    await tabTo(page, page.getByLabel('Hvor langt har dere kommet?'));
    await page.keyboard.press('ArrowDown'); // Prøver ut
    await page.keyboard.press('ArrowDown'); // I bruk
    const adoptButton = page.getByRole('button', { name: 'Ta i bruk' });
    await tabTo(page, adoptButton, 5);
    const pressed = await adoptButton.elementHandle();
    await page.keyboard.press('Enter');

    await page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="in-use-count"]')?.textContent?.includes(`hos ${expected} `),
      before + 1,
      { timeout: 2000 },
    );
    await page.getByText('Dere er registrert med status: I bruk.').waitFor();
    await page.getByRole('table').getByText('Bergen kommune').waitFor();
    await page.getByRole('button', { name: 'Trekk tilbake' }).waitFor();
    await page.locator('.adopt [aria-busy="true"]').waitFor({ state: 'detached' });
    // The pressed button stayed (now "Lagre status") and kept the focus through the busy state.
    assert.ok(
      await pressed.evaluate((el) => el.isConnected && el === document.activeElement),
      'focus stays on the pressed adopt button',
    );
    assert.equal(await pressed.textContent(), 'Lagre status');
    await checkPage(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: ADOPTABLE }).waitFor();
    assert.equal(await inUse(), before + 1, 'the adoption was saved');
  });

  test('the reuse section separates the stages, and a proposal, its confirmation and a story round-trip', async (t) => {
    const { createSolution } = await sessions.gql(
      LEADER,
      'mutation ($input: SolutionInput!) { createSolution(input: $input) { id } }',
      {
        input: {
          title: REUSED_TITLE,
          summary: 'Innbyggere leser av vannmåleren på nett.',
          description: 'Avlesningen går rett til fakturering.',
          serviceArea: 'teknikk-vann-og-miljo',
        },
      },
    );
    const id = createSolution.id;
    await sessions.gql(LEADER, 'mutation ($id: ID!) { publishSolution(id: $id) { id } }', { id });
    const { me } = await sessions.gql(OSLO, '{ me { organization { id } } }');
    await sessions.gql(
      LEADER,
      'mutation ($id: ID!, $org: ID!) { proposeAdopter(solutionId: $id, organizationId: $org) { id } }',
      { id, org: me.organization.id },
    );
    await sessions.gql(
      STARTUP,
      'mutation ($id: ID!) { adoptSolution(solutionId: $id, stage: EVALUATING) { id } }',
      {
        id,
      },
    );

    const page = await openPage(t, OSLO);
    await page.goto(`${app.baseUrl}/losninger/${id}`);
    await page.getByRole('heading', { level: 1, name: REUSED_TITLE }).waitFor();
    const headline = page.getByTestId('in-use-count');
    assert.equal(await headline.textContent(), 'Ikke i bruk hos noen ennå', 'a proposal does not count');
    assert.equal(await page.getByTestId('evaluating-count').textContent(), 'vurderes av 1');
    await page.getByRole('table').getByText('venter på bekreftelse').waitFor();
    await checkPage(page, '09-gjenbruk');

    await page.getByTestId('confirm-adoption').getByRole('button', { name: 'Bekreft' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="in-use-count"]')?.textContent === 'I bruk hos 1 kommune',
      null,
      { timeout: 5000 },
    );
    await page
      .getByRole('table')
      .getByText(/^bekreftet /)
      .first()
      .waitFor();

    const story = page.getByRole('region', { name: 'Del erfaringene deres' });
    await story.getByLabel('Timer spart i året').fill('1200');
    await story.getByLabel('Kroner spart i året').fill('850000');
    await story.getByLabel('Hva måtte dere endre?').fill('Koblet mot vårt fakturasystem.');
    await story.getByLabel('Vurdering (1–5)').selectOption('4');
    await story.getByRole('button', { name: 'Lagre erfaringene' }).click();
    await story.getByText('Erfaringene er lagret.').waitFor();
    await checkPage(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: REUSED_TITLE }).waitFor();
    assert.equal(await headline.textContent(), 'I bruk hos 1 kommune');
    await checkPage(page);
  });

  test('publishing a new solution, then finding it', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(app.baseUrl);
    await waitUntilReady(page); // a click before the app takes over is a full page load
    // The server renders the page for a visitor; it is the user's own once the app has asked who they are.
    await waitUntilReady(page);
    await page.getByRole('link', { name: 'Del en løsning' }).first().click();
    await assertFocusOnHeading(page);
    await checkPage(page, '04-del-losning');

    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByRole('link', { name: 'Fyll ut tittelen.' }).waitFor();
    await checkPage(page, '05-skjemafeil');

    await page.getByLabel('Tittel').fill(NEW_TITLE);
    await page.getByLabel('Kort oppsummering').fill('Innbyggere bestiller og flytter vaksinetimer selv.');
    await page
      .getByLabel('Beskrivelse')
      .fill('## Slik virker det\n\nInnbyggeren logger inn med ID-porten og velger tid.');
    await page.getByLabel('Tjenesteområde').selectOption('helse-og-omsorg');
    await page.getByLabel('Lisens', { exact: true }).fill('MIT-ish');
    await page.getByLabel('Navn på kontaktperson').fill('Kari Nordmann');
    await page.getByLabel('E-post til kontaktperson').fill('ikke-en-adresse');
    await page.getByRole('button', { name: 'Publiser' }).click();
    // The api names both bad fields in one answer, and the form shows both at once.
    const licenseError =
      'Lisensen må være et SPDX-lisensuttrykk, for eksempel MIT eller EUPL-1.2, eller LicenseRef-Proprietary.';
    await page.getByRole('link', { name: licenseError }).waitFor();
    await page
      .getByRole('link', { name: 'Kontaktpersonens e-postadresse må være en gyldig e-postadresse.' })
      .waitFor();
    for (const label of ['Lisens', 'E-post til kontaktperson'])
      assert.equal(await page.getByLabel(label, { exact: true }).getAttribute('aria-invalid'), 'true', label);
    await checkPage(page);

    await page.getByLabel('Lisens', { exact: true }).fill('EUPL-1.2');
    await page.getByLabel('E-post til kontaktperson').fill('vaksine@bergen.kommune.no');
    await page.getByLabel('Kildekode').fill('https://github.com/bergen-kommune/vaksine');
    await page.getByRole('button', { name: 'Publiser' }).click();
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    await page.getByText('Fra Bergen kommune · Helse og omsorg').waitFor();
    await checkPage(page);

    await findBySearch(page, NEW_TITLE.split(' ').at(-1), NEW_TITLE);
    await checkPage(page);
  });

  test('publishing a robot on its RPA platform, then seeing what it is on its page and in search', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/losninger/ny`);
    await page.getByLabel('Tittel').fill(ROBOT_TITLE);
    await page
      .getByLabel('Kort oppsummering')
      .fill('Roboten registrerer søknader om parkeringskort i sak/arkiv.');
    await page
      .getByLabel('Beskrivelse')
      .fill('Roboten leser søknadene fra Altinn og arkiverer dem i Elements.');
    await page.getByLabel('Tjenesteområde').selectOption('samferdsel-og-mobilitet');
    await page.getByLabel('Type løsning').selectOption('ROBOT');
    const platform = page.getByLabel('RPA-plattform');
    await platform.locator('option', { hasText: 'Blue Prism' }).waitFor({ state: 'attached' });
    await platform.selectOption('blue-prism');
    await page.getByLabel('Prosessen roboten automatiserer').fill('Arkivering av søknader om parkeringskort');
    await page.getByLabel('Modenhet').selectOption('PILOT');
    await page.getByLabel('Lisens', { exact: true }).fill('MIT');
    await page.getByLabel('Hvem har laget løsningen').selectOption('IN_HOUSE');
    await page.getByLabel('Driftsform').selectOption('ON_PREMISES');
    await page.getByLabel('Navn på kontaktperson').fill('Ola Robotsen');
    await page.getByLabel('E-post til kontaktperson').fill('rpa@bergen.kommune.no');
    await page.getByLabel('Driftskostnad per år (kroner)').fill('120 000');
    await checkPage(page);
    await page.getByRole('button', { name: 'Publiser' }).click();

    await page.getByRole('heading', { level: 1, name: ROBOT_TITLE }).waitFor();
    const facts = page.getByRole('complementary');
    for (const text of [
      'Robot (RPA)',
      'Blue Prism',
      'Arkivering av søknader om parkeringskort',
      'Pilot',
      'MIT',
      'Åpen kildekode',
      'Ola Robotsen',
      'Egen drift (on premises)',
    ])
      await facts.getByText(text, { exact: false }).first().waitFor();
    await checkPage(page, '04b-robot');

    await findBySearch(page, ROBOT_TITLE.split(' ').at(-1), ROBOT_TITLE);
    await page.goto(
      `${app.baseUrl}/sok?q=${encodeURIComponent(ROBOT_TITLE.split(' ').at(-1))}&losningstype=ROBOT&apen-kildekode=1`,
    );
    await page.getByTestId('results').getByRole('link', { name: ROBOT_TITLE }).waitFor();
    await page.getByRole('checkbox', { name: /Bare åpen kildekode/ }).waitFor();
    await checkPage(page);
  });

  test('saving a search with the keyboard, then finding it on the saved-searches page', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/sok?q=robot&type=SOLUTION&omrade=helse-og-omsorg`);
    await page.getByRole('status').filter({ hasText: 'treff for «robot»' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Lagre søket' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'save-search-name');
    await page.keyboard.type(SEARCH_NAME);
    await checkPage(page, '17-lagre-sok');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`Søket «${SEARCH_NAME}» er lagret.`).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Lagre søket');
    await checkPage(page);

    await page.getByRole('link', { name: 'Se lagrede søk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lagrede søk' }).waitFor();
    await assertFocusOnHeading(page);
    const saved = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: SEARCH_NAME }) });
    await saved.getByText('Helse og omsorg').waitFor();
    await saved.getByText('«robot»').waitFor();
    const feedUrl = await saved.getByLabel('Adresse til nyhetsstrømmen (Atom)').inputValue();
    assert.match(feedUrl, /\/feeds\/saved-searches\/[A-Za-z0-9_-]{43}\.atom$/);
    const feed = await page.request.get(`${app.baseUrl}${new URL(feedUrl).pathname}`);
    assert.equal(feed.status(), 200, 'the feed is readable without logging in');
    await checkPage(page, '18-lagrede-sok');
    // The header's link leads here too.
    await page.getByRole('link', { name: 'Lagrede søk', exact: true }).waitFor();

    await saved.getByRole('link', { name: /^Vis treffene/ }).click();
    await page.waitForURL(/\/sok\?q=robot&type=SOLUTION&omrade=helse-og-omsorg$/);
    await page
      .getByRole('checkbox', { name: /^Løsning/ })
      .and(page.locator(':checked'))
      .waitFor();
  });

  test('following a solution is announced as pressed and kept after a reload', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/sok?q=${encodeURIComponent(TYPO)}`);
    await page.getByTestId('results').getByRole('link', { name: ADOPTABLE }).first().click();
    await page.getByRole('heading', { level: 1, name: ADOPTABLE }).waitFor();
    const notFollowing = page.getByRole('button', { name: 'Følg løsningen' });
    assert.equal(await notFollowing.getAttribute('aria-pressed'), 'false');

    await tabTo(page, notFollowing);
    await page.keyboard.press('Enter');
    const following = page.getByRole('button', { name: 'Følg løsningen', pressed: true });
    await following.waitFor();
    assert.equal(await following.getAttribute('aria-pressed'), 'true');
    assert.ok(await following.evaluate((el) => el === document.activeElement), 'focus stays on the toggle');
    await checkPage(page, '19-folger-losning');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: ADOPTABLE }).waitFor();
    await following.waitFor();
    assert.equal(await following.getAttribute('aria-pressed'), 'true', 'the follow was saved');
  });

  test('deleting a saved search asks first and moves focus sensibly', async (t) => {
    await sessions.gql(LEADER, 'mutation ($input: SavedSearchInput!) { saveSearch(input: $input) { id } }', {
      input: { name: DOOMED_SEARCH_NAME, query: 'byggesak' },
    });
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/lagrede-sok`);
    const heading = page.getByRole('heading', { level: 2, name: DOOMED_SEARCH_NAME });
    await heading.waitFor();
    await page.getByRole('button', { name: `Slett ${DOOMED_SEARCH_NAME}` }).click();
    await page.getByText(`Vil du slette «${DOOMED_SEARCH_NAME}»?`, { exact: false }).waitFor();
    await checkPage(page);
    await page.getByRole('button', { name: 'Ja, slett' }).click();
    await page.getByRole('status').getByText(`«${DOOMED_SEARCH_NAME}» er slettet.`).waitFor();
    await heading.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.tagName.match(/^H[12]$/));
    await checkPage(page);
  });

  test('my organisation lists our solutions, our adoptions and our members', async (t) => {
    const solution = {
      title: OUR_TITLE,
      summary: 'Innbyggere søker om parkeringstillatelse på nett.',
      description: 'Søknaden behandles automatisk når vilkårene er oppfylt.',
      serviceArea: 'samferdsel-og-mobilitet',
    };
    const { createSolution } = await sessions.gql(
      LEADER,
      'mutation ($input: SolutionInput!) { createSolution(input: $input) { id } }',
      { input: solution },
    );
    await sessions.gql(LEADER, 'mutation ($id: ID!) { publishSolution(id: $id) { id } }', {
      id: createSolution.id,
    });
    await sessions.gql(
      LEADER,
      'mutation ($id: ID!) { adoptSolution(solutionId: $id, stage: PILOTING) { stage } }',
      { id: await solutionId(LEADER, ADOPTABLE) },
    );

    const page = await openPage(t, LEADER);
    await page.goto(app.baseUrl);
    await waitUntilReady(page); // a click before the app takes over is a full page load
    await page.getByRole('link', { name: 'Min organisasjon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bergen kommune' }).waitFor();
    await page.getByRole('link', { name: OUR_TITLE, exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Løsninger vi har tatt i bruk' })
      .getByRole('link', { name: ADOPTABLE })
      .waitFor();
    await page.getByRole('cell', { name: 'leder@bergen.test' }).waitFor();
    await checkPage(page, '06-min-organisasjon');
  });

  test('the language switch turns the app English and is remembered', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/min-organisasjon`);
    await page.getByRole('heading', { name: 'Våre løsninger' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Our solutions' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.reload();
    await page.getByRole('heading', { name: 'Our solutions' }).waitFor();
    await checkPage(page, '07-english');
    await page.getByRole('button', { name: 'Norsk' }).click();
    await page.getByRole('heading', { name: 'Våre løsninger' }).waitFor();
    await logOut(page);
  });

  test('a startup signs itself up', async (t) => {
    const page = await openPage(t);
    await page.goto(`${app.baseUrl}/registrer`);
    await checkPage(page, '08-registrer');
    await page.getByLabel('Bedriftens navn').fill('Testkode AS');
    await page.getByLabel('Organisasjonsnummer').fill('123');
    await page.getByLabel('Ditt navn').fill('Test Testesen');
    await page.getByLabel('Din e-post').fill(`test-${Date.now()}@testkode.test`);
    await page.getByLabel('Velg passord').fill('et-langt-passord');
    await page.getByRole('button', { name: 'Registrer' }).click();
    await page
      .getByRole('link', { name: 'Organisasjonsnummeret må være ni sifre med riktig kontrollsiffer.' })
      .waitFor();
    await checkPage(page);
  });

  test('a platform admin creates an organisation and its first admin', async (t) => {
    const page = await openPage(t, ADMIN);
    await page.goto(app.baseUrl);
    await waitUntilReady(page); // a click before the app takes over is a full page load
    await page.getByRole('link', { name: 'Administrasjon', exact: true }).click();
    await checkPage(page, '09-admin');
    await page.getByLabel('Navn', { exact: true }).first().fill('Digitaliseringsdirektoratet test');
    await page.getByLabel('Type organisasjon').selectOption('STATE_AGENCY');
    await page.getByLabel('Organisasjonsnummer', { exact: true }).fill('991825827');
    await page.getByRole('button', { name: 'Opprett organisasjon' }).click();
    await page.getByText('Digitaliseringsdirektoratet test er opprettet.').waitFor();

    const userForm = page.getByRole('region', { name: 'Ny bruker' });
    await userForm.getByLabel('Navn', { exact: true }).fill('Ada Admin');
    await userForm.getByLabel('E-post').fill(`ada-${Date.now()}@digdir.test`);
    await userForm.getByLabel('Midlertidig passord').fill('midlertidig-passord');
    await userForm.getByRole('button', { name: 'Opprett bruker' }).click();
    await userForm.getByText(/Brukeren ada-.* er opprettet\./).waitFor();
    await checkPage(page);
    await logOut(page);
  });

  test('needs and tenders are listed, with deadlines and CPV codes in Norwegian', async (t) => {
    const page = await openPage(t);
    await page.goto(app.baseUrl);
    await waitUntilReady(page); // a click before the app takes over is a full page load
    await page.getByRole('link', { name: 'Behov', exact: true }).click();
    await assertFocusOnHeading(page);
    await page.getByRole('link', { name: OPEN_NEED }).waitFor();
    await checkPage(page, '10-behov');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Anbud' }).click();
    await page.getByRole('link', { name: TENDER }).waitFor();
    await checkPage(page, '11-anbud');
    await page.getByRole('link', { name: TENDER }).click();
    await page.getByRole('heading', { level: 1, name: TENDER }).waitFor();
    assert.match(
      await page.getByTestId('deadline').textContent(),
      /Frist \d+\. \w+ \d{4} kl\. \d{2}\.\d{2} – \d+ dager igjen/,
    );
    await page.getByText('72000000-5 Datatjenester', { exact: false }).waitFor();
    await checkPage(page, '12-anbud-side');
  });

  test('the startup answers a need, and the owner shortlists the answer', async (t) => {
    const page = await openPage(t, STARTUP);
    await page.goto(`${app.baseUrl}/behov`);
    await page.getByRole('link', { name: OPEN_NEED }).click();
    await page.getByRole('heading', { level: 1, name: OPEN_NEED }).waitFor();
    await page.getByRole('heading', { name: 'Svar fra leverandører (0)' }).waitFor();
    await checkPage(page);

    await page.getByRole('button', { name: 'Send svar' }).click();
    await page.getByRole('link', { name: 'Fyll ut svaret ditt.' }).waitFor();
    await page.getByLabel('Ditt svar').fill(PITCH);
    await page.getByRole('button', { name: 'Send svar' }).click();
    await page.getByText('Svaret er sendt. Kommunen får beskjed.').waitFor();
    await page.getByRole('heading', { name: 'Svar fra leverandører (1)' }).waitFor();
    await checkPage(page, '13-behov-svar');

    await page.getByRole('link', { name: 'Min organisasjon' }).click();
    await page
      .getByRole('region', { name: 'Våre svar på behov' })
      .getByRole('link', { name: OPEN_NEED })
      .waitFor();
    await checkPage(page, '14-min-organisasjon-leverandor');
    await logOut(page);

    const owner = await openPage(t, LEADER);
    await owner.goto(app.baseUrl);
    await owner.getByRole('link', { name: /^Varsler \(\d+ (nye|nytt)\)$/ }).click();
    await owner.getByRole('heading', { level: 1, name: 'Varsler' }).waitFor();
    await owner.getByRole('link', { name: `Nytt svar på behovet: ${OPEN_NEED}` }).waitFor();
    await checkPage(owner, '16-varsler');
    await owner.getByRole('link', { name: `Nytt svar på behovet: ${OPEN_NEED}` }).click();
    await owner.getByText(PITCH).waitFor();
    await owner.getByRole('button', { name: 'Sett på kortlisten Fjordkode AS' }).click();
    await owner.getByText('På kortlisten', { exact: true }).waitFor();
    await checkPage(owner);

    const participants = owner.getByRole('region', { name: 'Hvem har behovet' });
    await participants.getByRole('button', { name: /^Godta som partner Trondheim/ }).click();
    await participants.getByRole('button', { name: /^Fjern som partner Trondheim/ }).waitFor();
    await participants.getByText(/^Trondheim.* \(partner\)$/).waitFor();
    await checkPage(owner, '17-behov-partner');
  });

  test('a municipality that joins a need is told the answers are confidential, and does not see them', async (t) => {
    const page = await openPage(t, 'innkjop@oslo.test');
    await page.goto(`${app.baseUrl}/behov`);
    await page.getByRole('link', { name: OPEN_NEED }).click();
    await page.getByRole('heading', { level: 1, name: OPEN_NEED }).waitFor();
    await page.getByRole('button', { name: 'Vi har samme behov' }).click();
    await page.getByRole('button', { name: 'Vi har ikke lenger behovet' }).waitFor();
    await page.getByText(/^Svarene fra leverandørene er fortrolige\. At dere har samme behov/).waitFor();
    assert.equal(await page.getByText(PITCH).count(), 0);
    await checkPage(page, '18-behov-deltaker');
    await page.getByRole('button', { name: 'Vi har ikke lenger behovet' }).click();
    await page.getByRole('button', { name: 'Vi har samme behov' }).waitFor();
  });

  test('posting a need shows matching solutions while typing', async (t) => {
    const page = await openPage(t, LEADER);
    await page.goto(`${app.baseUrl}/behov/nytt`);
    await checkPage(page, '15-nytt-behov');
    await page
      .getByLabel('Kort tittel på behovet')
      .fill('Automatisk fordeling av pleie- og omsorgsmeldinger');
    await page
      .getByRole('region', { name: 'Løsninger som kanskje dekker behovet' })
      .getByRole('link', { name: /Saksbehandlingsrobot/ })
      .waitFor();
    await checkPage(page);

    // Published, the owner may move it only where the api's Need.nextStatuses says.
    await page.getByLabel('Beskrivelse').fill('Meldingene fra helseplattformen skal fordeles automatisk.');
    await page.getByLabel('Tjenesteområde').selectOption('helse-og-omsorg');
    await page.getByRole('button', { name: 'Publiser behovet' }).click();
    await page.getByRole('heading', { level: 1, name: /Automatisk fordeling/ }).waitFor();
    const statusChoices = async () =>
      (await page.getByLabel('Ny status').locator('option').allTextContents()).slice(1);
    assert.deepEqual(await statusChoices(), ['I anskaffelse']);
    await page.getByLabel('Ny status').selectOption('IN_PROCUREMENT');
    await page.getByRole('button', { name: 'Endre status' }).click();
    await page.getByLabel('Ny status').locator('option', { hasText: 'Løst' }).waitFor({ state: 'attached' });
    assert.deepEqual(await statusChoices(), ['Løst', 'Lukket']);
    await checkPage(page);
    await logOut(page);
  });
});
