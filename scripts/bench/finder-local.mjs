// The service finder's local search at the size of the whole city: 1,000 and 10,000
// services of realistic size and vocabulary, built in the page (never shipped). Measures the index
// build (total, and its longest main-thread task: typing must never wait more than 50 ms), each
// keystroke (input event to the list updated and laid out) and the heap the finder holds.
// Used by scripts/bench.mjs as benchFinderLocal({ browser, origin, samples }); runs alone too:
//   node scripts/bench/finder-local.mjs        (BENCH_SAMPLES=10 for a quick look)
//   FINDER_SIZES=1000,10000,100000             the list sizes (default 1,000 and 10,000)
//   FINDER_DIST=/tmp/some-build                another build of the CDN bundle, for before/after
//                                              (default: packages/embed/dist)
// Each keystroke and the data's arrival run in a task of their own, as a browser runs input events,
// so the long tasks counted are the finder's own (any task over 50 ms overlapping the window).
//
// Where the words come from: the bundled services (packages/data/dist/services.json: names,
// descriptions and plain-language texts in Finnish, Swedish and English) and the City of
// Helsinki's own register units recorded in packages/services/test/fixtures/recorded/ (TPR v4:
// names, descriptions, addresses and connection texts in three languages; their sources are in that
// folder's README). Words are drawn with a frequency skew (common words common, rare words rare),
// so each text reads like a register text of its real length, not like 20 words shared by all.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, page, root, serve } from '../lib/browser.mjs';
import { random } from '../../test/mocks/servicemap.mjs';

