import { start, unavailableReason } from '@lokomotiv/meilisearch-test-server';

const URL_ENV = 'LOKOMOTIV_TEST_MEILI_URL';
const KEY_ENV = 'LOKOMOTIV_TEST_MEILI_KEY';
const SKIPPED_ENV = 'LOKOMOTIV_TEST_MEILI_SKIPPED';

/**
 * For the global setup: the Meilisearch in MEILI_URL when set from outside, else the test binary
 * started here. Only where that binary cannot run (another platform) are its suites skipped, with
 * the reason; on linux-x64 a binary that does not start fails the run.
 */
export async function setUpTestMeilisearch(): Promise<() => Promise<void>> {
  if (process.env.MEILI_URL) {
    process.env[URL_ENV] = process.env.MEILI_URL;
    process.env[KEY_ENV] = process.env.MEILI_MASTER_KEY ?? '';
    return async () => {};
  }
  const reason = unavailableReason();
  if (reason && !(process.platform === 'linux' && process.arch === 'x64')) {
    process.env[SKIPPED_ENV] = reason;
    return async () => {};
  }
  const server = await start();
  process.env[URL_ENV] = server.url;
  process.env[KEY_ENV] = server.key;
  return server.stop;
}

export interface TestMeilisearch {
  url: string;
  key: string;
}

/** The test run's Meilisearch, or undefined when its suites are skipped. */
export function testMeilisearch(): TestMeilisearch | undefined {
  const url = process.env[URL_ENV];
  return url ? { url, key: process.env[KEY_ENV] ?? '' } : undefined;
}

/**
 * A describe block that needs the test run's Meilisearch. Where there is none it is skipped, and
 * its title says why (the skipped-suites reporter prints it).
 */
export function describeMeilisearch(title: string, body: (meili: TestMeilisearch) => void): void {
  const meili = testMeilisearch();
  if (meili) {
    describe(title, () => body(meili));
    return;
  }
  const reason = process.env[SKIPPED_ENV] ?? 'no Meilisearch server (run the tests through jest)';
  describe.skip(`${title}, skipped: ${reason}`, () => body({ url: '', key: '' }));
}
