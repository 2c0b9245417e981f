#!/usr/bin/env node
// Benchmarks, reported as figures (never as pass/fail): each widget measured in headless Chromium
// on the production CDN build, many samples in one run, medians with the 10th–90th percentile
// spread, and ratios to a 16 ms animation frame. Writes docs/benchmarks.md. Run: npm run bench.
import { cpus } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launch, page, root, serve } from './lib/browser.mjs';
import { benchPages } from './bench/pages.mjs';
import { benchLongTasks, longTaskPages, syntheticSeries } from './bench/long-tasks.mjs';
import { benchFinderLocal } from './bench/finder-local.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
/** Page loads are slow to sample (a fresh browser context, then three more visits, for each kind of page). */
const PAGE_SAMPLES = Number(process.env.BENCH_PAGE_SAMPLES ?? Math.max(5, Math.round(SAMPLES / 2)));
const FRAME_MS = 16;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const describe = (values) => ({ median: quantile(values, 0.5), p10: quantile(values, 0.1), p90: quantile(values, 0.9) });

const server = await serve({
  ...(await longTaskPages()),
  '/__bench/list.html': page('<main></main>'),
  '/__bench/term.html': page('<hki-term concept="immigrant"></hki-term>'),
  '/__bench/series-100.json': { type: 'application/json', body: syntheticSeries(100) },
});
const browser = await launch();
const results = [];
const sizes = [];
/** Page loads (scripts/bench/pages.mjs) and the longest main-thread tasks (long-tasks, finder-local). */
const pageFigures = [];
const tasks = [];
/** Figures the paragraph on the city's registers (under the table) quotes. */
const cityNotes = {};
try {
  // The chart's own chunks: what a chart page loads beyond a page with another widget.
  const filesOf = async (url, ready) => {
    const t = await browser.newPage();
    await t.goto(url, { waitUntil: 'networkidle0' });
    if (ready) await t.waitForFunction(ready, { timeout: 20_000 });
    const files = await t.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/packages/embed/dist/')),
    );
    await t.close();
    return new Set(files);
  };
  const termFiles = await filesOf(`${server.origin}/__bench/term.html`, () =>
    document.querySelector('hki-term')?.shadowRoot?.querySelector('button'),
  );
  const chartTab = await browser.newPage();
  await chartTab.goto(`${server.origin}/__bench/list.html`, { waitUntil: 'networkidle0' });
  await chartTab.evaluate(async () => {
    const chart = document.createElement('hki-indicator-chart');
    chart.setAttribute('jsonstat', '/__bench/series-100.json');
    const ready = new Promise((resolve) => chart.addEventListener('hki-chart-ready', resolve, { once: true }));
    document.querySelector('main').append(chart);
    await ready;
  });
  const chartOnly = (await chartTab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))).filter(
    (p) => p.startsWith('/packages/embed/dist/') && !termFiles.has(p),
  );
  let chartBytes = 0;
  for (const file of new Set(chartOnly)) chartBytes += gzipSync(await readFile(`${root}${file.slice(1)}`), { level: 9 }).length;
  sizes.push({ name: 'Chart chunks: chart.js, the element and the JSON-stat reader (beyond what every widget shares)', bytes: chartBytes });

  await chartTab.close();

  // The finder against the local mock of the Service Map (test/mocks/servicemap.mjs, served by
  // scripts/lib/browser.mjs under /__mock/): units of the register's real size and shape.
  // Server search (search="server") over 10,000 units: from one keystroke (the whole query typed at
  // once) to its results shown, i.e. the finder's list rendered for that query (the count says how
  // many were found, no longer "Searching…", and the first result is of the kind asked for). Each
  // query is different, so the page-wide cache never answers; the mock's own time to answer (its
  // Server-Timing header) is read from the request's PerformanceResourceTiming.
  const SERVER_UNITS = 10_000;
  const DEBOUNCE_MS = 250; // SEARCH_DEBOUNCE_MS in packages/services/src/service-finder/server-search.ts
  const serverTab = await browser.newPage();
  await serverTab.goto(`${server.origin}/__bench/list.html`, { waitUntil: 'networkidle0' });
  const serverSearch = await serverTab.evaluate(
    async (units, samples) => {
      // Words of the mock's synthetic unit names: a kind of unit and a place, as a resident narrows
      // down (the place in full, in either order, or its first letters).
      const kinds = ['swimming', 'library', 'youth', 'health', 'day', 'playground', 'sports', 'residents', 'museum', 'clinic'];
      const places = ['esimerkkilä', 'testimäki', 'mallikylä', 'kuvitelmaranta', 'keksintölahti', 'harjoitusniemi', 'kokeilula'];
      const queries = [
        ...places.flatMap((p) => kinds.map((k) => ({ q: `${k} ${p}`, kind: k }))),
        ...places.flatMap((p) => kinds.map((k) => ({ q: `${p} ${k}`, kind: k }))),
        ...places.flatMap((p) => kinds.map((k) => ({ q: `${k} ${p.slice(0, 5)}`, kind: k }))),
      ];
      if (queries.length < samples + 1) throw new Error(`only ${queries.length} different queries for ${samples + 1} samples`);
      const finder = document.createElement('hki-service-finder');
      finder.setAttribute('url-state', 'off');
      finder.setAttribute('search', 'server');
      finder.setAttribute('src', `/__mock/servicemap/units-${units}/v2/`);
      document.querySelector('main').append(finder);
      await customElements.whenDefined('hki-service-finder');
      await finder.updateComplete;
      const root = finder.shadowRoot;
      const input = root.querySelector('#q');
      const type = ({ q, kind }) =>
        new Promise((resolve, reject) => {
          performance.clearResourceTimings();
          let searching = false;
          let start = 0;
          const shown = () => {
            const count = root.querySelector('[part="count"]')?.textContent ?? '';
            // First the count says "Searching…" (the previous results stay, marked busy) …
            if (!searching) return ((searching = count.includes('Searching')), false);
            // … then the results of this query.
            const list = root.querySelector('ol[part="results"]');
            if (!list || list.getAttribute('aria-busy') === 'true' || !/\bfound\b/.test(count)) return false;
            const name = list.querySelector('[part="service-name"]')?.textContent?.toLowerCase() ?? '';
            return name.split(/\s+/).some((w) => w.startsWith(kind));
          };
          const timeout = setTimeout(() => {
            observer.disconnect();
            reject(
              new Error(
                `server search for "${q}": no results shown after 10 s (count: ${root.querySelector('[part="count"]')?.textContent?.trim()})`,
              ),
            );
          }, 10_000);
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            const total = performance.now() - start;
            observer.disconnect();
            clearTimeout(timeout);
            const request = performance
              .getEntriesByType('resource')
              .find((e) => e.name.includes('/search/?') && new URL(e.name).searchParams.get('q') === q);
            const mock = request?.serverTiming.find((t) => t.name === 'mock')?.duration;
            if (!request || mock === undefined) reject(new Error(`server search for "${q}": no request with a mock Server-Timing`));
            else
              resolve({
                total,
                mock,
                sent: request.startTime - start,
                request: request.responseEnd - request.startTime,
                bytes: request.encodedBodySize,
              });
          });
          observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
          input.value = q;
          start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      // The first query warms the mock (it makes its 10,000 units once) and the finder's code.
      await type(queries[0]);
      const figures = [];
      for (let i = 1; i <= samples; i++) figures.push(await type(queries[i]));
      finder.remove();
      return figures;
    },
    SERVER_UNITS,
    SAMPLES * 2,
  );
  await serverTab.close();
  const unitsLabel = SERVER_UNITS.toLocaleString('en');
  results.push({
    name: `Finder, server search over the mock's ${unitsLabel} units: keystroke to results shown (total)`,
    ...describe(serverSearch.map((s) => s.total)),
  });
  results.push({
    name: `Finder, server search over ${unitsLabel} units: the same, less the ${DEBOUNCE_MS} ms pause in typing`,
    ...describe(serverSearch.map((s) => s.total - DEBOUNCE_MS)),
  });
  results.push({
    name: `Finder, server search over ${unitsLabel} units: the same, less the pause and the mock's own time`,
    ...describe(serverSearch.map((s) => s.total - DEBOUNCE_MS - s.mock)),
  });
  cityNotes.server = {
    mock: describe(serverSearch.map((s) => s.mock)),
    sent: describe(serverSearch.map((s) => s.sent)),
    request: describe(serverSearch.map((s) => s.request)),
    bytes: describe(serverSearch.map((s) => s.bytes)),
    samples: serverSearch.length,
  };

  // Local search over a Service Map list of 2,000 units of real size (src with format="servicemap",
  // read 500 a page): the load, from insertion to the list shown; the index build (hki-search-ready);
  // then keystrokes of search and render. Each load on a fresh page (the page-wide cache would
  // answer a second finder), the element's code defined first; the first load warms the mock.
  const LOCAL_UNITS = 2_000;
  const localLabel = LOCAL_UNITS.toLocaleString('en');
  const localSrc = `/__mock/servicemap/units-${LOCAL_UNITS}/v2/unit/`;
  const localTab = await browser.newPage();
  const loads = [];
  const loadsLessMock = [];
  const localMocks = [];
  const indexes = [];
  let localKeys = [];
  let localHeap = 0;
  const loadSamples = Math.max(5, Math.round(SAMPLES / 3));
  for (let i = 0; i <= loadSamples; i++) {
    const last = i === loadSamples;
    await localTab.goto(`${server.origin}/__bench/list.html`, { waitUntil: 'networkidle0' });
    await localTab.evaluate(async () => {
      const probe = document.createElement('hki-service-finder');
      probe.setAttribute('url-state', 'off');
      probe.setAttribute('search', 'server');
      probe.setAttribute('src', '/__mock/servicemap/units-1/v2/');
      document.querySelector('main').append(probe);
      await customElements.whenDefined('hki-service-finder');
      await probe.updateComplete;
      probe.remove();
    });
    const client = last ? await localTab.createCDPSession() : undefined;
    if (client) await client.send('HeapProfiler.collectGarbage');
    const before = last ? (await localTab.metrics()).JSHeapUsedSize : 0;
    const figures = await localTab.evaluate(
      async (src, keystrokes) => {
        performance.clearResourceTimings();
        const finder = document.createElement('hki-service-finder');
        finder.setAttribute('url-state', 'off');
        finder.setAttribute('format', 'servicemap');
        finder.setAttribute('src', src);
        const ready = new Promise((resolve) => finder.addEventListener('hki-search-ready', (e) => resolve(e.detail), { once: true }));
        const start = performance.now();
        document.querySelector('main').append(finder);
        const load = await new Promise((resolve, reject) => {
          const check = () => {
            if (!finder.shadowRoot.querySelector('ol[part="results"] [part="service-name"]')) return;
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now() - start);
          };
          const observer = new MutationObserver(check);
          const timeout = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`${src}: no list shown after 30 s`));
          }, 30_000);
          observer.observe(finder.shadowRoot, { subtree: true, childList: true });
          check();
        });
        const index = await ready;
        const pages = performance.getEntriesByType('resource').filter((e) => e.name.includes('/v2/unit/'));
        const mock = pages.reduce((sum, e) => sum + (e.serverTiming.find((t) => t.name === 'mock')?.duration ?? NaN), 0);
        const bytes = pages.reduce((sum, e) => sum + e.encodedBodySize, 0);
        const keys = [];
        if (keystrokes) {
          const input = finder.shadowRoot.querySelector('#q');
          const type = async (q) => {
            input.value = q;
            const begin = performance.now();
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await finder.updateComplete;
            return performance.now() - begin;
          };
          await type('library');
          // Words of the mock's units, in the three languages, as typed letter by letter or whole.
          const queries = [
            'u',
            'ui',
            'uim',
            'uima',
            'uimahalli',
            'uimahalli t',
            'uimahalli test',
            'kirjasto',
            'bibliotek',
            'library mallikylä',
            'youth',
            'nuorisotalo',
            'health station',
            'päiväkoti kokeilula',
            'lekpark',
            'induction loop',
            'accessible entrance',
            'esteetön',
            'parking',
            'neuvola',
          ];
          for (let i = 0; i < keystrokes; i++) keys.push(await type(queries[i % queries.length]));
        }
        window.__finder = finder;
        return { load, index, mock, bytes, pages: pages.length, keys };
      },
      localSrc,
      last ? SAMPLES * 2 : 0,
    );
    if (client) {
      await client.send('HeapProfiler.collectGarbage');
      localHeap = (await localTab.metrics()).JSHeapUsedSize - before;
      await client.detach();
    }
    if (figures.index.services !== LOCAL_UNITS)
      throw new Error(`the finder read ${figures.index.services} of the mock's ${LOCAL_UNITS} units`);
    if (i === 0) continue;
    loads.push(figures.load);
    loadsLessMock.push(figures.load - figures.mock);
    localMocks.push(figures.mock);
    cityNotes.local = { pages: figures.pages, bytes: figures.bytes, loads: loadSamples };
    indexes.push(figures.index.ms);
    if (last) localKeys = figures.keys;
  }
  await localTab.close();
  cityNotes.local.mock = describe(localMocks);
  results.push({
    name: `Finder, a Service Map list of ${localLabel} units of real size (4 pages of 500, local mock): insertion to the list shown`,
    ...describe(loads),
  });
  results.push({ name: `Finder, the same ${localLabel}-unit list: the same, less the mock's own time`, ...describe(loadsLessMock) });
  results.push({
    name: `Finder, the same ${localLabel}-unit list: build the search index (in the background, in slices of about 12 ms)`,
    ...describe(indexes),
  });
  results.push({ name: `Finder, the same ${localLabel}-unit list: one keystroke of local search and render`, ...describe(localKeys) });
  sizes.push({
    name: `Finder with a Service Map list of ${localLabel} units of real size: JavaScript heap held (data, index, page of cards)`,
    bytes: localHeap,
    unit: 'MB',
  });

  // The explorer and the chart: no long task; the finder's local search: every keystroke in a frame.
  const longTasks = await benchLongTasks({ browser, origin: server.origin, samples: SAMPLES });
  for (const r of longTasks.results) results.push({ name: r.name, ...describe(r.times) });
  tasks.push(...longTasks.longTasks);
  const local = await benchFinderLocal({ browser, origin: server.origin, samples: SAMPLES });
  for (const r of local.results) results.push({ name: r.name, ...describe(r.times) });
  sizes.push(...local.sizes);
  tasks.push(...(local.longTasks ?? []));

  // Page loads against static HTML of the same content: time to the content shown, cold and warm,
  // layout shift, bytes (scripts/bench/pages.mjs).
  pageFigures.push(...(await benchPages({ browser, samples: PAGE_SAMPLES })));
} finally {
  await browser.close();
  server.close();
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium headless`;
const rows = results
  .map(
    (r) => `| ${r.name} | ${r.median.toFixed(1)} ms | ${r.p10.toFixed(1)}–${r.p90.toFixed(1)} ms | ${(r.median / FRAME_MS).toFixed(2)} |`,
  )
  .join('\n');
const ms = (v) => `${v.toFixed(1)} ms`;
const { server: sv, local: lc } = cityNotes;
const cityParagraph =
  `**The finder against the city's registers.** Both run against the local mock of the Service Map (\`test/mocks/servicemap.mjs\`, synthetic units of the register's real size and shape) on 127.0.0.1, so they leave out the real API's own time and the network's round trip. ` +
  `*Server search* (\`search="server"\`) over the mock's 10,000 units: ${sv.samples} samples, each a different two-word query (a kind of unit and a place) typed at once, so the page-wide cache never answers; ` +
  `the time runs from the input event to the finder's list showing that query's results (the count no longer "Searching…", the first result of the kind asked for), in the DOM. ` +
  `The total includes the finder's 250 ms pause in typing (the request left ${ms(sv.sent.median)} after the keystroke, median), which the second row subtracts; ` +
  `the third also subtracts the mock's own time to search its units and write its answer (its \`Server-Timing\` header: median ${ms(sv.mock.median)}, p10–p90 ${sv.mock.p10.toFixed(1)}–${sv.mock.p90.toFixed(1)} ms), ` +
  `leaving the finder's part and localhost's: sending the request, receiving the answer (${(sv.bytes.median / 1000).toFixed(0)} kB for 20 results with their connections; request to response end ${ms(sv.request.median)}, median), reading it as services and rendering the cards. ` +
  `*Local search* over a Service Map list of 2,000 units (\`src\` with \`format="servicemap"\`): ${lc.loads} loads, each on a fresh page with the finder's code already loaded, reading ${lc.pages} pages (${(lc.bytes / 1e6).toFixed(1)} MB of JSON); ` +
  `"less the mock's own time" subtracts the mock's time to build its ${lc.pages} answers (median ${ms(lc.mock.median)} in all); the index build is \`hki-search-ready\`'s \`detail.ms\` (built in the background once the list is shown; until it is ready a query searches the names only); ` +
  `the keystrokes (${SAMPLES * 2}) are words of the mock's units in Finnish, Swedish and English, letter by letter or whole, timed to the finder's update.\n\n`;
const pct = (v) => v.toFixed(2);
const pageRows = pageFigures
  .map((f) => {
    const m = (cache, kind) => describe(f[cache][kind]).median;
    const ratio = (cache, kind) => pct(m(cache, kind) / m(cache, 'static'));
    const cls = (kind) => Math.max(...f.cls[kind]).toFixed(3);
    const kb = (kind) => (f.bytes[kind] / 1000).toFixed(1);
    return (
      `| ${f.name} | ${m('cold', 'static').toFixed(0)} / ${m('warm', 'static').toFixed(0)} ms | ` +
      `${ratio('cold', 'widget')} / ${ratio('warm', 'widget')} | ${ratio('cold', 'content')} / ${ratio('warm', 'content')} | ` +
      `${cls('widget')} / ${cls('content')} | ${kb('widget')} / ${kb('content')} / ${kb('static')} kB |`
    );
  })
  .join('\n');
for (const row of pageRows.split('\n')) console.log(row);
// (Chromium reports no task under 50 ms: none reported means every task was shorter.)
const longest = (t) => (t.longestMs ? `${t.longestMs.toFixed(1)} ms` : 'under 50 ms');
const taskRows = tasks.map((t) => `| ${t.name} | ${longest(t)} | ${t.countOver50} |`).join('\n');
for (const t of tasks) console.log(`${t.name}: longest task ${longest(t)}, ${t.countOver50} over 50 ms`);
const formatBytes = (s) => (s.unit === 'MB' ? `${(s.bytes / 1e6).toFixed(1)} MB` : `${(s.bytes / 1000).toFixed(1)} kB gzip`);
const sizeRows = sizes.map((s) => `| ${s.name} | ${formatBytes(s)} |`).join('\n');
for (const s of sizes) console.log(`${s.name}: ${formatBytes(s)}`);
for (const r of results)
  console.log(
    `${r.name}: median ${r.median.toFixed(1)} ms (p10–p90 ${r.p10.toFixed(1)}–${r.p90.toFixed(1)}), ${(r.median / FRAME_MS).toFixed(2)} frames`,
  );
await writeFile(
  `${root}docs/benchmarks.md`,
  `# Benchmarks\n\n` +
    `Measured by \`npm run bench\` (\`scripts/bench.mjs\`) in one run on ${machine}, on the production CDN build, ${SAMPLES} samples per figure (${SAMPLES * 2} for keystrokes). ` +
    `Figures, not tests: they are never asserted. ` +
    `"Frames" is the median divided by one 16 ms animation frame (below 1 fits in a frame).\n\n` +
    `| what | median | spread (p10–p90) | frames |\n| --- | --- | --- | --- |\n${rows}\n\n` +
    cityParagraph +
    `## No long task\n\n` +
    `The longest main-thread task while each ran (a PerformanceObserver of \`longtask\` entries in the page: Chromium reports every task over 50 ms), and how many tasks were over 50 ms.\n\n` +
    `| what | longest task | tasks over 50 ms |\n| --- | --- | --- |\n${taskRows}\n\n` +
    `## Time to content against static HTML\n\n` +
    `Each widget's page (a heading, the widget, text below it) three ways: the **two lines** an editor pastes (script and element); the two lines **with the content included** as the embed configurator writes it (a declarative shadow root, see [plain-html.md](guides/plain-html.md)); and **static HTML** of the same content (the widget's rendered DOM and styles serialized into the page, a canvas as a picture: what a hand-made page needs to show the same, without the language switching, filtering, live data and accessibility behaviour the widget adds). ` +
    `*Shown* is the time of the first animation frame that has the content: static HTML or the included copy once parsed, the widget once it has rendered its data (a chart once drawn). ` +
    `*Cold* is a first visit in a fresh browser context (nothing cached, no compiled code); *warm* a returning visitor's: the fourth visit, the files served as a CDN serves them (\`Cache-Control: max-age\`) and read from the browser's cache, their compiled code cached too. ` +
    `${PAGE_SAMPLES} samples of each kind, alternating, viewport 1280 × 800, on 127.0.0.1 (no network time: on a phone network every request the widget makes costs more, the reason it starts its data with its code). ` +
    `Ratios are medians, widget ÷ static. Layout shift is the cumulative layout shift score until 300 ms after the widget settled, the largest of all visits (target 0.00, at most 0.01). Bytes are everything each page downloads, gzip -9.\n\n` +
    `| widget | static HTML, cold / warm | two lines ÷ static, cold / warm | with content ÷ static, cold / warm | layout shift, two lines / with content | bytes: two lines / with content / static |\n| --- | --- | --- | --- | --- | --- |\n${pageRows}\n\n` +
    `## Bytes and memory\n\n` +
    `| what | size |\n| --- | --- |\n${sizeRows}\n\n` +
    `The sizes of whole pages, against their budgets, are in [size.md](size.md).\n`,
);
