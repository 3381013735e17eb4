// The frame of one browser test file: the built app on a port of its own, one Chromium, and the
// demo users' logins, started before the file's tests and stopped after them.
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startApp } from './server.mjs';
import { Sessions } from './sessions.mjs';

export const DEMO_PASSWORD = 'lokomotiv-demo';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * `label` names the file's database. The returned suite's `app`, `browser` and `sessions` are set
 * once its `before` ran; `openPage(t, email?, viewport?)` gives a page in a browser context of test
 * `t` alone, logged in as `email` (anonymous without), closed when the test ends.
 */
export function browserSuite(label, { env } = {}) {
  const suite = {
    app: undefined,
    browser: undefined,
    sessions: undefined,
    url: (path) => `${suite.app.baseUrl}${path}`,
    async openPage(t, email, viewport) {
      const context = await suite.sessions.newContext(email);
      t.after(() => context.close());
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on('pageerror', (error) => console.error('page error:', error.message, error.stack, page.url()));
      return page;
    },
  };
  before(async () => {
    suite.app = await startApp({ label, env });
    suite.browser = await launchBrowser();
    suite.sessions = new Sessions(suite.browser, suite.app.baseUrl, DEMO_PASSWORD);
  });
  after(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  });
  return suite;
}
