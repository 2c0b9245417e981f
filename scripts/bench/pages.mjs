// Page loads, widget against static HTML of the same content: time to the content shown, with a
// cold cache (a fresh browser context: nothing cached, no compiled code) and a warm one (the second
// visit, files served as a CDN serves them, `Cache-Control: max-age`), and the cumulative layout
// shift of a page with text below the widget. Used by scripts/bench.mjs; runs alone too:
//   node scripts/bench/pages.mjs            (BENCH_SAMPLES=10 for a quick look)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch, page, root, serve } from '../lib/browser.mjs';

/** A division's page around the widget: a heading above, text below (what a layout shift moves). */
const TEXT_BELOW = `<h2>More about the programme</h2>
<p>The city works with its partners so that every resident can take part in the life of the city, find work and learn.
This paragraph stands for the text a division's page has below a widget: if the widget changes its height after the
text has been shown, the text moves, and a reader loses their place.</p>
<p>Residents read this page on phones and computers, zoomed in and with screen readers, in many languages.</p>`;

/** The widgets whose page loads are measured: what a web editor writes, and when the content counts as shown. */
export const PAGES = [
  { name: 'One measure card', tag: 'hki-measure-card', html: '<hki-measure-card measure="4.12"></hki-measure-card>' },
  { name: 'The programme summary', tag: 'hki-programme-summary', html: '<hki-programme-summary></hki-programme-summary>' },
  // The programme's indicators have no values published yet: a JSON-stat table (the repository's example) draws.
  {
    name: 'One indicator chart',
    tag: 'hki-indicator-chart',
    html: '<hki-indicator-chart jsonstat="/packages/charts/test/fixtures/example-language-groups.jsonstat.json"></hki-indicator-chart>',
  },
  { name: 'A sign', tag: 'hki-sign', html: '<hki-sign sign="changing-rooms" size="a4"></hki-sign>' },
  {
    name: 'One inline term',
    tag: 'hki-term',
    html: '<p>Over 15,000 Helsinki residents are <hki-term concept="second-generation">second-generation</hki-term> residents.</p>',
  },
  { name: 'The service finder', tag: 'hki-service-finder', html: '<hki-service-finder url-state="off"></hki-service-finder>' },
  { name: 'The programme explorer', tag: 'hki-measure-list', html: '<hki-measure-list url-state="off"></hki-measure-list>' },
];

const body = (html) => `<main><h1>A division's page</h1>${html}${TEXT_BELOW}</main>`;

/**
 * Runs in every page before its own scripts: watches each animation frame for the content and sums
 * the layout shifts. `window.__bench.shown` is the time of the first frame that has the content.
 */
