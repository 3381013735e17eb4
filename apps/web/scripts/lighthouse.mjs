// Lighthouse 12 (mobile with its default throttling, and desktop) on the front page, a search and a
// solution page of the BUILT app with the demo data, in Debian's Chromium. Prints each page's
// performance and accessibility scores with FCP, LCP, CLS and TBT; `--record` appends the table to
// docs/benchmarks.md. Needs a PostgreSQL server (DATABASE_URL, default the local one).
import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM } from '../e2e/support/browser.mjs';
import { startApp } from '../e2e/support/server.mjs';

const BENCHMARKS = resolve(fileURLToPath(import.meta.url), '../../../../docs/benchmarks.md');
const TARGET = { performance: 90, accessibility: 100 };
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

/** The most reused demo solution's page, found through the api. */
async function solutionPath(baseUrl) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ solutions(sort: MOST_REUSED, limit: 1) { items { id } } }' }),
  });
  const { data } = await response.json();
  return `/losninger/${data.solutions.items[0].id}`;
}

async function audit(url, port, formFactor) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] };
  const { lhr } = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  // An audit Lighthouse could not compute (e.g. no LCP when the trace was cut short) reads as n/a.
  const value = (id) => lhr.audits[id]?.numericValue;
  const ms = (id) => (value(id) === undefined ? 'n/a' : Math.round(value(id)));
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    cls: value('cumulative-layout-shift')?.toFixed(3) ?? 'n/a',
    tbt: ms('total-blocking-time'),
  };
}

function table(rows) {
  return [
    '| page | form factor | performance | accessibility | FCP ms | LCP ms | CLS | TBT ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.formFactor} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.cls} | ${r.tbt} |`,
    ),
  ].join('\n');
}

async function main() {
  const load = () => loadavg()[0].toFixed(1);
  const loadBefore = load();
  const app = await startApp({ label: 'web_lighthouse' });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const rows = [];
  try {
    const pages = { front: '/', search: '/sok?q=byggesak', solution: await solutionPath(app.baseUrl) };
    for (const formFactor of ['mobile', 'desktop']) {
      for (const [page, path] of Object.entries(pages)) {
        await audit(`${app.baseUrl}${path}`, chrome.port, formFactor); // warm the api and caches once
        rows.push({ page, formFactor, ...(await audit(`${app.baseUrl}${path}`, chrome.port, formFactor)) });
        console.log(JSON.stringify(rows.at(-1)));
      }
    }
  } finally {
    chrome.kill();
    await app.stop();
  }
  const result = table(rows);
  console.log(
    `\n${result}\n\nTarget: performance ≥ ${TARGET.performance} on mobile, accessibility ${TARGET.accessibility}.`,
  );
  if (process.argv.includes('--record')) {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    await appendFile(
      BENCHMARKS,
      `\n### ${when} UTC: Lighthouse 12 (\`pnpm --filter @lokomotiv/web lighthouse --record\`, commit ${commit})\n\n` +
        `Load average ${loadBefore} at the start and ${load()} at the end, on ${process.env.LIGHTHOUSE_MACHINE ?? 'this machine'}.\n\n${result}\n`,
    );
    console.log(`Recorded in ${BENCHMARKS}`);
  }
}

await main();
