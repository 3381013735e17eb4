// Cumulative layout shift while public pages load their data, in Debian's headless Chromium
// against the BUILT app: under 0.1 (Web Vitals' "good") on the front page, a search and a solution
// page, at 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitUntilReady } from './support/pages.mjs';
import { browserSuite, DESKTOP, PHONE } from './support/suite.mjs';

const suite = browserSuite('web_e2e_layout');

/** Sums the layout shifts not caused by input from the first paint until the page is ready and settled. */
async function layoutShift(page, path) {
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(suite.url(path));
  await waitUntilReady(page);
  // Two frames after the last data, so any shift they cause has been reported.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return page.evaluate(() => window.__layoutShift);
}

describe('layout stability', () => {
  for (const [name, viewport] of [
    ['1280', DESKTOP],
    ['390', PHONE],
  ]) {
    test(`the front page, a search and a solution page shift less than 0.1 (${name} px)`, async (t) => {
      const finder = await suite.openPage(t, undefined, viewport);
      await finder.goto(suite.url('/sok?q=Saksbehandlingsrobot&type=SOLUTION'));
      const solution = await finder
        .getByRole('link', { name: /Saksbehandlingsrobot for fordeling/ })
        .first()
        .getAttribute('href');
      for (const path of ['/', '/sok?q=byggesak', solution]) {
        const page = await suite.openPage(t, undefined, viewport);
        const shift = await layoutShift(page, path);
        assert.ok(shift < 0.1, `${path} at ${name} px shifted by ${shift.toFixed(3)}`);
      }
    });
  }
});
