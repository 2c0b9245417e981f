#!/usr/bin/env node
// Benchmarks, reported as figures (never as pass/fail): each widget measured in headless Chromium
// on the production CDN build, many samples in one run, medians with the 10th–90th percentile
// spread, and ratios to a 16 ms animation frame. Writes docs/benchmarks.md. Run: npm run bench.
import { cpus } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { launch, page, root, serve } from './lib/browser.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const FRAME_MS = 16;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const describe = (values) => ({ median: quantile(values, 0.5), p10: quantile(values, 0.1), p90: quantile(values, 0.9) });

const server = await serve({ '/__bench/list.html': page('<main></main>') });
const browser = await launch();
const results = [];
try {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/__bench/list.html`, { waitUntil: 'networkidle0' });

  // The explorer: from insertion to all 64 compact cards rendered (data already cached).
  const render = await tab.evaluate(async (samples) => {
    const settle = async (list) => {
      await list.updateComplete;
      const cards = [...list.shadowRoot.querySelectorAll('hki-measure-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      return cards.length;
    };
    const warm = document.createElement('hki-measure-list');
    warm.setAttribute('url-state', 'off');
    document.querySelector('main').append(warm);
    await customElements.whenDefined('hki-measure-list');
    while (!warm.shadowRoot?.querySelector('hki-measure-card')) await new Promise((r) => setTimeout(r, 20));
    await settle(warm);
    warm.remove();
    const times = [];
    let count = 0;
    for (let i = 0; i < samples; i++) {
      const list = document.createElement('hki-measure-list');
      list.setAttribute('url-state', 'off');
      const start = performance.now();
      document.querySelector('main').append(list);
      while (!list.shadowRoot?.querySelector('hki-measure-card')) await new Promise((r) => setTimeout(r, 0));
      count = await settle(list);
      times.push(performance.now() - start);
      list.remove();
    }
    return { times, count };
  }, SAMPLES);
  results.push({ name: `Explorer: render all ${render.count} measures (insertion to every card drawn)`, ...describe(render.times) });

  // A keystroke of search: set the query, filter, re-render the list and its cards.
  const keystroke = await tab.evaluate(async (samples) => {
    const list = document.createElement('hki-measure-list');
    list.setAttribute('url-state', 'off');
    document.querySelector('main').append(list);
    while (!list.shadowRoot?.querySelector('hki-measure-card')) await new Promise((r) => setTimeout(r, 20));
    const input = list.shadowRoot.querySelector('#q');
    const queries = ['s', 'se', 'ser', 'serv', 'servi', 'servic', 'service', 'services', 'ohjaamo', 'o', '', 'tyo', 'a'];
    const times = [];
    for (let i = 0; i < samples; i++) {
      input.value = queries[i % queries.length];
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await list.updateComplete;
      await Promise.all([...list.shadowRoot.querySelectorAll('hki-measure-card')].map((c) => c.updateComplete));
      times.push(performance.now() - start);
    }
    return times;
  }, SAMPLES * 2);
  results.push({ name: 'Explorer: one keystroke of search (filter and re-render)', ...describe(keystroke) });
} finally {
  await browser.close();
  server.close();
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium headless`;
const rows = results
  .map((r) => `| ${r.name} | ${r.median.toFixed(1)} ms | ${r.p10.toFixed(1)}–${r.p90.toFixed(1)} ms | ${(r.median / FRAME_MS).toFixed(2)} |`)
  .join('\n');
for (const r of results) console.log(`${r.name}: median ${r.median.toFixed(1)} ms (p10–p90 ${r.p10.toFixed(1)}–${r.p90.toFixed(1)}), ${(r.median / FRAME_MS).toFixed(2)} frames`);
await writeFile(
  `${root}docs/benchmarks.md`,
  `# Benchmarks\n\nMeasured by \`npm run bench\` (\`scripts/bench.mjs\`) in one run on ${machine}, on the production CDN build, ${SAMPLES} samples per figure (${SAMPLES * 2} for keystrokes). Figures, not tests: they are never asserted. "Frames" is the median divided by one 16 ms animation frame (below 1 fits in a frame).\n\n| what | median | spread (p10–p90) | frames |\n| --- | --- | --- | --- |\n${rows}\n`,
);
