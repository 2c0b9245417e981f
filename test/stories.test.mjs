// Every story of the built Storybook, as residents meet it. Each story × page language is its own test
// (`measures-hki-measure-card--default [fi]`; a story that fixes its language, such as the right-to-left
// ones in ar, runs in that language only): the story renders without an uncaught page error or an
// unexpected console error, in the right lang and dir; every widget in it (nested ones included) says it
// is ready (`dataComplete()`) and then shows something and is not loading; axe finds no WCAG 2.x A/AA
// violation; nothing scrolls sideways at 320 CSS px. In one language per story (en, or the one the story
// fixes) it also presses Tab through the story (a visible focus indicator on each stop, never stuck),
// then switches forced colours on and checks that every text stands out from the background behind it
// and that Tab still shows focus. Self-tests first show that the error, focus and forced-colours checks
// do fail on a page that is wrong. No fixed pauses: every wait is for a condition.
// Needs `storybook-static/` (npm test builds it just before).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, root, serve } from '../scripts/lib/browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const LOCALES = ['fi', 'sv', 'en'];
const RTL = new Set(['ar']);
/**
 * Stories whose data request never answers on purpose (`/__story/pending/…`): they must show the
 * loading state, and are checked for axe and 320 px only (there is nothing to Tab through yet).
 */
const PENDING = /--loading$/;
/**
 * Stories that show an error state on purpose (their name says "Error …" or "Unknown …"). Their
 * widgets log the failure once, naming themselves (`[hki-measure-card] could not use …`), and the
 * browser logs the failed request ("Failed to load resource …") for an address that such a line
 * names. Those two kinds of console error are expected here, and at least one must be logged; any
 * other console error fails the story. Every other story may log no console error at all.
 */
const ERROR_STATE = /--(error(-[a-z0-9-]+)?|not-json-stat|unknown-(measure|indicator|service|sign|concept))$/;
/** How long a widget may take to answer `dataComplete()` (a condition, not a pause). */
const READY_TIMEOUT = 10_000;
/** Stories run two at a time, each in its own tab (the launch flags keep background tabs rendering). */
const TABS = 2;

const built = existsSync(`${root}storybook-static/iframe.html`);
const index = built ? JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8')) : { entries: {} };
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .map((e) => e.id)
  .sort();

// ------------------------------------------------------------------------------------------------
// Self-test pages: one wrong on purpose for each check, with a correct neighbour that must pass.

