// Runs the end-to-end suite with Node's test runner (the app and browser are started by the suite).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from './support/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
for (const [path, hint] of [
  [resolve(here, '../../api/dist/main.js'), 'build the api first (pnpm build)'],
  [resolve(here, '../dist/index.html'), 'build the web app first (pnpm build)'],
  [CHROMIUM, 'install Chromium with scripts/install-chromium.sh'],
]) {
  if (!existsSync(path)) {
    console.error(`Missing ${path}: ${hint}`);
    process.exit(1);
  }
}
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', resolve(here, 'app.e2e.test.mjs')],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