const WATCH = (tag) => {
  const state = { shown: undefined, settled: undefined, cls: 0, chartReady: false };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('hki-chart-ready', () => (state.chartReady = true), true);
  const drawn = () => tag !== 'hki-indicator-chart' || state.chartReady;
  // The element has run and shows its own rendering of its data.
  const live = (el) => el?.shadowRoot && el.dataState === 'ready' && !el.isUpdatePending && drawn();
  // The content is on screen: static HTML, the page's own copy (a declarative shadow root), or live.
  const shown = (el) =>
    Boolean(document.querySelector('[data-bench-static]')) ||
    Boolean(el?.shadowRoot?.querySelector('[data-hki-prerendered] > *')) ||
    live(el);
  const frame = (time) => {
    const el = document.querySelector(tag);
    if (state.shown === undefined && shown(el)) state.shown = time;
    if (state.settled === undefined && (live(el) || document.querySelector('[data-bench-static]'))) state.settled = time;
    if (state.shown === undefined || state.settled === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** The widget's rendered page as one static HTML file: its shadow DOM and styles inlined, a canvas as an image. */
async function variantsOf(browser, origin, { tag, html }) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.evaluateOnNewDocument(WATCH, tag);
  await tab.goto(`${origin}/__bench/pages/widget-${tag}.html`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(() => window.__bench.shown !== undefined, { timeout: 20_000 });
  // What the configurator's "include the content" writes (prerender.js beside hki-widgets.js).
  const prerendered = await tab.evaluate(async (tagName) => {
    const { prerender } = await import('/packages/embed/dist/prerender.js');
    return prerender(document.querySelector(tagName));
  }, tag);
  const closing = `</${tag}>`;
  const contentHtml = html.replace(closing, `${prerendered}${closing}`);
  const { markup, css } = await tab.evaluate(() => {
    // Innermost first: a widget's shadow DOM (with the widgets inside it already flattened) becomes
    // its host's plain content; canvases become images; slots take the light DOM they show.
    const hosts = [];
    const collect = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        collect(el.shadowRoot);
        hosts.push(el);
      }
    };
    collect(document);
    const css = [];
    for (const el of hosts) {
      const cls = `host-${el.localName}`;
      for (const sheet of el.shadowRoot.adoptedStyleSheets)
        css.push([...sheet.cssRules].map((r) => r.cssText.replaceAll(':host', `.${cls}`)).join('\n'));
      for (const canvas of el.shadowRoot.querySelectorAll('canvas')) {
        const img = document.createElement('img');
        img.src = canvas.toDataURL();
        img.alt = canvas.getAttribute('aria-label') ?? '';
        img.width = canvas.clientWidth;
        img.height = canvas.clientHeight;
        canvas.replaceWith(img);
      }
      const wrapper = document.createElement(getComputedStyle(el).display.startsWith('inline') ? 'span' : 'div');
      wrapper.className = cls;
      wrapper.innerHTML = el.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
      for (const slot of wrapper.querySelectorAll('slot')) slot.replaceWith(...[...el.childNodes].map((n) => n.cloneNode(true)));
      el.replaceWith(wrapper);
    }
    document.querySelector('[class^="host-"]')?.setAttribute('data-bench-static', '');
    return { markup: document.querySelector('main').outerHTML, css: css.join('\n') };
  });
  await tab.close();
  const staticHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>static ${tag}</title><style>${css}</style></head><body>${markup}</body></html>`;
  return { staticHtml, contentHtml };
}

/** One visit: navigation to the content shown, and the layout shift until a moment after the widget settled. */
async function visit(tab, url) {
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(() => window.__bench.shown !== undefined && window.__bench.settled !== undefined, {
    timeout: 20_000,
    polling: 10,
  });
  // Late shifts count too: a picture, a font or a second render after the data.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return tab.evaluate(() => ({ shown: window.__bench.shown, cls: window.__bench.cls }));
}

/** Everything a page downloaded (the page and the repository's files it loaded), gzip -9. */
async function bytesOf(tab, html) {
  const files = await tab.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  let bytes = gzipSync(html, { level: 9 }).length;
  for (const file of new Set(files.filter((f) => f.startsWith('/packages/'))))
    bytes += gzipSync(await readFile(`${root}${file.slice(1)}`), { level: 9 }).length;
  return bytes;
}

/** The kinds of page compared: what the editor pasted. */
export const KINDS = ['widget', 'content', 'static'];

/**
 * Each widget three ways — the two lines (`widget`), the two lines with the content included as the
 * configurator writes it (`content`), and static HTML of the same content (`static`) — cold (the
 * first visit in a fresh browser context: no cached file, no compiled code) and warm (a returning
 * visitor: the fourth visit, files and compiled code cached). Samples alternate the kinds. Returns
 * per page `{ name, tag, cold: {kind: ms[]}, warm: {kind: ms[]}, cls: {kind: score[]}, bytes: {kind: gzip bytes} }`.
 */
export async function benchPages({ browser, samples = 15, pages = PAGES }) {
  const widgetPages = Object.fromEntries(pages.map((p) => [`/__bench/pages/widget-${p.tag}.html`, page(body(p.html))]));
  const builder = await serve(widgetPages);
  const extra = {};
  for (const p of pages) {
    const { staticHtml, contentHtml } = await variantsOf(browser, builder.origin, p);
    extra[`/__bench/pages/static-${p.tag}.html`] = staticHtml;
    extra[`/__bench/pages/content-${p.tag}.html`] = page(body(contentHtml));
  }
  builder.close();
  // As a CDN serves the build: the files cached for ten minutes, the pages revalidated.
  const pagesByPath = { ...widgetPages, ...extra };
  const server = await serve(pagesByPath, { cacheSeconds: 600 });
  const figures = [];
  try {
    for (const p of pages) {
      const empty = () => Object.fromEntries(KINDS.map((k) => [k, []]));
      const f = { name: p.name, tag: p.tag, cold: empty(), warm: empty(), cls: empty(), bytes: {} };
      for (let i = 0; i < samples; i++) {
        for (const kind of KINDS) {
          const url = `${server.origin}/__bench/pages/${kind}-${p.tag}.html`;
          const context = await browser.createBrowserContext();
          const tab = await context.newPage();
          await tab.setViewport({ width: 1280, height: 800 });
          await tab.evaluateOnNewDocument(WATCH, p.tag);
          const cold = await visit(tab, url);
          await visit(tab, url);
          await visit(tab, url);
          const warm = await visit(tab, url);
          if (i === 0) f.bytes[kind] = await bytesOf(tab, pagesByPath[new URL(url).pathname]);
          f.cold[kind].push(cold.shown);
          f.warm[kind].push(warm.shown);
          f.cls[kind].push(cold.cls, warm.cls);
          await context.close();
        }
      }
      figures.push(f);
    }
  } finally {
    server.close();
  }
  return figures;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await launch();
  try {
    const only = process.env.BENCH_PAGES?.split(',');
    const pages = only ? PAGES.filter((p) => only.includes(p.tag)) : PAGES;
    const figures = await benchPages({ browser, pages, samples: Number(process.env.BENCH_SAMPLES ?? 10) });
    for (const f of figures) {
      const ratio = (cache, kind) => (median(f[cache][kind]) / median(f[cache].static)).toFixed(2);
      console.log(
        `${f.name}: static ${median(f.cold.static).toFixed(0)}/${median(f.warm.static).toFixed(0)} ms; ` +
          `two lines cold ${ratio('cold', 'widget')} warm ${ratio('warm', 'widget')} CLS ${Math.max(...f.cls.widget).toFixed(3)}; ` +
          `with content cold ${ratio('cold', 'content')} warm ${ratio('warm', 'content')} CLS ${Math.max(...f.cls.content).toFixed(3)}`,
      );
    }
  } finally {
    await browser.close();
  }
}