const SELF_FOCUS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>focus self-test</title></head><body>
<hki-selftest-focus></hki-selftest-focus>
<script>
customElements.define('hki-selftest-focus', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML = \`<style>
      button { border: 1px solid #333; background: #fff; color: #000; outline: none; }
      #ring:focus-visible { outline: 3px solid #0000bf; outline-offset: 2px; }
      #shadow-always { box-shadow: 0 0 0 3px #0000bf; }
      #inverted:focus-visible { background: #000; color: #fff; }
    </style>
    <button id="ring">a ring on focus</button>
    <button id="removed">focus style removed</button>
    <button id="shadow-always">the same box shadow focused or not</button>
    <button id="inverted">colours inverted on focus</button>\`;
  }
});
</script></body></html>`;

const SELF_FORCED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>forced colours self-test</title></head><body>
<hki-selftest-text></hki-selftest-text>
<script>
customElements.define('hki-selftest-text', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML = \`<style>
      .panel { forced-color-adjust: none; background: #fff; padding: 1rem; }
      #white { forced-color-adjust: none; color: #fff; }
    </style>
    <div class="panel"><p id="white">white text on the panel's white background</p></div>
    <p id="system">text in system colours</p>\`;
  }
});
</script></body></html>`;

const SELF_ERRORS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>errors self-test</title></head><body>
<div id="storybook-root"><hki-selftest-errors></hki-selftest-errors></div>
<script>
customElements.define('hki-selftest-errors', class extends HTMLElement {});
console.error('[hki-selftest-errors] an error the element names');
console.error('something else went wrong');
setTimeout(() => { throw new Error('uncaught on purpose'); });
</script></body></html>`;

// ------------------------------------------------------------------------------------------------
// Browser, server and tabs.

const server = await serve({
  // Chromium asks every origin for a favicon; an empty one keeps its 404 out of the console.
  '/favicon.ico': { type: 'image/x-icon', body: '' },
  '/__selftest/focus.html': SELF_FOCUS,
  '/__selftest/forced.html': SELF_FORCED,
  '/__selftest/errors.html': SELF_ERRORS,
});
const browser = await launch();
after(async () => {
  await browser.close();
  server.close();
});

/** Installed in every document a tab opens: the page-side helpers the checks share. */
function pageHelpers() {
  const rgba = (css) => {
    const m = /rgba?\(([^)]+)\)/.exec(css ?? '');
    if (!m) return [0, 0, 0, 0];
    const [r, g, b, a = 1] = m[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [r, g, b, a];
  };
  /** `top` painted over the opaque colour `under`. */
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const contrast = (a, b) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  /** The parent in the flat tree: the slot a light-DOM child is shown in, across shadow roots to hosts. */
  const parentOf = (el) => el.assignedSlot ?? el.parentElement ?? el.getRootNode()?.host ?? null;
  const canvas = () => {
    const probe = document.createElement('div');
    probe.style.cssText = 'background-color: Canvas; position: absolute';
    document.body.append(probe);
    const colour = rgba(getComputedStyle(probe).backgroundColor);
    probe.remove();
    return colour[3] ? colour : [255, 255, 255, 1];
  };
  /** The opaque colour behind `el`: its own and its ancestors' backgrounds down to the page's canvas. */
  const backgroundBehind = (el) => {
    const layers = [];
    for (let n = el; n; n = parentOf(n)) {
      const bg = rgba(getComputedStyle(n).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    return layers.reduceRight((under, layer) => over(layer, under), layers.at(-1)?.[3] >= 1 ? layers.at(-1) : canvas());
  };
  /** Every hki-* element in the story, nested ones (inside other elements' shadow roots) included. */
  const widgets = (scope = document.querySelector('#storybook-root') ?? document.body) => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('hki-')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(scope);
    return found;
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  /** Layout and every widget's pending render have settled (after a resize, say). */
  const settle = async () => {
    await frame();
    await Promise.all(widgets().map((w) => w.updateComplete));
    await frame();
  };
  const px = (v) => parseFloat(v) || 0;
  /** What can show focus on an element: outline, border and box shadow (sizes in px, colours), background. */
  const indicator = (el) => {
    const s = getComputedStyle(el);
    const outline = ['none', 'hidden'].includes(s.outlineStyle) || rgba(s.outlineColor)[3] === 0 ? 0 : px(s.outlineWidth);
    const sides = ['Top', 'Right', 'Bottom', 'Left'];
    const border = Math.max(...sides.map((d) => (['none', 'hidden'].includes(s[`border${d}Style`]) ? 0 : px(s[`border${d}Width`]))));
    // Each shadow reaches as far as its offset plus spread plus blur; a transparent one shows nothing.
    const shadows = s.boxShadow === 'none' ? [] : s.boxShadow.split(/,(?![^(]*\))/);
    let shadow = 0;
    let shadowColour = [0, 0, 0, 0];
    for (const one of shadows) {
      const colour = rgba(one);
      const lengths = one
        .replace(/rgba?\([^)]*\)/, '')
        .match(/-?[\d.]+px/g)
        ?.map(px) ?? [0, 0, 0, 0];
      const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
      const reach = colour[3] === 0 ? 0 : Math.max(0, spread + Math.max(Math.abs(x), Math.abs(y)) + blur);
      if (reach > shadow) [shadow, shadowColour] = [reach, colour];
    }
    return {
      outline,
      outlineColour: rgba(s.outlineColor),
      border,
      borderColour: rgba(s.borderTopColor),
      shadow,
      shadowColour,
      background: rgba(s.backgroundColor),
    };
  };
  /**
   * Whether focus shows: compared with the same element unfocused, at least 2 px more (or less) of
   * outline, border or box shadow, or a colour of at least 3:1 against its unfocused colour (the
   * background, or an outline, border or shadow at least 2 px wide), as WCAG 2.4.13 puts it.
   */
  const focusShows = (before, after, behind) => {
    if (['outline', 'border', 'shadow'].some((k) => Math.abs(after[k] - before[k]) >= 2)) return true;
    const changed = (a, b) => contrast(over(a, behind), over(b, behind)) >= 3;
    if (changed(before.background, after.background)) return true;
    if (after.outline >= 2 && changed(before.outline ? before.outlineColour : behind, after.outlineColour)) return true;
    if (after.border >= 2 && changed(before.borderColour, after.borderColour)) return true;
    return after.shadow >= 2 && changed(before.shadow ? before.shadowColour : behind, after.shadowColour);
  };
  /** The focused element, through shadow roots, and the outermost host it is in (if any). */
  const deepActive = () => {
    let el = document.activeElement;
    let host = null;
    while (el?.shadowRoot?.activeElement) {
      host ??= el;
      el = el.shadowRoot.activeElement;
    }
    return { el, host };
  };
  /** Texts inside widgets (shadow trees and slotted content) whose colour is below 4.5:1 on what is behind them. */
  const unreadableTexts = () => {
    const problems = [];
    const elements = widgets().flatMap((w) => [...w.shadowRoot.querySelectorAll('*'), ...w.querySelectorAll('*')]);
    for (const el of new Set(elements)) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!own || el instanceof SVGElement || ['style', 'script', 'template'].includes(el.localName)) continue;
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (s.visibility !== 'visible' || box.width === 0 || box.height === 0) continue;
      const behind = backgroundBehind(el);
      const ratio = contrast(over(rgba(s.color), behind), behind);
      if (ratio < 4.5) {
        const path = [];
        for (let n = el; n && n.nodeType === 1; n = parentOf(n)) path.push(n.localName + (n.id ? `#${n.id}` : ''));
        const text = JSON.stringify(el.textContent.trim().slice(0, 30));
        problems.push(`${path.reverse().join(' > ')} ${text}: ${s.color} on ${behind.map(Math.round)} (${ratio.toFixed(2)}:1)`);
      }
    }
    return problems;
  };
  window.__hki = { widgets, settle, indicator, focusShows, deepActive, backgroundBehind, unreadableTexts, parentOf };
}

