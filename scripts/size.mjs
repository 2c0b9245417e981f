#!/usr/bin/env node
// Sizes of what residents download: the gzip size of every file each typical page loads from the
// CDN build (measured by loading the page in Chromium), checked against budgets. Rewrites
// docs/size.md; exits 1 when a budget is exceeded. Run after `vite build` (npm test does).
//   node scripts/size.mjs [tag…]   only the pages of these elements; docs/size.md is left as it is
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launch, page, root, serve } from './lib/browser.mjs';
import { readElements } from './lib/elements.mjs';

/** Typical pages and their budgets in bytes (gzip): each element's from elements.json, and the script alone. */
const ALL = [
  ...readElements().map((e) => ({ name: e.size.page, body: e.size.html, ready: e.tag, budget: e.size.budget })),
  // The script knows where each widget's data lives, to ask for it beside the code (1 kB of it).
  { name: 'Script only (no widget)', body: '<p>No widgets here.</p>', ready: null, budget: 3_500 },
];
const only = process.argv.slice(2);
const unknown = only.filter((tag) => !ALL.some((p) => p.ready === tag));
if (unknown.length) {
  console.error(`No size page for ${unknown.join(', ')} in elements.json`);
  process.exit(2);
}
const PAGES = only.length ? ALL.filter((p) => only.includes(p.ready)) : ALL;

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
      await tab.waitForFunction(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="base"], [part="term"]'),
        { timeout: 15_000 },
        p.ready,
      );
    }
    const files = await tab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => path.startsWith('/packages/embed/dist/')),
    );
    files.unshift('/packages/embed/dist/hki-widgets.js');
    let total = 0;
    const parts = [];
    for (const file of new Set(files)) {
      const size = await gz(`${root}${file.slice(1)}`);
      total += size;
      parts.push(
        `${file
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js')} ${(size / 1000).toFixed(1)}`,
      );
    }
    const over = total > p.budget;
    failed ||= over;
    rows.push({ ...p, total, parts, over });
    console.log(
      `${over ? '✗' : '✓'} ${p.name}: ${(total / 1000).toFixed(1)} kB gzip of ${(p.budget / 1000).toFixed(0)} kB (${parts.join(', ')})`,
    );
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (only.length) process.exit(failed ? 1 : 0);
const table = rows
  .map(
    (r) =>
      `| ${r.name} | ${(r.total / 1000).toFixed(1)} kB | ${(r.budget / 1000).toFixed(0)} kB | ${(r.total / r.budget).toFixed(2)} | ${r.over ? 'over budget' : 'ok'} | ${r.parts.join(', ')} |`,
  )
  .join('\n');
await writeFile(
  `${root}docs/size.md`,
  `# Sizes\n\n` +
    `What a resident's browser downloads from the CDN build for typical pages: every file the page loads, gzip -9, measured by \`scripts/size.mjs\` loading each page in Chromium. \`npm test\` fails when a page exceeds its budget. This file is rewritten by the script.\n\n` +
    `| page | gzip | budget | share of budget | | files (kB) |\n| --- | --- | --- | --- | --- | --- |\n${table}\n`,
);
process.exit(failed ? 1 : 0);
