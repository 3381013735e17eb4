// The owner archives a solution after a confirmation that says how many organisations use it; an
// adopter is told, still opens the page, which says it is archived, and withdraws. Axe-checked at
// desktop and phone width in every state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPage } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const OSLO = 'innkjop@oslo.test';
const BERGEN = 'leder@bergen.test';
const TITLE = 'Samordnet opptak til barnehage';

const suite = browserSuite('web_e2e_archive');

async function solutionId() {
  const response = await fetch(suite.url('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query { solutions(limit: 50) { items { id title } } }' }),
  });
  const { data } = await response.json();
  return data.solutions.items.find((solution) => solution.title === TITLE).id;
}

/** Checks the page as it is now at both widths, ending at `last`. */
async function checkAtBothWidths(page, name, last = DESKTOP) {
  for (const viewport of last === DESKTOP ? [PHONE, DESKTOP] : [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await checkPage(page, `${name}-${viewport.width}`);
  }
}

test('the owner archives after confirming; the adopter is told, still sees the page and withdraws', async (t) => {
  const id = await solutionId();

  const owner = await suite.openPage(t, OSLO, DESKTOP);
  await owner.goto(suite.url(`/losninger/${id}/rediger`));
  const archive = owner.getByRole('button', { name: 'Arkiver løsningen' });
  await archive.click();
  const dialog = owner.getByRole('dialog', { name: `Arkivere «${TITLE}»?` });
  await dialog.getByText(/3 organisasjoner bruker løsningen\. De får beskjed/).waitFor();
  assert.ok(
    await dialog.getByRole('button', { name: 'Avbryt' }).evaluate((el) => el === document.activeElement),
  );
  await checkAtBothWidths(owner, 'arkiver-1-spor');

  // "Avbryt" (and Esc) archive nothing and give the focus back.
  await owner.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await owner.waitForFunction(() => document.activeElement?.textContent === 'Arkiver løsningen');

  await archive.click();
  await dialog.getByRole('button', { name: 'Ja, arkiver løsningen' }).click();
  await owner.getByText('Løsningen er arkivert.').waitFor();
  assert.equal(await owner.getByRole('button', { name: 'Arkiver løsningen' }).count(), 0);
  await checkAtBothWidths(owner, 'arkiver-2-arkivert');

  const adopter = await suite.openPage(t, BERGEN, PHONE);
  await adopter.goto(suite.url('/varsler'));
  await adopter
    .getByText(new RegExp(`^Oslo.* kommune har arkivert en løsning dere bruker eller følger: ${TITLE}$`))
    .first()
    .waitFor({ timeout: 15_000 });
  await checkAtBothWidths(adopter, 'arkiver-3-varsel', PHONE);

  await adopter.goto(suite.url(`/losninger/${id}`));
  await adopter.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await adopter.getByText('Arkivert', { exact: true }).first().waitFor();
  await adopter.getByText(/Dere kan fortsatt endre statusen deres/).waitFor();
  await checkAtBothWidths(adopter, 'arkiver-4-bruker', PHONE);

  await adopter.getByRole('button', { name: 'Trekk tilbake' }).click();
  const archivedNote = adopter.getByText('Løsningen er arkivert av eieren og kan ikke tas i bruk på nytt.');
  await archivedNote.waitFor();
  await adopter.waitForFunction(() => document.activeElement?.textContent?.includes('arkivert av eieren'));
  assert.equal(await adopter.getByRole('button', { name: 'Ta i bruk' }).count(), 0);
  await checkAtBothWidths(adopter, 'arkiver-5-trukket', PHONE);
});
