// Search follows use, in Debian's headless Chromium against the BUILT app: the order lives in the
// URL (back and forward keep it), "Tilbake til søket" returns to the same search with its filters,
// cards say "I bruk hos N" with the noun that fits the adopters, and a draft's owner publishes it
// from its page; axe at 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const LEADER = 'leder@bergen.test';
const OSLO = 'innkjop@oslo.test';
const STARTUP = 'post@startup.test';
const RUN = Date.now().toString(36);
const VIEWPORTS = [
  ['1280', DESKTOP],
  ['390', PHONE],
];

const suite = browserSuite('web_e2e_search_sort');

const sortSelect = (page) => page.getByRole('combobox', { name: 'Sorter etter' });
const searchParams = (page) => new URL(page.url()).searchParams;

/** Creates a solution as Bergen's leader; published unless `draft`. */
async function createSolution(title, { draft = false } = {}) {
  const { createSolution } = await suite.sessions.gql(
    LEADER,
    'mutation ($input: SolutionInput!) { createSolution(input: $input) { id } }',
    {
      input: {
        title,
        summary: 'Innbyggere melder fra om hull i veien med bilde og posisjon.',
        description: 'Meldingene går rett til driftsavdelingen, som svarer når hullet er tettet.',
        serviceArea: 'samferdsel-og-mobilitet',
      },
    },
  );
  if (!draft)
    await suite.sessions.gql(LEADER, 'mutation ($id: ID!) { publishSolution(id: $id) { id } }', {
      id: createSolution.id,
    });
  return createSolution.id;
}

const adoptInUse = (email, id) =>
  suite.sessions.gql(email, 'mutation ($id: ID!) { adoptSolution(solutionId: $id, stage: IN_USE) { id } }', {
    id,
  });

/** The card of `title` in a search for it, once the index has it (the indexer drains the outbox). */
async function cardOf(page, title, figure) {
  const url = suite.url(`/sok?q=${encodeURIComponent(title)}&type=SOLUTION`);
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.goto(url);
    await checkPage(page);
    const card = page.locator('.result-card', { has: page.getByRole('link', { name: title }) });
    if ((await card.count()) === 1) {
      const shown = await card
        .getByTestId('in-use-figure')
        .textContent()
        .catch(() => null);
      if (figure === undefined || shown === figure) return card;
    }
    await page.waitForTimeout(250);
  }
  assert.fail(`no card of ${title}${figure ? ` saying ${figure}` : ''}`);
}

describe('search follows use', () => {
  for (const [name, viewport] of VIEWPORTS) {
    test(`the order is kept in the URL, and back and forward keep it (${name} px)`, async (t) => {
      const page = await suite.openPage(t, undefined, viewport);
      await page.goto(suite.url('/sok?q=digital&type=SOLUTION'));
      await checkPage(page);
      assert.equal(await sortSelect(page).inputValue(), 'RELEVANCE', 'relevance with a query');

      await sortSelect(page).selectOption('NEWEST');
      await page.waitForURL(/sortering=nyeste/);
      await page.getByRole('status').filter({ hasText: 'Sortert med de nyeste først.' }).waitFor();
      assert.equal(searchParams(page).get('type'), 'SOLUTION', 'the filters stay');
      await checkPage(page, `search-sort-newest-${name}`);

      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('sortering'));
      await page.getByRole('status').filter({ hasText: 'Sortert etter relevans.' }).waitFor();
      assert.equal(await sortSelect(page).inputValue(), 'RELEVANCE');
      await page.goForward();
      await page.waitForURL(/sortering=nyeste/);
      await page.getByRole('status').filter({ hasText: 'Sortert med de nyeste først.' }).waitFor();
      assert.equal(await sortSelect(page).inputValue(), 'NEWEST');

      await page.goto(suite.url('/sok'));
      await checkPage(page);
      assert.equal(await sortSelect(page).inputValue(), 'MOST_IN_USE', 'most in use without a query');
    });
  }

  test('Tilbake til søket returns to the same search, its filters and its order', async (t) => {
    const page = await suite.openPage(t, undefined, PHONE);
    const search = '/sok?q=bygges%C3%B8knad&type=SOLUTION&omrade=plan-bygg-og-eiendom&sortering=mest-i-bruk';
    await page.goto(suite.url(search));
    await checkPage(page);
    await page.getByRole('link', { name: 'Digital veileder for byggesøknad' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Digital veileder for byggesøknad' }).waitFor();
    await checkPage(page);
    await page.getByRole('link', { name: 'Tilbake til søket' }).click();
    await page.waitForURL(suite.url(search));
    await checkPage(page);
    assert.equal(await sortSelect(page).inputValue(), 'MOST_IN_USE');
  });

  test('cards say nothing until one uses it, then kommune, then organisasjoner when a company joins', async (t) => {
    const title = `Hullmelder for veier ${RUN}`;
    const id = await createSolution(title);
    const page = await suite.openPage(t, undefined, DESKTOP);
    const unused = await cardOf(page, title);
    assert.equal(await unused.getByTestId('in-use-figure').count(), 0, 'no "I bruk hos 0"');
    assert.equal(await unused.getByText(/Gjenbrukt av 0/).count(), 0);

    await adoptInUse(OSLO, id);
    await cardOf(page, title, 'I bruk hos 1 kommune');
    await checkPage(page, 'search-card-municipality-1280');

    await adoptInUse(STARTUP, id);
    await cardOf(page, title, 'I bruk hos 2 organisasjoner');
    await page.setViewportSize(PHONE);
    await checkPage(page, 'search-card-organisations-390');
  });

  for (const [name, viewport] of VIEWPORTS) {
    test(`a draft's owner publishes it from its page, and nobody is asked to be first (${name} px)`, async (t) => {
      const title = `Utkast til hullmelder ${name} ${RUN}`;
      const id = await createSolution(title, { draft: true });
      const page = await suite.openPage(t, LEADER, viewport);
      await page.goto(suite.url(`/losninger/${id}`));
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await checkPage(page, `draft-publish-${name}`);
      assert.equal(await page.getByText(/Bli den første/).count(), 0);
      const hyphens = await page
        .locator('.facts dd')
        .first()
        .evaluate((dd) => getComputedStyle(dd).hyphens);
      assert.equal(hyphens, 'auto', 'the facts hyphenate long words');

      await page.getByRole('button', { name: 'Publiser' }).click();
      const notice = page.getByText('Løsningen er publisert. Nå kan andre finne den og ta den i bruk.');
      await notice.waitFor();
      assert.ok(
        await notice.evaluate((el) => el.closest('[tabindex="-1"]') === document.activeElement),
        'the focus is on the message',
      );
      assert.equal(await page.getByRole('button', { name: 'Publiser' }).count(), 0);
      await page.getByText('Ingen har tatt løsningen i bruk ennå.').waitFor();
      assert.equal(await page.getByText(/Bli den første/).count(), 0, 'not to its owner either');
      await checkPage(page);
    });
  }
});
