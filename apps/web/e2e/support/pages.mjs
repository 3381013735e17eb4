// Page helpers for the end-to-end suite: every visited page is checked with axe and photographed.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, formatViolations } from './axe.mjs';

export const SCREENSHOTS = resolve(fileURLToPath(import.meta.url), '../../screenshots');
await mkdir(SCREENSHOTS, { recursive: true });

/** Waits until the page has rendered its heading, marked itself ready and has nothing loading. */
export async function waitUntilReady(page) {
  await page.locator('main h1').first().waitFor();
  await page.locator('main[data-ready]').waitFor();
  await page
    .locator('main [aria-busy="true"], main svg.ds-spinner')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {});
}

/**
 * Waits for fades and transitions to end (a dialog fading in has, for a moment, colours that fail
 * contrast); endless ones, such as spinners, do not count.
 */
async function animationsSettled(page) {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
      null,
      { timeout: 5000 },
    )
    .catch(() => {});
}

/** Waits until the page is ready (waitUntilReady), then asserts axe finds nothing. */
export async function checkPage(page, screenshotName) {
  await waitUntilReady(page);
  await animationsSettled(page);
  const violations = await axeViolations(page);
  assert.equal(
    violations.length,
    0,
    `axe found violations on ${page.url()}:\n${formatViolations(violations)}`,
  );
  // WCAG 1.4.10 (reflow): nothing may force a sideways scroll at the window's width.
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return { scrollWidth, clientWidth };
  });
  assert.ok(
    scrollWidth <= clientWidth,
    `${page.url()} is ${scrollWidth} px wide in a ${clientWidth} px window`,
  );
  if (screenshotName)
    await page.screenshot({ path: resolve(SCREENSHOTS, `${screenshotName}.png`), fullPage: true });
}

/** Presses Tab until `locator` has focus (the keyboard alone must reach it) and checks focus is visible. */
export async function tabTo(page, locator, maxPresses = 60) {
  const target = await locator.elementHandle();
  assert.ok(target, 'the element to tab to does not exist');
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      await assertVisibleFocus(target);
      return;
    }
  }
  assert.fail(`Could not reach ${locator} with ${maxPresses} presses of Tab`);
}

async function assertVisibleFocus(element) {
  const indicator = await element.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
    };
  });
  assert.ok(indicator.outline || indicator.shadow, 'the focused element shows no focus indicator');
}

/** After a client-side navigation, focus must be on the new page's main heading. */
export async function assertFocusOnHeading(page) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });
}