const idle = [];
const waiting = [];
let tabCount = 0;
/** A 4 × 3 grey PNG, base64: the stand-in for a remote picture. */
const GREY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAAAAACRn/EaAAAADklEQVR4nGOYCQQMcAIANdkHLfwU6FoAAAAASUVORK5CYII=';

/** A tab from the pool (a new one while fewer than TABS exist), with its log of console errors. */
async function takeTab() {
  if (idle.length) return idle.pop();
  if (tabCount >= TABS) return new Promise((resolve) => waiting.push(resolve));
  tabCount += 1;
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  await tab.evaluateOnNewDocument(pageHelpers);
  const cdp = await tab.createCDPSession();
  // A tab in the background still counts as focused, so :focus-visible and focus events behave.
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  // Register units show their pictures from the city's image hosts; this run is offline, so each
  // such picture is answered with a small grey PNG (the picture's own host is not under test here).
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://*', resourceType: 'Image' }] });
  cdp.on('Fetch.requestPaused', ({ requestId }) =>
    cdp
      .send('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'content-type', value: 'image/png' }],
        body: GREY_PNG,
      })
      .catch(() => {}),
  );
  tab.cdp = cdp;
  tab.log = [];
  tab.on('pageerror', (error) => tab.log.push({ kind: 'pageerror', text: error.message }));
  tab.on('console', (m) => {
    if (['error', 'assert'].includes(m.type())) tab.log.push({ kind: 'console', text: m.text(), url: m.location()?.url ?? '' });
  });
  return tab;
}
function giveTab(tab) {
  const next = waiting.shift();
  if (next) next(tab);
  else idle.push(tab);
}

const url = (id, locale) => `${server.origin}/storybook-static/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`;

/**
 * Opens a story and waits until Storybook has finished it (play function included) and its widgets
 * are ready: each one's `dataComplete()` resolved, or for a pending story, the loading state shown.
 * Returns problems: a story that errors, a wrong page language or direction, an empty or loading widget.
 */
