// Public pages come from the server rendered, with their data: readable with JavaScript off, and with
// it on the app takes the HTML over (hydrates) without asking for the page's data again, without a
// hydration mismatch, and stays interactive; a logged-in user is corrected to their own view after.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, formatViolations } from './support/axe.mjs';
import { waitUntilReady } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

// The machine running the suite is shared: a generous budget, so a slow render is not a flaky test.
const suite = browserSuite('web_e2e_server_render', { env: { SERVER_RENDER_TIMEOUT_MS: '5000' } });
const LEADER = 'leder@bergen.test';
const HOSTILE = 'Robot </script><script>alert(1)</script> <img src=x onerror=alert(2)>';

/** A page in a browser context with JavaScript switched off, as a crawler or a slow phone sees it first. */
async function openWithoutScripts(t, viewport) {
  const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport, locale: 'nb-NO' });
  t.after(() => context.close());
  return context.newPage();
}

/** Console errors and uncaught page errors, and the GraphQL operations the page sends. */
function watch(page) {
  const errors = [];
  const operations = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`a dialog opened: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) operations.push(request.postDataJSON()?.operationName);
  });
  return { errors, operations };
}

async function firstSolutionPath() {
  const response = await fetch(suite.url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ solutions(sort: MOST_REUSED, limit: 1, offset: 0) { items { id title } } }',
    }),
  });
  const [solution] = (await response.json()).data.solutions.items;
  return { path: `/losninger/${solution.id}`, title: solution.title };
}

async function assertAxeClean(page) {
  const violations = await axeViolations(page);
  assert.equal(
    violations.length,
    0,
    `axe found violations on ${page.url()}:\n${formatViolations(violations)}`,
  );
}

describe('server-rendered pages', () => {
  for (const [name, viewport] of [
    ['1280', DESKTOP],
    ['390', PHONE],
  ]) {
    test(`the front page and a solution page show their content with JavaScript off (${name} px)`, async (t) => {
      const { path, title } = await firstSolutionPath();
      const page = await openWithoutScripts(t, viewport);
      await page.goto(suite.url('/'));
      await page
        .getByRole('heading', { level: 1, name: 'Finn løsninger andre kommuner allerede har laget' })
        .waitFor();
      await page.getByRole('heading', { level: 2, name: 'Mest gjenbrukte løsninger' }).waitFor();
      await page.getByRole('link', { name: title }).first().waitFor();
      // The header folds by CSS alone until the app knows the window's width.
      assert.equal(await page.getByRole('button', { name: 'Meny', exact: true }).isVisible(), name === '390');
      assert.equal(
        await page.getByRole('link', { name: 'Behov', exact: true }).first().isVisible(),
        name === '1280',
      );

      await page.goto(suite.url(path));
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Om løsningen' }).waitFor();
      assert.ok(await page.locator('main .markdown').textContent(), 'the description is rendered');
    });

    test(`a solution page hydrates without a mismatch or refetching its data, and stays interactive (${name} px)`, async (t) => {
      const { path, title } = await firstSolutionPath();
      const page = await suite.openPage(t, undefined, viewport);
      const { errors, operations } = watch(page);
      await page.goto(suite.url(path));
      await waitUntilReady(page);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.deepEqual(
        operations.filter((operation) => ['Solution', 'Me', 'ServiceAreas'].includes(operation)),
        [],
        'the page used the data inlined by the server',
      );
      await assertAxeClean(page);
      if (name === '390') {
        await page.getByRole('button', { name: 'Meny', exact: true }).click();
      }
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Søk' }).click();
      await page.getByRole('heading', { level: 1, name: 'Søk i løsninger, behov og anbud' }).waitFor();
      await page.getByRole('searchbox').first().fill('byggesak');
      await page.keyboard.press('Enter');
      await page.waitForURL(/q=byggesak/);
      await waitUntilReady(page);
      assert.ok(operations.length > 0, 'the search asked the api');
      assert.deepEqual(errors, [], 'no console errors (React reports a hydration mismatch there)');
    });
  }

  test('the front page hydrates without errors, and a logged-in user then sees their own header', async (t) => {
    const page = await suite.openPage(t, LEADER);
    const { errors } = watch(page);
    await page.goto(suite.url('/'));
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await waitUntilReady(page);
    assert.equal(await page.getByRole('link', { name: 'Logg inn' }).count(), 0);
    await assertAxeClean(page);
    assert.deepEqual(errors, []);
  });

  test('a solution titled with markup shows it as text, with JavaScript off and on', async (t) => {
    const { createSolution } = await suite.sessions.gql(
      LEADER,
      'mutation ($input: SolutionInput!) { createSolution(input: $input) { id } }',
      {
        input: {
          title: HOSTILE,
          summary: 'Et sammendrag med </script> i seg.',
          description: 'Beskrivelse <script>alert(3)</script>',
          serviceArea: 'helse-og-omsorg',
        },
      },
    );
    const { id } = createSolution;
    await suite.sessions.gql(LEADER, 'mutation ($id: ID!) { publishSolution(id: $id) { id } }', { id });
    const html = await (
      await fetch(suite.url(`/losninger/${id}`), { headers: { accept: 'text/html' } })
    ).text();
    assert.equal(html.match(/<script>alert/g), null, 'no script element of the title reaches the page');

    const still = await openWithoutScripts(t, DESKTOP);
    await still.goto(suite.url(`/losninger/${id}`));
    assert.equal(await still.getByRole('heading', { level: 1 }).textContent(), HOSTILE);

    const page = await suite.openPage(t);
    const { errors } = watch(page);
    await page.goto(suite.url(`/losninger/${id}`));
    await waitUntilReady(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), HOSTILE);
    assert.deepEqual(errors, [], 'nothing ran, and the page hydrated');
  });

  test('the language cookie renders the page in English', async (t) => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    t.after(() => context.close());
    await context.addCookies([{ name: 'lokomotiv.language', value: 'en', url: suite.url('/') }]);
    const page = await context.newPage();
    await page.goto(suite.url('/'));
    await page.getByRole('link', { name: 'Log in' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });
});