const WORD = /[\p{L}][\p{L}'’-]{2,}/gu;

/** Every word of the real texts, with how often it occurs. */
function vocabulary() {
  const texts = [];
  const collect = (value, key = '') => {
    if (typeof value === 'string') {
      if (!/^(id|url|www|email|phone|.*_id|.*url.*|created|modified|.*time.*)$/i.test(key)) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  const services = JSON.parse(readFileSync(`${root}packages/data/dist/services.json`, 'utf8')).services;
  for (const s of services) collect({ name: s.name, description: s.description, plain: s.plain });
  const recorded = `${root}packages/services/test/fixtures/recorded/`;
  for (const file of readdirSync(recorded).filter((f) => f.endsWith('.json'))) collect(JSON.parse(readFileSync(recorded + file, 'utf8')));
  const counts = new Map();
  for (const text of texts) for (const [word] of text.matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

/** n services in the bundled package's shape, their texts drawn from the real vocabulary. */
export function realisticServices(n, words = vocabulary()) {
  const next = random(2017); // the same services every run
  // Squaring skews toward the front of the list: the frequent words.
  const word = () => words[Math.floor(next() * next() * words.length)];
  const text = (min, max) => {
    const out = [];
    for (let length = 0, goal = min + Math.floor(next() * (max - min)); length < goal;) {
      const w = word();
      out.push(w);
      length += w.length + 1;
    }
    return out.join(' ');
  };
  const topics = ['work', 'education', 'language-learning', 'culture', 'sport', 'health-social', 'housing', 'participation', 'settling-in'];
  const langs = ['fi', 'sv', 'en', 'ar', 'so', 'ru', 'et', 'fa', 'uk', 'ckb'];
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`,
    name: { fi: text(12, 50), sv: text(12, 50), en: text(12, 50) },
    description: { fi: text(200, 600), sv: text(200, 600), en: text(200, 600) },
    topics: [topics[i % topics.length]],
    audiences: ['everyone'],
    languages: [{ code: langs[i % langs.length] }, { code: 'fi' }],
    channels: ['in-person'],
    locations: [
      {
        name: { fi: text(8, 30) },
        street: { fi: `${word()}katu ${1 + (i % 60)}` },
        coordinates: { lat: 60.15 + (i % 100) / 1000, lon: 24.9 + (i % 97) / 1000 },
      },
    ],
    openingHours:
      i % 3 ? { kind: 'structured', periods: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:00' }] } : { kind: 'unknown' },
    sources: [{ sourceId: 'synthetic' }],
    provenance: {},
    example: true,
  }));
}

/** Queries typed letter by letter: real words of the vocabulary, frequent and rare, in three languages. */
function keystrokes(words, count) {
  const next = random(28);
  const out = [];
  while (out.length < count) {
    const w = words[Math.floor(next() * Math.min(words.length, 3000))].toLowerCase();
    for (let i = 1; i <= w.length && out.length < count; i++) out.push(w.slice(0, i));
  }
  return out;
}

/**
 * The page the finder runs in: the production build in packages/embed/dist, or (FINDER_DIST, a
 * folder outside the repository such as a build of other sources for a before/after comparison)
 * that folder's files served under /__finder-dist/.
 */
function pagesFor(dist) {
  if (!dist) return { '/__bench/list.html': page('<main></main>') };
  const pages = {};
  const add = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) add(`${dir}/${entry.name}`, `${prefix}${entry.name}/`);
      else if (/\.(js|css|json|woff2?)$/.test(entry.name))
        pages[`${prefix}${entry.name}`] = {
          type: entry.name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
          body: readFileSync(`${dir}/${entry.name}`),
        };
    }
  };
  add(dist, '/__finder-dist/');
  pages['/__bench/list.html'] = page('<main></main>').replace('/packages/embed/dist/', '/__finder-dist/');
  return pages;
}

/**
 * The finder's local search over `sizes` services of real size. Returns `results` (each a name and
 * its times in ms: the index build once, then every keystroke), `sizes` (the heap the finder holds),
 * `longTasks` (the longest main-thread task while the index builds and while typing, and how many
 * were over 50 ms) and `notes` (the vocabulary and what was typed).
 */
export async function benchFinderLocal({ browser, origin, samples = 30, sizes: counts = [1_000, 10_000], dist = process.env.FINDER_DIST }) {
  const words = vocabulary();
  const results = [];
  const sizes = [];
  const longTasks = [];
  const notes = { vocabulary: words.length, keystrokes: samples * 2, typed: [] };
  const own = origin && !dist ? undefined : await serve(pagesFor(dist));
  const base = own?.origin ?? origin;
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  try {
    await tab.evaluateOnNewDocument(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await tab.goto(`${base}/__bench/list.html`, { waitUntil: 'networkidle0' });
    await tab.evaluate(async () => {
      const probe = document.createElement('hki-service-finder');
      probe.setAttribute('url-state', 'off');
      document.querySelector('main').append(probe);
      await customElements.whenDefined('hki-service-finder');
      probe.remove();
    });
    for (const n of counts) {
      const label = n.toLocaleString('en');
      const client = await tab.createCDPSession();
      await client.send('HeapProfiler.collectGarbage');
      const before = (await tab.metrics()).JSHeapUsedSize;
      const services = realisticServices(n, words);
      const queries = keystrokes(words, samples * 2);
      if (!notes.typed.length) notes.typed = queries;
      const figures = await tab.evaluate(
        async (services, queries) => {
          const pkg = {
            schemaVersion: '1.0.0',
            locales: ['fi', 'sv', 'en'],
            example: true,
            sources: [{ id: 'synthetic', title: 'Synthetic benchmark data', lang: 'en' }],
            districts: [],
            services,
          };
          // Every task that overlaps the window (a task that began before it counts too).
          const during = (from, to) => window.__longTasks.filter((t) => t.start < to && t.start + t.duration > from);
          const longest = (from, to) => during(from, to).reduce((m, t) => Math.max(m, t.duration), 0);
          const count = (from, to) => during(from, to).filter((t) => t.duration > 50).length;
          // Each step in a task of its own, as the browser runs each input event: the tasks between
          // them (rendering, the index's slices, garbage collection) run as they would for a resident.
          const inTask = (fn) => new Promise((resolve, reject) => setTimeout(() => fn().then(resolve, reject), 0));
          const finder = document.createElement('hki-service-finder');
          finder.setAttribute('url-state', 'off');
          const ready = new Promise((resolve) => finder.addEventListener('hki-search-ready', (e) => resolve(e.detail.ms), { once: true }));
          // (After a pause: the task that received this function's arguments, all the services, is the benchmark's own.)
          await new Promise((resolve) => setTimeout(resolve, 50));
          // The data arrives: the finder draws its first page (a list of up to 2,000 services also
          // indexes its first slice in that task; a longer one begins in the next task).
          const drawStart = performance.now();
          const firstDraw = await inTask(async () => {
            const start = performance.now();
            finder.data = pkg;
            document.querySelector('main').append(finder);
            await finder.updateComplete;
            finder.shadowRoot.querySelector('[part="base"]')?.getBoundingClientRect();
            return performance.now() - start;
          });
          const buildStart = performance.now();
          const index = await ready;
          const buildEnd = performance.now();
          // Long tasks are reported a moment after they end.
          await new Promise((resolve) => setTimeout(resolve, 100));
          const input = finder.shadowRoot.querySelector('#q');
          const shownCount = () => finder.shadowRoot.querySelector('[part="count"]')?.textContent.trim();
          const type = (q) =>
            inTask(async () => {
              input.value = q;
              const start = performance.now();
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await finder.updateComplete;
              finder.shadowRoot.querySelector('[part="base"]')?.getBoundingClientRect();
              return performance.now() - start;
            });
          await type(queries[0]);
          const typeStart = performance.now();
          const keys = [];
          const counts = [];
          for (const q of queries) {
            keys.push(await type(q));
            counts.push(shownCount());
          }
          const typeEnd = performance.now();
          await new Promise((resolve) => setTimeout(resolve, 100));
          window.__finder = finder;
          return {
            index,
            firstDraw,
            drawLongest: longest(drawStart, buildStart),
            drawOver: count(drawStart, buildStart),
            buildLongest: longest(buildStart, buildEnd),
            buildOver: count(buildStart, buildEnd),
            keys,
            counts,
            typeLongest: longest(typeStart, typeEnd),
            typeOver: count(typeStart, typeEnd),
          };
        },
        services,
        queries,
      );
      await client.send('HeapProfiler.collectGarbage');
      const after = (await tab.metrics()).JSHeapUsedSize;
      await tab.evaluate(() => {
        window.__finder.remove();
        delete window.__finder;
      });
      await client.detach();
      notes[`counts ${label}`] = figures.counts;
      results.push({
        name: `Finder, ${label} services of real size: the list arrives and its first page is drawn (one task, layout included)`,
        times: [figures.firstDraw],
      });
      results.push({ name: `Finder, ${label} services of real size: build the search index (in the background)`, times: [figures.index] });
      results.push({ name: `Finder, ${label} services of real size: one keystroke of search and render`, times: figures.keys });
      longTasks.push({
        name: `Finder, ${label} services: the list arrives and its first page is drawn`,
        longestMs: figures.drawLongest,
        countOver50: figures.drawOver,
      });
      longTasks.push({
        name: `Finder, ${label} services: building the search index (after the first draw)`,
        longestMs: figures.buildLongest,
        countOver50: figures.buildOver,
      });
      longTasks.push({
        name: `Finder, ${label} services: typing (${figures.keys.length} keystrokes)`,
        longestMs: figures.typeLongest,
        countOver50: figures.typeOver,
      });
      sizes.push({
        name: `Finder with ${label} services of real size: JavaScript heap held (data, index, page of cards)`,
        bytes: after - before,
        unit: 'MB',
      });
    }
  } finally {
    await tab.close();
    own?.close();
  }
  notes.longTasks = longTasks;
  return { results, sizes, longTasks, notes, vocabulary: words.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await launch();
  try {
    const counts = (process.env.FINDER_SIZES ?? '1000,10000').split(',').map(Number);
    const figures = await benchFinderLocal({ browser, samples: Number(process.env.BENCH_SAMPLES ?? 30), sizes: counts });
    const q = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
    console.log(`${process.env.FINDER_DIST ?? 'packages/embed/dist'}; vocabulary: ${figures.notes.vocabulary} distinct words`);
    for (const r of figures.results)
      console.log(
        `${r.name}: median ${q(r.times, 0.5).toFixed(1)} ms, p10 ${q(r.times, 0.1).toFixed(1)} ms, p90 ${q(r.times, 0.9).toFixed(1)} ms, max ${Math.max(...r.times).toFixed(1)} ms`,
      );
    for (const t of figures.longTasks)
      console.log(`${t.name}: longest task ${t.longestMs ? `${t.longestMs.toFixed(0)} ms` : 'under 50 ms'}, ${t.countOver50} over 50 ms`);
    for (const s of figures.sizes) console.log(`${s.name}: ${(s.bytes / 1e6).toFixed(1)} MB`);
    if (process.env.FINDER_COUNTS)
      console.log(
        JSON.stringify(Object.fromEntries(Object.entries(figures.notes).filter(([k]) => k.startsWith('counts') || k === 'typed'))),
      );
  } finally {
    await browser.close();
  }
}
