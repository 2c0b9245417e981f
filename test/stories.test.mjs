// Every story of the built Storybook, as residents meet it: axe in fi, sv and en (no violations),
// keyboard (Tab reaches each control with a visible focus and never gets stuck), 320 CSS px (nothing
// scrolls sideways), and forced colours (text and focus stay visible). Needs `storybook-static/`
// (npm test builds it just before).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, root, serve } from '../scripts/lib/browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const LOCALES = ['fi', 'sv', 'en'];
/** Stories whose state never settles on purpose (a request that never answers): checked for axe only. */
const PENDING = /--loading$/;

const index = JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .map((e) => e.id)
  .sort();

let server;
let browser;
before(async () => {
  assert.ok(existsSync(`${root}storybook-static/iframe.html`), 'storybook-static/ is missing: run npm run build:storybook');
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const url = (id, locale) => `${server.origin}/storybook-static/iframe.html?id=${id}&viewMode=story&globals=locale:${locale}`;

/** Opens a story and waits until its widgets have rendered (or, for pending stories, a moment). */
async function open(tab, id, locale) {
  await tab.goto(url(id, locale), { waitUntil: 'networkidle0', timeout: 30_000 });
  await tab
    .waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('hki-'));
        return (
          widgets.length > 0 &&
          widgets.every(
            (w) => w.shadowRoot && w.shadowRoot.childElementCount > 0 && !w.shadowRoot.querySelector('.hki-status[role="status"]'),
          )
        );
      },
      { timeout: PENDING.test(id) ? 500 : 10_000 },
    )
    .catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 150));
}

async function axe(tab) {
  if (!(await tab.evaluate(() => Boolean(window.axe)))) await tab.addScriptTag({ path: AXE });
  return tab.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('#storybook-root'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
  });
}

/**
 * Presses Tab through the story: each stop inside a widget must show a focus indicator (an
 * outline or a box shadow) and Tab must move on (no element keeps focus across two presses).
 */
async function tabThrough(tab) {
  const problems = [];
  let previous = '';
  // A button after the story: reaching it means Tab went through every widget and out again.
  await tab.evaluate(() => {
    const end = document.createElement('button');
    end.id = 'tab-sentinel';
    end.textContent = 'end';
    document.body.append(end);
    document.activeElement?.blur?.();
  });
  for (let i = 0; i < 250; i++) {
    await tab.keyboard.press('Tab');
    const stop = await tab.evaluate(() => {
      let el = document.activeElement;
      let host = null;
      while (el?.shadowRoot?.activeElement) {
        host ??= el;
        el = el.shadowRoot.activeElement;
      }
      if (!el || el === document.body || el.id === 'tab-sentinel') return { done: true };
      const inWidget = Boolean(host);
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
      const path = [];
      for (let n = el; n && n.nodeType === 1; n = n.parentElement ?? n.getRootNode()?.host)
        path.push(n.localName + (n.id ? `#${n.id}` : ''));
      // Identity, not path: sibling links share a path.
      el.__tabKey ??= `${Math.random()}`;
      return { done: false, inWidget, visible, key: el.__tabKey, name: path.reverse().join(' > ') };
    });
    if (stop.done) return problems;
    if (stop.key === previous) {
      problems.push(`focus stayed on ${stop.name}`);
      break;
    }
    previous = stop.key;
    if (stop.inWidget && !stop.visible) problems.push(`no visible focus on ${stop.name}`);
  }
  problems.push('Tab never left the story (250 presses)');
  return problems;
}

async function scrollsSideways(tab) {
  await tab.setViewport({ width: 320, height: 700 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const wide = await tab.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
  await tab.setViewport({ width: 1000, height: 800 });
  return wide;
}

/** Under forced colours: each widget's text differs from its background, and focus stays visible. */
async function forcedColours(tab, id) {
  const client = await tab.createCDPSession();
  await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  try {
    await open(tab, id, 'en');
    const unreadable = await tab.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .filter((el) => el.localName.startsWith('hki-') && el.shadowRoot)
        .flatMap((w) => [...w.shadowRoot.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, button, a, label, td, th')])
        .filter((el) => {
          const s = getComputedStyle(el);
          return el.textContent.trim() && s.visibility !== 'hidden' && s.color === s.backgroundColor;
        })
        .map((el) => el.localName),
    );
    const focus = await tabThrough(tab);
    return [...unreadable.map((n) => `unreadable ${n} in forced colours`), ...focus.map((p) => `${p} in forced colours`)];
  } finally {
    await client.send('Emulation.setEmulatedMedia', { features: [] });
    await client.detach();
  }
}

test(`all ${stories.length} stories: axe in fi, sv and en, keyboard, 320 px and forced colours`, { timeout: 30 * 60_000 }, async () => {
  assert.ok(stories.length > 50, `only ${stories.length} stories found`);
  const failures = [];
  const queue = [...stories];
  const worker = async () => {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1000, height: 800 });
    for (let id = queue.shift(); id; id = queue.shift()) {
      try {
        for (const locale of LOCALES) {
          await open(tab, id, locale);
          for (const v of await axe(tab)) failures.push(`${id} [${locale}] axe ${v}`);
        }
        if (await scrollsSideways(tab)) failures.push(`${id}: scrolls sideways at 320 px`);
        if (!PENDING.test(id)) {
          await open(tab, id, 'en');
          for (const p of await tabThrough(tab)) failures.push(`${id}: ${p}`);
          for (const p of await forcedColours(tab, id)) failures.push(`${id}: ${p}`);
        }
      } catch (error) {
        failures.push(`${id}: ${error.message}`);
      }
    }
    await tab.close();
  };
  await Promise.all([worker(), worker(), worker()]);
  assert.deepEqual(failures, [], `${failures.length} problem(s):\n${failures.join('\n')}`);
});