async function openStory(tab, id, locale) {
  await tab.goto(url(id, locale), { waitUntil: 'load', timeout: 30_000 });
  const phase = await tab
    .waitForFunction(
      () => {
        const p = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return ['finished', 'completed', 'errored', 'aborted'].includes(p) && p;
      },
      { polling: 50, timeout: 20_000 },
    )
    .then((h) => h.jsonValue());
  if (phase !== 'finished' && phase !== 'completed') return [`Storybook did not render the story (${phase})`];
  return tab.evaluate(
    async ({ locale, rtl, pending, timeout }) => {
      const problems = [];
      const html = document.documentElement;
      if (html.lang !== locale || html.dir !== (rtl ? 'rtl' : 'ltr'))
        problems.push(`page is lang="${html.lang}" dir="${html.dir}", expected lang="${locale}" dir="${rtl ? 'rtl' : 'ltr'}"`);
      const loading = (w) => w.dataState === 'loading' || Boolean(w.shadowRoot?.querySelector('.hki-status[role="status"]'));
      if (pending) {
        // Recognised by its id: must reach, and stay in, the loading state.
        const until = Date.now() + timeout;
        while (!window.__hki.widgets().some(loading) && Date.now() < until) await new Promise((resolve) => requestAnimationFrame(resolve));
        if (!window.__hki.widgets().some(loading)) problems.push('a loading story whose widgets show no loading state');
        return problems;
      }
      let widgets = window.__hki.widgets();
      if (widgets.length === 0) return [...problems, 'no hki-* element in the story'];
      // Until nothing new appears: a widget's answer can render more widgets, with data of their own.
      for (let seen = 0; seen !== widgets.length; widgets = window.__hki.widgets()) {
        seen = widgets.length;
        let timer;
        const late = new Promise((resolve) => (timer = setTimeout(() => resolve('late'), timeout)));
        const states = await Promise.race([Promise.all(widgets.map((w) => w.dataComplete?.() ?? w.updateComplete)), late]);
        clearTimeout(timer);
        if (states === 'late') return [...problems, `dataComplete() did not resolve within ${timeout} ms`];
      }
      await window.__hki.settle();
      for (const w of widgets) {
        const name = w.localName;
        if (!w.shadowRoot) problems.push(`${name} has no shadow root (not defined?)`);
        else if (loading(w)) problems.push(`${name} still loading after dataComplete() (dataState ${w.dataState})`);
        else {
          const shows = w.shadowRoot.textContent.trim() || w.textContent.trim() || w.shadowRoot.querySelector('svg, img, canvas');
          const boxes = [w, ...w.shadowRoot.querySelectorAll('*')].some((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          });
          if (!shows || !boxes) problems.push(`${name} rendered nothing (dataState ${w.dataState})`);
        }
        // On an rtl page the interface falls back to English: the widget's own content (what its shadow root marks
        // as in fi, sv or en) reads left to right, whatever the page's direction (the page's lang and dir: above).
        // hki-term is a word of the page's sentence and keeps the page's direction: its definition is its own content.
        const interfaceContent = (root) =>
          w.localName === 'hki-term'
            ? [...root.querySelectorAll('[part="definition"]')]
            : [...root.children].filter((e) => ['fi', 'sv', 'en'].includes(e.lang));
        const own = w.shadowRoot ? interfaceContent(w.shadowRoot) : [];
        if (rtl && own.some((e) => getComputedStyle(e).direction !== 'ltr'))
          problems.push(`${name}'s own content is not left to right on an rtl page`);
      }
      return problems;
    },
    { locale, rtl: RTL.has(locale), pending: PENDING.test(id), timeout: READY_TIMEOUT },
  );
}

