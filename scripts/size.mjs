#!/usr/bin/env node
// Sizes of what residents download: the gzip size of every file each typical page loads from the
// CDN build (measured by loading the page in Chromium), checked against budgets. Rewrites
// docs/size.md; exits 1 when a budget is exceeded. Run after `vite build` (npm test does).
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launch, page, root, serve } from './lib/browser.mjs';

/** Typical pages and their budgets in bytes (gzip). */
const PAGES = [
  { name: 'One measure card', body: '<hki-measure-card measure="4.12"></hki-measure-card>', ready: 'hki-measure-card', budget: 35_000 },
  { name: 'The programme explorer', body: '<hki-measure-list url-state="off"></hki-measure-list>', ready: 'hki-measure-list', budget: 60_000 },
  { name: 'The programme summary', body: '<hki-programme-summary></hki-programme-summary>', ready: 'hki-programme-summary', budget: 55_000 },
  { name: 'One indicator chart', body: '<hki-indicator-chart indicator="i-1.1-a"></hki-indicator-chart>', ready: 'hki-indicator-chart', budget: 95_000 },
  { name: 'The service finder', body: '<hki-service-finder url-state="off"></hki-service-finder>', ready: 'hki-service-finder', budget: 55_000 },
  { name: 'One service card', body: '<hki-service-card service="international-house-helsinki"></hki-service-card>', ready: 'hki-service-card', budget: 45_000 },
  { name: 'A sign', body: '<hki-sign sign="changing-rooms" size="a4"></hki-sign>', ready: 'hki-sign', budget: 35_000 },
  { name: 'One inline term', body: '<p><hki-term concept="immigrant"></hki-term></p>', ready: 'hki-term', budget: 50_000 },
  { name: 'Script only (no widget)', body: '<p>No widgets here.</p>', ready: null, budget: 2_000 },
];

const gz = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

const pages = Object.fromEntries(PAGES.map((p, i) => [`/__size/${i}.html`, page(p.body)]));
const server = await serve(pages);
const browser = await launch();
const rows = [];
let failed = false;
try {
  for (const [i, p] of PAGES.entries()) {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/__size/${i}.html`, { waitUntil: 'networkidle0' });
    if (p.ready) {
      await tab.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="base"], [part="term"]'), { timeout: 15_000 }, p.ready);
    }
    const files = await tab.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => path.startsWith('/packages/embed/dist/')),
    );
    files.unshift('/packages/embed/dist/hki-widgets.js');
    let total = 0;
    const parts = [];
    for (const file of new Set(files)) {
      const size = await gz(`${root}${file.slice(1)}`);
      total += size;
      parts.push(`${file.split('/').pop().replace(/-[\w-]{8}\.js$/, '.js')} ${(size / 1000).toFixed(1)}`);
    }
    const over = total > p.budget;
    failed ||= over;
    rows.push({ ...p, total, parts, over });
    console.log(`${over ? '✗' : '✓'} ${p.name}: ${(total / 1000).toFixed(1)} kB gzip of ${(p.budget / 1000).toFixed(0)} kB (${parts.join(', ')})`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

const table = rows
  .map((r) => `| ${r.name} | ${(r.total / 1000).toFixed(1)} kB | ${(r.budget / 1000).toFixed(0)} kB | ${(r.total / r.budget).toFixed(2)} | ${r.over ? 'over budget' : 'ok'} | ${r.parts.join(', ')} |`)
  .join('\n');
await writeFile(
  `${root}docs/size.md`,
  `# Sizes\n\nWhat a resident's browser downloads from the CDN build for typical pages: every file the page loads, gzip -9, measured by \`scripts/size.mjs\` loading each page in Chromium. \`npm test\` fails when a page exceeds its budget. This file is rewritten by the script.\n\n| page | gzip | budget | share of budget | | files (kB) |\n| --- | --- | --- | --- | --- | --- |\n${table}\n`,
);
process.exit(failed ? 1 : 0);
