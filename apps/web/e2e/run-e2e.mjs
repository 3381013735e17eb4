// Runs the end-to-end suite with Node's test runner (the app and browser are started by the suite).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
// Every *.e2e.test.mjs file, one after another; names given on the command line narrow the run.
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.e2e.test.mjs'))
  .filter((name) => wanted.length === 0 || wanted.some((part) => name.includes(part)))
  .map((name) => resolve(here, name));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