/** The console errors and page errors the story was not allowed (see ERROR_STATE). */
async function unexpectedErrors(tab, id) {
  const tags = new Set(await tab.evaluate(() => window.__hki.widgets().map((w) => w.localName)));
  const errorState = ERROR_STATE.test(id);
  // (A page-wide problem, such as a monitoring file every widget shares, is logged once as [hki-widgets].)
  const own = (e) => e.kind === 'console' && ['hki-widgets', ...tags].some((t) => e.text.startsWith(`[${t}] `));
  const named = tab.log.filter(own);
  const problems = [];
  for (const e of tab.log) {
    if (errorState && own(e)) continue;
    const failedRequest = /^Failed to load resource/.test(e.text) && e.url && named.some((n) => n.text.includes(e.url));
    if (errorState && e.kind === 'console' && failedRequest) continue;
    problems.push(`${e.kind === 'pageerror' ? 'uncaught error' : 'console error'}: ${e.text.slice(0, 300)}${e.url ? ` (${e.url})` : ''}`);
  }
  if (errorState && named.length === 0) problems.push('an error-state story whose widgets logged no error');
  return problems;
}

async function axe(tab) {
  if (!(await tab.evaluate(() => Boolean(window.axe)))) await tab.addScriptTag({ path: AXE });
  return tab.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('#storybook-root'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) =>
        `axe ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
  });
}

/**
 * Presses Tab through the page: each stop inside a widget must show focus (its outline, border, box
 * shadow or background compared with the same element unfocused: see focusShows) and Tab must move
 * on (no element keeps focus across two presses) and out past the story.
 */
async function tabThrough(tab) {
  const problems = [];
  let previous = '';
  // A button after the story: reaching it means Tab went through every widget and out again.
  await tab.evaluate(() => {
    document.querySelector('#tab-sentinel')?.remove();
    const end = document.createElement('button');
    end.id = 'tab-sentinel';
    end.textContent = 'end';
    document.body.append(end);
    document.activeElement?.blur?.();
  });
  for (let i = 0; i < 250; i++) {
    await tab.keyboard.press('Tab');
    const stop = await tab.evaluate(() => {
      const { el, host } = window.__hki.deepActive();
      if (!el || el === document.body || el.id === 'tab-sentinel') return { done: true };
      const path = [];
      for (let n = el; n && n.nodeType === 1; n = window.__hki.parentOf(n)) path.push(n.localName + (n.id ? `#${n.id}` : ''));
      // Identity, not path: sibling links share a path.
      el.__tabKey ??= `${Math.random()}`;
      const stop = { done: false, inWidget: Boolean(host), key: el.__tabKey, name: path.reverse().join(' > ') };
      if (!host) return stop;
      // Focused as Tab left it, then the same element unfocused, then focused again to go on from it.
      const focused = window.__hki.indicator(el);
      el.blur();
      const unfocused = window.__hki.indicator(el);
      el.focus();
      stop.refocused = window.__hki.deepActive().el === el;
      stop.visible = window.__hki.focusShows(unfocused, focused, window.__hki.backgroundBehind(window.__hki.parentOf(el) ?? el));
      return stop;
    });
    if (stop.done) return problems;
    if (stop.key === previous) {
      problems.push(`focus stayed on ${stop.name}`);
      return problems;
    }
    previous = stop.key;
    if (stop.inWidget && !stop.refocused) problems.push(`${stop.name} did not take focus back after blur() and focus()`);
    if (stop.inWidget && !stop.visible) problems.push(`no visible focus on ${stop.name}`);
  }
  problems.push('Tab never left the story (250 presses)');
  return problems;
}

async function scrollsSideways(tab) {
  await tab.setViewport({ width: 320, height: 700 });
  await tab.waitForFunction(() => document.documentElement.clientWidth <= 320, { polling: 'raf', timeout: 5_000 });
  await tab.evaluate(() => window.__hki.settle());
  const wide = await tab.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
  await tab.setViewport({ width: 1000, height: 800 });
  return wide;
}

/** Runs `check` with forced colours emulated on the tab (Chromium's system colours). */
async function withForcedColours(tab, check) {
  await tab.cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  try {
    return await check();
  } finally {
    await tab.cdp.send('Emulation.setEmulatedMedia', { features: [] });
  }
}

/**
 * Under forced colours (switched on in the open story, as a resident switching on a high-contrast
 * theme does): the story's texts stand out from what is behind them, and focus stays visible.
 */
async function forcedColours(tab) {
  return withForcedColours(tab, async () => {
    await tab.evaluate(() => window.__hki.settle());
    const problems = [];
    const unreadable = await tab.evaluate(() => window.__hki.unreadableTexts());
    const focus = await tabThrough(tab);
    return [...problems, ...unreadable.map((n) => `unreadable ${n}`), ...focus].map((p) => `${p} in forced colours`);
  });
}

