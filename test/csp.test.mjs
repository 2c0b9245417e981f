// Every widget under a strict Content-Security-Policy with Trusted Types, on the production CDN
// build (packages/embed/dist/hki-widgets.js; build it first with `npx vite build`). The pages are
// static files in test/pages/; this file's own small server sends them with the policy header,
// which scripts/lib/browser.mjs's serve() cannot do; a second server on another origin plays the
// CDN for the documented policy. The policy an embedding site needs is in docs/security.md;
// hel.fi's own policy is read from the code block in docs/guides/hel-fi.md, Part 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launch, root } from '../scripts/lib/browser.mjs';

/** What the test pages are served with: 'self' only, no 'unsafe-inline', no 'unsafe-eval', Trusted Types enforced. */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  // Lit's policy is the only one the bundle creates (see docs/security.md).
  'trusted-types lit-html',
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/**
 * A static server for the repository root. Every HTML document is sent with `policy`; `pages`
 * maps extra paths to generated HTML; `cors` adds Access-Control-Allow-Origin: * (what a CDN
 * must send for module scripts and fonts used by other sites).
 */
async function serveRepo({ policy, pages = {}, cors = false } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'cache-control': 'no-store', ...(cors ? { 'access-control-allow-origin': '*' } : {}) };
    // Chromium asks for a favicon on its own; answer it so a 404 does not show up as a console error.
    if (path === '/favicon.ico') return void res.writeHead(204, headers).end();
    let type;
    let body;
    if (typeof pages[path] === 'string') {
      type = TYPES['.html'];
      body = pages[path];
    } else {
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) return void res.writeHead(404, headers).end();
      type = TYPES[extname(file)] ?? 'application/octet-stream';
      body = await readFile(file);
    }
    if (type.startsWith('text/html') && policy) headers['content-security-policy'] = policy;
    res.writeHead(200, { ...headers, 'content-type': type }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

let server;
let browser;
before(async () => {
  assert.ok(
    existsSync(join(root, 'packages/embed/dist/hki-widgets.js')),
    'packages/embed/dist/hki-widgets.js is missing: build it first (npm run build:data && node scripts/i18n.mjs && npx vite build --logLevel warn)',
  );
  server = await serveRepo({ policy: POLICY });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page and records what goes wrong on it: page errors, console errors, failed requests. */
async function open(path, on = server, policy = POLICY) {
  const tab = await browser.newPage();
  const problems = { pageErrors: [], consoleErrors: [], failedRequests: [] };
  tab.on('pageerror', (error) => problems.pageErrors.push(error.message ?? String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location()?.url ?? '?'})`);
  });
  tab.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  const response = await tab.goto(`${on.origin}${path}`, { waitUntil: 'networkidle0', timeout: 30_000 });
  assert.equal(response.headers()['content-security-policy'], policy, 'the page was not served with the policy header');
  return { tab, problems };
}

/**
 * Runs in the page: what each widget shows, checked inside its shadow root. Returns
 * { tag: 'ok' | why-not } for every widget. (No innerHTML here: Trusted Types are enforced for
 * code evaluated by the test too.)
 */
function inspectWidgets() {
  const root = (tag) => document.querySelector(tag)?.shadowRoot;
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const alert = (shadow) =>
    shadow?.querySelector('[role="alert"]') ? `shows an error: "${text(shadow.querySelector('[role="alert"]'))}"` : undefined;
  const checks = {
    'hki-term': (s) => {
      if (!s?.querySelector('button[part="term"]')) return 'no [part="term"] button';
      const definition = text(s.querySelector('[part="definition"]'));
      return /born abroad/i.test(definition) ? 'ok' : `the definition is "${definition}"`;
    },
    'hki-measure-card': (s) => {
      const title = text(s?.querySelector('[part="title"]'));
      return /4\.12/.test(title) && /learners/i.test(title) ? 'ok' : `[part="title"] is "${title}"`;
    },
    'hki-measure-list': (s) => {
      const count = text(s?.querySelector('[part="count"]'));
      return /^64 measures found$/.test(count) ? 'ok' : `[part="count"] is "${count}"`;
    },
    'hki-programme-summary': (s) => {
      const themes = s?.querySelectorAll('[part="theme"]').length ?? 0;
      return themes === 4 ? 'ok' : `${themes} [part="theme"] items instead of 4`;
    },
    'hki-indicator-chart': (s) => {
      const canvas = s?.querySelector('canvas');
      if (!canvas) return 'no canvas';
      if (!canvas.width || !canvas.height) return `the canvas is ${canvas.width} × ${canvas.height}`;
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn += 1;
      if (drawn < 500) return `only ${drawn} pixels are drawn on the canvas`;
      const summary = text(s.querySelector('[part="summary"]'));
      return summary ? 'ok' : 'no [part="summary"] text';
    },
    'hki-service-finder': (s) => {
      const count = text(s?.querySelector('[part="count"]'));
      const results = s?.querySelectorAll('[part="results"] > li').length ?? 0;
      return /^[1-9]\d* services found$/.test(count) && results > 0 ? 'ok' : `[part="count"] is "${count}", ${results} results`;
    },
    'hki-service-card': (s) => {
      const name = text(s?.querySelector('[part="service-name"]'));
      return /International House Helsinki/.test(name) ? 'ok' : `[part="service-name"] is "${name}"`;
    },
    'hki-sign': (s) => {
      const blocks = [...(s?.querySelectorAll('.block') ?? [])].map((b) => b.getAttribute('lang'));
      if (blocks.join(' ') !== 'fi-x-plain ar so') return `the .block elements are [${blocks.join(', ')}], not [fi-x-plain, ar, so]`;
      if (!s.querySelector('[part="qr"] svg path')) return 'no QR code ([part="qr"] svg path)';
      const arabic = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans Arabic');
      if (arabic.length === 0) return 'the Noto Sans Arabic font face was not added';
      const notLoaded = arabic.filter((f) => f.status !== 'loaded');
      return notLoaded.length ? `Noto Sans Arabic ${notLoaded.map((f) => `${f.weight}: ${f.status}`).join(', ')}` : 'ok';
    },
  };
  return Object.fromEntries(
    Object.entries(checks).map(([tag, check]) => {
      const shadow = root(tag);
      if (!shadow) return [tag, customElements.get(tag) ? 'no shadow root' : 'not defined'];
      return [tag, alert(shadow) ?? check(shadow)];
    }),
  );
}

/** Polls inspectWidgets until every widget is ok or the time is up; returns the last result. */
async function waitForWidgets(tab, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let result;
  for (;;) {
    result = await tab.evaluate(inspectWidgets);
    if (Object.values(result).every((v) => v === 'ok') || Date.now() > deadline) return result;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Items one per line (the first 15; identical ones once, with a count). */
const list = (items) => {
  const counts = new Map();
  for (const item of items) {
    const line = typeof item === 'string' ? item : JSON.stringify(item);
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const lines = [...counts].map(([line, n]) => `\n  - ${line}${n > 1 ? ` (×${n})` : ''}`);
  return (lines.slice(0, 15).join('') || ' none') + (lines.length > 15 ? `\n  … and ${lines.length - 15} more` : '');
};

/** Loads the widget page and returns everything that went wrong, as one readable report ('' when nothing did). */
async function widgetPageFailures(path, on, policy) {
  const { tab, problems } = await open(path, on, policy);
  try {
    const widgets = await waitForWidgets(tab);
    await tab.evaluate(() => document.fonts.ready);
    // A moment for late violations (chart animation frames, font swaps).
    await new Promise((r) => setTimeout(r, 500));
    const violations = await tab.evaluate(() => window.__violations);
    assert.ok(Array.isArray(violations), 'window.__violations is missing: /test/pages/csp-listen.js did not run');
    // One report with everything that went wrong, so a failure shows the whole picture.
    const broken = Object.entries(widgets)
      .filter(([, v]) => v !== 'ok')
      .map(([t, v]) => `<${t}>: ${v}`);
    return [
      ['widgets that did not render their content under the policy', broken],
      ['CSP / Trusted Types violations (securitypolicyviolation events)', violations],
      ['page errors', problems.pageErrors],
      ['console errors', problems.consoleErrors],
      ['failed requests', problems.failedRequests],
    ]
      .filter(([, items]) => items.length > 0)
      .map(([title, items]) => `${title}:${list(items)}`)
      .join('\n');
  } finally {
    await tab.close();
  }
}

test('every widget works under a strict CSP with Trusted Types: no violations, no errors', { timeout: 60_000 }, async () => {
  const failures = await widgetPageFailures('/test/pages/csp-widgets.html', server, POLICY);
  assert.ok(failures === '', failures);
});

test('the policy of docs/security.md works with the script and data on a separate CDN origin', { timeout: 60_000 }, async () => {
  // The CDN: another origin (another port), sending CORS headers as a real CDN must.
  const cdn = await serveRepo({ cors: true });
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${cdn.origin}`,
    `connect-src 'self' ${cdn.origin}`,
    `font-src 'self' ${cdn.origin}`,
    "img-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  // The same widget page, with the script and the chart's data taken from the CDN.
  const html = readFileSync(join(root, 'test/pages/csp-widgets.html'), 'utf8');
  const fromCdn = html.replaceAll('src="/packages/', `src="${cdn.origin}/packages/`);
  assert.equal(
    fromCdn.split(cdn.origin).length - 1,
    2,
    'test/pages/csp-widgets.html no longer has the script and the chart src at /packages/…',
  );
  const site = await serveRepo({ policy, pages: { '/site/widgets.html': fromCdn } });
  try {
    const failures = await widgetPageFailures('/site/widgets.html', site, policy);
    assert.ok(failures === '', failures);
  } finally {
    site.close();
    cdn.close();
  }
});

/**
 * hel.fi's policy exactly as docs/guides/hel-fi.md states it: the code block after the
 * "test/csp.test.mjs reads the next code block" comment, as one header value.
 */
function helfiPolicy() {
  const guide = readFileSync(join(root, 'docs/guides/hel-fi.md'), 'utf8');
  const block = /<!-- test\/csp\.test\.mjs reads the next code block[^>]*-->\s*```[^\n]*\n([\s\S]*?)\n```/.exec(guide);
  assert.ok(block, 'docs/guides/hel-fi.md has no code block marked for test/csp.test.mjs (Part 2)');
  const directives = block[1]
    .replace(/^\s*Content-Security-Policy:/, '')
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  const names = directives.map((d) => d.split(' ')[0]);
  // The guide's claims rest on these: scripts and fonts only from 'self' and *.hel.fi.
  for (const name of ['default-src', 'script-src', 'connect-src', 'font-src', 'img-src', 'style-src']) {
    assert.ok(names.includes(name), `the hel.fi policy in docs/guides/hel-fi.md has no ${name}`);
  }
  return directives.join('; ');
}

/** Adds `source` to one directive of a policy (what Drupal's csp module does for an external library). */
const withSource = (policy, directive, source) =>
  policy
    .split('; ')
    .map((d) => (d.split(' ')[0] === directive ? `${d} ${source}` : d))
    .join('; ');

/** The widget page with the bundle (only the script, not the chart's data) taken from `origin`. */
function pageWithBundleOn(origin) {
  const html = readFileSync(join(root, 'test/pages/csp-widgets.html'), 'utf8');
  const moved = html.replace('src="/packages/embed/dist/hki-widgets.js"', `src="${origin}/packages/embed/dist/hki-widgets.js"`);
  assert.notEqual(moved, html, 'test/pages/csp-widgets.html no longer loads /packages/embed/dist/hki-widgets.js');
  return moved;
}

test(
  "hel.fi's policy as docs/guides/hel-fi.md states it: every widget works with the bundle on the site itself",
  { timeout: 60_000 },
  async () => {
    const policy = helfiPolicy();
    const site = await serveRepo({ policy });
    try {
      const failures = await widgetPageFailures('/test/pages/csp-widgets.html', site, policy);
      assert.ok(failures === '', failures);
    } finally {
      site.close();
    }
  },
);

/** Whether the page reports a violation of `directive` for an address on `origin` within `timeout` ms. */
const reported = (tab, directive, origin, timeout) =>
  tab
    .waitForFunction(
      (d, o) => window.__violations.find((v) => v.violatedDirective.startsWith(d) && v.blockedURI.startsWith(o)),
      { timeout },
      directive,
      origin,
    )
    .then(() => true)
    .catch(() => false);

test("hel.fi's policy blocks the bundle on a third-party CDN: no widget starts", { timeout: 60_000 }, async () => {
  const policy = helfiPolicy();
  const cdn = await serveRepo({ cors: true });
  const site = await serveRepo({ policy, pages: { '/site/widgets.html': pageWithBundleOn(cdn.origin) } });
  try {
    const { tab } = await open('/site/widgets.html', site, policy);
    try {
      const blocked = await reported(tab, 'script-src', cdn.origin, 10_000);
      const violations = await tab.evaluate(() => window.__violations);
      assert.ok(blocked, `expected a script-src violation for ${cdn.origin}/…/hki-widgets.js, got:${list(violations)}`);
      const defined = await tab.evaluate(() =>
        ['hki-term', 'hki-measure-card', 'hki-service-finder', 'hki-sign'].filter((tag) => customElements.get(tag)),
      );
      assert.deepEqual(defined, [], 'widgets started although their script was blocked');
    } finally {
      await tab.close();
    }
  } finally {
    site.close();
    cdn.close();
  }
});

test(
  "hel.fi's policy with a third-party CDN in script-src only (what Drupal's csp module adds) still blocks the signs' font",
  { timeout: 60_000 },
  async () => {
    const cdn = await serveRepo({ cors: true });
    const policy = withSource(helfiPolicy(), 'script-src', cdn.origin);
    const site = await serveRepo({ policy, pages: { '/site/widgets.html': pageWithBundleOn(cdn.origin) } });
    try {
      const { tab } = await open('/site/widgets.html', site, policy);
      try {
        const blocked = await reported(tab, 'font-src', cdn.origin, 20_000);
        const violations = await tab.evaluate(() => window.__violations);
        assert.ok(blocked, `expected a font-src violation for the Arabic font on ${cdn.origin}, got:${list(violations)}`);
        assert.ok(
          await tab.evaluate(() => Boolean(customElements.get('hki-sign'))),
          'the script did not run, so this test shows nothing about font-src',
        );
      } finally {
        await tab.close();
      }
    } finally {
      site.close();
      cdn.close();
    }
  },
);

test('the test sees violations: an inline style attribute under the same policy is blocked and reported', { timeout: 30_000 }, async () => {
  const { tab } = await open('/test/pages/csp-inline-style.html');
  try {
    // The event is queued as a task after the parser meets the attribute.
    await tab.waitForFunction(() => window.__violations?.length > 0, { timeout: 5_000 }).catch(() => {});
    const violations = await tab.evaluate(() => window.__violations);
    const colour = await tab.evaluate(() => getComputedStyle(document.querySelector('p')).color);
    assert.ok(
      violations?.some((v) => v.violatedDirective.startsWith('style-src')),
      `expected a style-src(-attr) violation for <p style="color:red">, got:${list(violations ?? [])}`,
    );
    assert.notEqual(colour, 'rgb(255, 0, 0)', 'the inline style was applied: the policy header did not take effect');
  } finally {
    await tab.close();
  }
});