/** The page language a story fixes through its own `globals` (Storybook then ignores the address's). */
async function fixedLocales() {
  const tab = await browser.newPage();
  await tab.goto(url(stories[0], 'en'), { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue, { polling: 50, timeout: 20_000 });
  const locales = await tab.evaluate(async (ids) => {
    const store = window.__STORYBOOK_PREVIEW__.storyStoreValue;
    const all = await Promise.all(ids.map((storyId) => store.loadStory({ storyId })));
    return Object.fromEntries(all.map((s) => [s.id, s.storyGlobals?.locale]).filter(([, l]) => l));
  }, stories);
  await tab.close();
  return locales;
}

// ------------------------------------------------------------------------------------------------

// Before any test is declared: node:test starts running tests as soon as they are.
const fixed = built ? await fixedLocales() : {};

describe('the checks can fail', () => {
  test("errors: an uncaught error and a console error are reported; an element's own only in an error story", async () => {
    const tab = await takeTab();
    try {
      tab.log = [];
      await tab.goto(`${server.origin}/__selftest/errors.html`, { waitUntil: 'load' });
      const until = Date.now() + 5_000;
      while (!tab.log.some((e) => e.kind === 'pageerror') && Date.now() < until) await tab.evaluate(() => window.__hki.settle());
      assert.deepEqual(await unexpectedErrors(tab, 'selftest--default'), [
        `console error: [hki-selftest-errors] an error the element names (${server.origin}/__selftest/errors.html)`,
        `console error: something else went wrong (${server.origin}/__selftest/errors.html)`,
        'uncaught error: uncaught on purpose',
      ]);
      assert.deepEqual(await unexpectedErrors(tab, 'selftest--error'), [
        `console error: something else went wrong (${server.origin}/__selftest/errors.html)`,
        'uncaught error: uncaught on purpose',
      ]);
    } finally {
      giveTab(tab);
    }
  });

  test('focus: a removed focus style and a box shadow that does not change are reported', async () => {
    const tab = await takeTab();
    try {
      await tab.goto(`${server.origin}/__selftest/focus.html`, { waitUntil: 'load' });
      const problems = await tabThrough(tab);
      assert.deepEqual(problems, [
        'no visible focus on html > body > hki-selftest-focus > button#removed',
        'no visible focus on html > body > hki-selftest-focus > button#shadow-always',
      ]);
    } finally {
      giveTab(tab);
    }
  });

  test('forced colours: text the colour of an ancestor background is reported', async () => {
    const tab = await takeTab();
    try {
      await tab.goto(`${server.origin}/__selftest/forced.html`, { waitUntil: 'load' });
      const problems = await withForcedColours(tab, () => tab.evaluate(() => window.__hki.unreadableTexts()));
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], /^html > body > hki-selftest-text > div > p#white "white text on the panel/);
    } finally {
      giveTab(tab);
    }
  });
});

describe('every story', { concurrency: TABS }, () => {
  test('storybook-static/ is built, with the stories in it', () => {
    assert.ok(built, 'storybook-static/ is missing: run npm run build:storybook');
    assert.ok(stories.length > 50, `only ${stories.length} stories found`);
  });

  for (const id of stories) {
    // A story that fixes its page language runs in that language only; the others in fi, sv and en.
    const locales = fixed[id] ? [fixed[id]] : LOCALES;
    const main = fixed[id] ?? 'en';
    for (const locale of locales) {
      test(`${id} [${locale}]`, { timeout: 120_000 }, async () => {
        const tab = await takeTab();
        try {
          tab.log = [];
          const problems = await openStory(tab, id, locale);
          problems.push(...(await axe(tab)));
          if (await scrollsSideways(tab)) problems.push('scrolls sideways at 320 px');
          if (locale === main && !PENDING.test(id)) {
            problems.push(...(await tabThrough(tab)));
            problems.push(...(await forcedColours(tab)));
          }
          problems.push(...(await unexpectedErrors(tab, id)));
          assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
        } finally {
          giveTab(tab);
        }
      });
    }
  }
});
