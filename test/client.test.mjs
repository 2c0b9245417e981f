// A real client of the npm packages: `npm pack` each publishable package, install the tarballs into two
// throwaway apps outside the workspace (a plain Vite app and a React 19 app), build them with Vite,
// serve each build on 127.0.0.1 and check in Chromium that the elements render in the page's language,
// update when a property or attribute changes, fire their events and log no error. Nothing here
// resolves to the workspace's sources: the apps see only what the tarballs ship.
//
//   CHROME_PATH=/usr/bin/chromium node --test --test-reporter=spec test/client.test.mjs
//
// Needs the npm registry (vite, react, lit… are installed from it; one npm cache in the system's temp
// folder is reused between runs). KEEP_CLIENT_APPS=1 keeps the temporary apps for a look afterwards.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../scripts/lib/chromium-args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(tmpdir(), 'hki-widgets-client-npm-cache');
const KEEP = process.env.KEEP_CLIENT_APPS === '1';

// ─── what the workspace has ──────────────────────────────────────────────────────────────────────

const rootJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The vite the workspace builds with (the one that runs on Node 20.19), else its range in package.json. */
const VITE = existsSync(join(root, 'node_modules/vite/package.json'))
  ? JSON.parse(readFileSync(join(root, 'node_modules/vite/package.json'), 'utf8')).version
  : rootJson.devDependencies.vite;
// `npm view @vitejs/plugin-react@6 peerDependencies`: vite ^8. Change both together.
const PLUGIN_REACT = '^6.0.0';
const REACT = '^19.0.0';

/** Every publishable package of the workspace: { folder, name, dir, json }. */
const PACKAGES = readdirSync(join(root, 'packages'))
  .filter((folder) => existsSync(join(root, 'packages', folder, 'package.json')))
  .map((folder) => {
    const dir = join(root, 'packages', folder);
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { folder, name: json.name, dir, json };
  })
  .filter((p) => !p.json.private);

/** The files a package's manifest points at (exports without the workspace-only `source` condition, bin, main, types…). */
function manifestTargets(json) {
  const out = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      if (!value.includes('*')) out.add(value);
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) if (key !== 'source') walk(v);
    }
  };
  walk(json.exports);
  walk(json.bin);
  for (const key of ['main', 'types', 'customElements']) walk(json[key]);
  return [...out].map((p) => normalize(p).replace(/^\.\//, ''));
}

/** The newest modification time under the given files and folders (generated and installed files left out). */
function newest(paths) {
  let max = 0;
  const visit = (path) => {
    const s = statSync(path, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isDirectory()) {
      for (const name of readdirSync(path)) if (!['node_modules', 'generated', 'dist'].includes(name)) visit(join(path, name));
    } else max = Math.max(max, s.mtimeMs);
  };
  paths.forEach(visit);
  return max;
}

/** The newest modification time of anything in a folder (0 when there is none). */
function newestIn(dir) {
  let max = 0;
  if (!existsSync(dir)) return max;
  for (const entry of readdirSync(dir, { recursive: true })) max = Math.max(max, statSync(join(dir, entry)).mtimeMs);
  return max;
}

/** Why the packages need `npm run build`: files their manifests point at that are missing, dists older than their sources. */
function buildNeeded() {
  const missingFiles = [];
  const stale = [];
  const shared = ['tsconfig.base.json'].map((f) => join(root, f));
  for (const p of PACKAGES) {
    const missing = manifestTargets(p.json).filter((t) => !existsSync(join(p.dir, t)));
    if (missing.length) {
      missingFiles.push(`${p.name}: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''} missing`);
      continue;
    }
    const inputs = [...shared, join(root, 'translations', p.folder)];
    for (const f of ['src', 'content', 'schema', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'lit-localize.json']) {
      inputs.push(join(p.dir, f));
    }
    // The CDN bundle holds every package's code.
    if (p.folder === 'embed')
      inputs.push(join(root, 'vite.config.ts'), join(root, 'elements.json'), ...PACKAGES.map((q) => join(q.dir, 'src')));
    const built = Math.max(newest([join(p.dir, 'custom-elements.json')]), newestIn(join(p.dir, 'dist')));
    if (newest(inputs) > built) stale.push(`${p.name}: dist older than its sources`);
  }
  return { missingFiles, stale, reasons: [...missingFiles, ...stale] };
}

// ─── helpers ─────────────────────────────────────────────────────────────────────────────────────

/** The environment for child processes, without what `npm run`/`npm test` sets for the workspace. */
function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(npm_package_|npm_lifecycle_)/i.test(key) || /^(npm_config_local_prefix|npm_command|npm_config_call|INIT_CWD)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

/** Runs a command; resolves with its standard output (`all`: and its errors), rejects with the output's tail when it fails or times out. */
function run(cmd, args, { cwd = root, timeout = 300_000, all = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (c) => {
      output += c;
      stdout += c;
    });
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.on('error', (error) => reject(error));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(all ? output : stdout);
      else {
        const why = signal ? `was stopped (${signal}${signal === 'SIGTERM' ? `, over ${timeout / 1000} s` : ''})` : `exited with ${code}`;
        reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) ${why}:\n${output.trim().split('\n').slice(-40).join('\n')}`));
      }
    });
  });
}

const timings = [];
/** Runs one phase of the set-up, printing how long it took. */
async function phase(name, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    const seconds = (performance.now() - start) / 1000;
    timings.push([name, seconds]);
    console.log(`⏱ ${name}: ${seconds.toFixed(1)} s`);
  }
}

/** An interface string's translation, from translations/<package>/<lang>.xlf (so the test follows the translators). */
function translation(pkg, lang, source) {
  const xml = readFileSync(join(root, 'translations', pkg, `${lang}.xlf`), 'utf8');
  const unit = [...xml.matchAll(/<trans-unit id="[^"]+">([\s\S]*?)<\/trans-unit>/g)].find(
    ([, body]) => /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] === source,
  );
  assert.ok(unit, `translations/${pkg}/${lang}.xlf has no message "${source}"`);
  const target = /<target>([\s\S]*?)<\/target>/.exec(unit[1])?.[1];
  assert.ok(target && target !== source, `translations/${pkg}/${lang}.xlf: "${source}" is not translated`);
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return target.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => entities[name]);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** A static server for one folder on 127.0.0.1. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !(await stat(file).catch(() => null))?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

// ─── the two apps ────────────────────────────────────────────────────────────────────────────────

const SERVICE_ID = 'international-house-helsinki';
// What the data says, read from the built data package once the packages are built (in `before`).
let programme;
let concept;
let SERVICE;
const measureTitle = (id, lang) => programme.measures.find((m) => m.id === id).title[lang];
function readData() {
  programme = JSON.parse(readFileSync(join(root, 'packages/data/dist/programme.json'), 'utf8'));
  concept = programme.concepts.find((c) => c.id === 'immigrant');
  const services = JSON.parse(readFileSync(join(root, 'packages/data/dist/services.json'), 'utf8'));
  SERVICE = services.services.find((x) => x.id === SERVICE_ID);
  assert.ok(concept && SERVICE, `the data package has no concept "immigrant" or no service "${SERVICE_ID}"`);
}

const VITE_INDEX = `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" /><link rel="icon" href="data:," /><title>Vite client</title>
    <script type="module" src="/main.js"></script>
  </head>
  <body>
    <main>
      <hki-measure-card id="card" measure="1.1"></hki-measure-card>
      <hki-measure-card id="compact" measure="4.12" variant="compact"></hki-measure-card>
      <p>Helsinki <hki-term id="term" concept="immigrant"></hki-term>.</p>
      <hki-service-card id="service" service="${SERVICE_ID}" heading-level="2"></hki-service-card>
      <ol id="events"></ol>
    </main>
  </body>
</html>
`;

const VITE_MAIN = `import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/glossary/term/define.js';
import '@hki-widgets/services/service-card/define.js';
import { HkiMeasureCard } from '@hki-widgets/measures/measure-card.js';

// The class export and the define module must be one module: one class, one registration.
window.sameClass = customElements.get('hki-measure-card') === HkiMeasureCard;
document.addEventListener('hki-toggle', (event) => {
  const li = document.createElement('li');
  li.textContent = \`\${event.type} \${event.detail.concept ?? event.detail.measure} \${event.detail.open}\`;
  document.querySelector('#events').append(li);
});
`;

const REACT_INDEX = `<!doctype html>
<html lang="fi">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>React client</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body>
</html>
`;

const REACT_MAIN = `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@hki-widgets/embed/all.js';

function App() {
  const [measure, setMeasure] = useState('1.1');
  const [events, setEvents] = useState([]);
  const onToggle = (event) => setEvents((list) => [...list, \`\${event.type} \${event.detail.concept} \${event.detail.open}\`]);
  return (
    <main>
      <button id="next" type="button" onClick={() => setMeasure('8.3')}>8.3</button>
      <hki-measure-card id="card" measure={measure} headingLevel={2}></hki-measure-card>
      <p>
        Helsinki <hki-term id="term" concept="immigrant" onhki-toggle={onToggle}></hki-term>.
      </p>
      <hki-service-card id="service" service="${SERVICE_ID}"></hki-service-card>
      <ol id="events">{events.map((e, i) => <li key={i}>{e}</li>)}</ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
`;

const REACT_CONFIG = `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({ plugins: [react()] });
`;

/** Writes an app: package.json with the given tarballs and registry packages, and its files. */
async function writeApp(dir, name, { tarballs, dependencies = {}, devDependencies = {}, files }) {
  const deps = { ...dependencies };
  for (const [pkg, file] of tarballs) deps[pkg] = `file:${relative(dir, file)}`;
  const json = { name, private: true, version: '0.0.0', type: 'module', dependencies: deps, devDependencies };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(json, null, 2)}\n`);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** Checks that every @hki-widgets package in an app came from our tarballs, whole. */
async function checkInstalled(dir, expected) {
  for (const [pkg, , packed] of expected) {
    const installed = join(dir, 'node_modules', pkg);
    const json = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    assert.equal(json.version, packed.version, `${pkg} in ${dir} is not the packed one`);
    const absent = manifestTargets(json).filter((t) => !existsSync(join(installed, t)));
    assert.deepEqual(absent, [], `${pkg} as installed from its tarball lacks files its package.json points at`);
  }
}

// ─── in the browser ──────────────────────────────────────────────────────────────────────────────

/** Opens a page and records every console error, page error, failed request and HTTP error. */
async function open(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location()?.url ?? ''})`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}

/** Waits for the tags to be defined and every element on the page to have rendered its data; returns their states. */
async function ready(page, tags) {
  await waitFor(page, `the app to render ${tags.join(', ')}`, (tags) => tags.every((t) => document.querySelector(t)), tags, 15_000);
  return page.evaluate(async (tags) => {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`not defined in 15 s: ${tags.join(', ')}`)), 15_000));
    await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), timeout]);
    const els = [...document.querySelectorAll(tags.join(','))];
    return Object.fromEntries(await Promise.all(els.map(async (el) => [el.id, await el.dataComplete()])));
  }, tags);
}

/** What an element shows: the lang of its base part, the text of its shadow root, its heading's tag. */
const shown = (page, id) =>
  page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    return {
      lang: root.querySelector('[part="base"]')?.getAttribute('lang'),
      text: root.textContent.replace(/\s+/g, ' ').trim(),
      heading: root.querySelector('[part="title"], [part="service-name"]')?.tagName,
    };
  }, id);

/** Waits for a condition on the page, failing with what was awaited rather than a bare timeout. */
async function waitFor(page, what, fn, arg, timeout = 10_000) {
  try {
    await page.waitForFunction(fn, { timeout }, arg);
  } catch (error) {
    throw new Error(`waited ${timeout / 1000} s for ${what}: ${error.message}`);
  }
}

const events = (page) => page.$$eval('#events li', (lis) => lis.map((li) => li.textContent));

/** Lit copies on the page (Lit records each copy's version; two copies would mean two Lits bundled). */
const litCopies = (page) =>
  page.evaluate(() => ({ element: globalThis.litElementVersions?.length, html: globalThis.litHtmlVersions?.length }));

// ─── the suite ───────────────────────────────────────────────────────────────────────────────────

describe('the npm packages in real client apps (packed tarballs, Vite, React 19, Chromium)', { timeout: 600_000 }, () => {
  let work;
  let browser;
  const servers = [];
  const origins = {};

  before(async () => {
    const started = performance.now();
    await phase('npm registry reachable', async () => {
      try {
        // One look-up of a package the apps need, past the cache: is the registry there and does it serve vite?
        await run('npm', ['view', `vite@${VITE}`, 'version', '--prefer-online', '--fetch-retries=0', '--cache', CACHE], {
          timeout: 45_000,
        });
      } catch (error) {
        throw new Error(
          'The npm registry is unreachable, so the client apps cannot be installed (vite, react and lit come from it). ' +
            `This test does not skip: fix the network or the registry setting (npm config get registry).\n${error.message}`,
        );
      }
    });

    const { reasons } = buildNeeded();
    if (reasons.length) {
      console.log(`building the packages (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; …' : ''})`);
      await phase('npm run build', () => run('npm', ['run', 'build'], { timeout: 900_000 }));
      const { missingFiles } = buildNeeded();
      assert.deepEqual(missingFiles, [], 'after `npm run build` the packages still lack files their package.json points at');
    } else {
      console.log('packages built and up to date: no build');
    }

    readData();
    work = await mkdtemp(join(tmpdir(), 'hki-widgets-client-'));
    const packs = join(work, 'packs');
    await mkdir(packs);

    const packed = await phase('npm pack (every publishable package)', async () => {
      const args = ['pack', '--json', '--pack-destination', packs, ...PACKAGES.flatMap((p) => ['--workspace', `packages/${p.folder}`])];
      const out = await run('npm', args);
      return JSON.parse(out.slice(out.indexOf('[')));
    });
    // Each tarball holds every file its package.json points at (exports, bin, types, customElements).
    for (const p of PACKAGES) {
      const pack = packed.find((x) => x.name === p.name);
      assert.ok(pack, `npm pack gave no tarball for ${p.name}`);
      const inTarball = new Set(pack.files.map((f) => normalize(f.path)));
      const absent = manifestTargets(p.json).filter((t) => !inTarball.has(t));
      assert.deepEqual(absent, [], `${p.name}: its tarball lacks files its package.json points at (check "files")`);
      p.tarball = join(packs, pack.filename);
      p.version = pack.version;
    }
    const tarball = (name) => {
      const p = PACKAGES.find((x) => x.name === name);
      assert.ok(p, `${name} is not a publishable workspace package`);
      return [name, p.tarball, p];
    };

    const viteApp = join(work, 'vite-app');
    const reactApp = join(work, 'react-app');
    // The plain app takes only the packages it imports (and what they need); the React app takes every one, via embed/all.js.
    const viteTarballs = [
      '@hki-widgets/data',
      '@hki-widgets/core',
      '@hki-widgets/measures',
      '@hki-widgets/glossary',
      '@hki-widgets/services',
    ].map(tarball);
    const reactTarballs = PACKAGES.map((p) => tarball(p.name));
    await writeApp(viteApp, 'hki-client-vite', {
      tarballs: viteTarballs,
      devDependencies: { vite: VITE },
      files: { 'index.html': VITE_INDEX, 'main.js': VITE_MAIN },
    });
    await writeApp(reactApp, 'hki-client-react', {
      tarballs: reactTarballs,
      dependencies: { react: REACT, 'react-dom': REACT },
      devDependencies: { vite: VITE, '@vitejs/plugin-react': PLUGIN_REACT },
      files: { 'index.html': REACT_INDEX, 'src/main.jsx': REACT_MAIN, 'vite.config.js': REACT_CONFIG },
    });

    const install = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', CACHE];
    await phase('npm install (both apps, in parallel)', () =>
      Promise.all([run('npm', install, { cwd: viteApp }), run('npm', install, { cwd: reactApp })]),
    );
    await checkInstalled(viteApp, viteTarballs);
    await checkInstalled(reactApp, reactTarballs);

    const built = await phase('vite build (both apps, in parallel)', () =>
      Promise.all(
        [viteApp, reactApp].map((cwd) => run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd, all: true })),
      ),
    );
    // Warnings do not fail the test, but they are shown.
    built.forEach((out, i) => out.trim() && console.log(`vite warned (${['Vite', 'React'][i]} app):\n${out.trim()}`));

    await phase('serve and launch Chromium', async () => {
      for (const [key, dir] of [
        ['vite', viteApp],
        ['react', reactApp],
      ]) {
        const server = await serve(join(dir, 'dist'));
        servers.push(server);
        origins[key] = server.origin;
      }
      browser = await puppeteer.launch({
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
    });
    console.log(`⏱ set-up in all: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  after(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
    if (work && !KEEP) await rm(work, { recursive: true, force: true });
    else if (work) console.log(`kept the apps in ${work}`);
    console.log(`⏱ phases: ${timings.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}`);
  });

  test('plain Vite app: define modules from the tarballs, attributes, events, the page language', async () => {
    const start = performance.now();
    const { page, problems, requests } = await open(browser, `${origins.vite}/`);
    try {
      assert.deepEqual(await ready(page, ['hki-measure-card', 'hki-term', 'hki-service-card']), {
        card: 'ready',
        compact: 'ready',
        term: 'ready',
        service: 'ready',
      });
      assert.equal(await page.evaluate(() => window.sameClass), true, 'measure-card.js and measure-card/define.js give two classes');
      assert.deepEqual(await litCopies(page), { element: 1, html: 1 }, 'the app bundles one copy of Lit');

      // In the page's language (html lang="fi"): interface strings and data.
      const card = await shown(page, 'card');
      assert.equal(card.lang, 'fi');
      assert.ok(card.text.includes(measureTitle('1.1', 'fi')), `card shows 1.1's Finnish title: ${card.text.slice(0, 300)}`);
      assert.ok(
        card.text.includes(translation('measures', 'fi', 'Responsible')),
        `card's interface is Finnish: ${card.text.slice(0, 300)}`,
      );
      assert.equal(card.heading, 'H3');
      const compact = await shown(page, 'compact');
      assert.ok(compact.text.includes(translation('measures', 'fi', 'Show details')), `compact card: ${compact.text.slice(0, 200)}`);
      const service = await shown(page, 'service');
      assert.equal(service.lang, 'fi');
      assert.equal(service.heading, 'H2');
      assert.ok(service.text.includes(SERVICE.name.fi), `service card: ${service.text.slice(0, 200)}`);
      // (Rows without content are left out: a label every card shows.)
      for (const s of ['Opening hours:', 'Topics'])
        assert.ok(service.text.includes(translation('services', 'fi', s)), `service card: ${s} in Finnish`);
      const term = await shown(page, 'term');
      assert.ok(term.text.includes(concept.term.fi), `term shows its Finnish name: ${term.text}`);
      // Only the Finnish data was fetched (the per-language data are chunks of their own).
      const data = requests.filter((u) => /programme\.(fi|sv|en)/.test(u));
      assert.ok(data.length > 0, `no programme.<lang> data chunk was requested (were the chunks renamed?): ${requests.join(', ')}`);
      assert.ok(
        data.every((u) => /programme\.fi/.test(u)),
        `a Finnish page fetched other languages' data: ${data.join(', ')}`,
      );

      // Events: a click on the term (and on the compact card's button), heard by the app's listener.
      await page.evaluate(() => document.getElementById('term').shadowRoot.querySelector('[part="term"]').click());
      await page.evaluate(() => document.getElementById('compact').shadowRoot.querySelector('button.details-toggle').click());
      await waitFor(page, "two hki-toggle events at the app's listener", () => document.querySelectorAll('#events li').length >= 2);
      assert.deepEqual(await events(page), ['hki-toggle immigrant true', 'hki-toggle 4.12 true']);
      const definition = await page.evaluate(() => {
        const part = document.getElementById('term').shadowRoot.querySelector('[part="definition"]');
        return { hidden: part.hidden, text: part.textContent.replace(/\s+/g, ' ') };
      });
      assert.equal(definition.hidden, false);
      assert.ok(definition.text.includes(concept.definition.fi), `definition in Finnish: ${definition.text}`);
      assert.ok(
        definition.text.includes(translation('glossary', 'fi', 'Source:')),
        `definition's source label in Finnish: ${definition.text}`,
      );

      // An attribute change: another measure, of another measure set (another data chunk).
      await page.evaluate(() => document.getElementById('card').setAttribute('measure', '8.3'));
      assert.equal(await page.evaluate(() => document.getElementById('card').dataComplete()), 'ready');
      const changed = await shown(page, 'card');
      assert.ok(
        changed.text.includes(measureTitle('8.3', 'fi')),
        `card shows 8.3 after the attribute changed: ${changed.text.slice(0, 300)}`,
      );
      assert.ok(!changed.text.includes(measureTitle('1.1', 'fi')), 'card still shows 1.1');

      // The page's language changes: every element follows.
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'sv'));
      // The locale switches asynchronously (@lit/localize): wait until every element renders in Swedish, then for its data.
      await waitFor(page, 'every element to render in Swedish after <html lang="sv">', () =>
        ['card', 'compact', 'service'].every((id) => document.getElementById(id).shadowRoot.querySelector('[part="base"]')?.lang === 'sv'),
      );
      assert.deepEqual(await ready(page, ['hki-measure-card', 'hki-term', 'hki-service-card']), {
        card: 'ready',
        compact: 'ready',
        term: 'ready',
        service: 'ready',
      });
      const swedish = await shown(page, 'card');
      assert.equal(swedish.lang, 'sv');
      assert.ok(swedish.text.includes(measureTitle('8.3', 'sv')), `card in Swedish: ${swedish.text.slice(0, 300)}`);
      assert.ok(
        swedish.text.includes(translation('measures', 'sv', 'Responsible')),
        `card's interface in Swedish: ${swedish.text.slice(0, 300)}`,
      );
      assert.ok((await shown(page, 'service')).text.includes(translation('services', 'sv', 'Opening hours:')), 'service card in Swedish');

      assert.deepEqual(problems, [], 'the page logged errors');
    } finally {
      await page.close();
      console.log(`⏱ Vite app in Chromium: ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  });

  test('React 19 app: embed/all.js, JSX props as properties, state changes, onhki-toggle', async () => {
    const start = performance.now();
    const { page, problems } = await open(browser, `${origins.react}/`);
    try {
      assert.deepEqual(await ready(page, ['hki-measure-card', 'hki-term', 'hki-service-card']), {
        card: 'ready',
        term: 'ready',
        service: 'ready',
      });
      assert.deepEqual(await litCopies(page), { element: 1, html: 1 }, 'the app bundles one copy of Lit');

      const card = await shown(page, 'card');
      assert.equal(card.lang, 'fi');
      assert.ok(card.text.includes(measureTitle('1.1', 'fi')), `card shows 1.1's Finnish title: ${card.text.slice(0, 300)}`);
      assert.ok(
        card.text.includes(translation('measures', 'fi', 'Responsible')),
        `card's interface is Finnish: ${card.text.slice(0, 300)}`,
      );
      // headingLevel={2} is no attribute: React 19 set the property.
      assert.equal(card.heading, 'H2', 'headingLevel={2} did not reach the element as a property');
      const service = await shown(page, 'service');
      assert.ok(service.text.includes(SERVICE.name.fi), `service card: ${service.text.slice(0, 200)}`);
      assert.ok(service.text.includes(translation('services', 'fi', 'Opening hours:')), 'service card in Finnish');
      assert.ok((await shown(page, 'term')).text.includes(concept.term.fi), 'term shows its Finnish name');

      // State change in React → measure={measure} → the card shows the new measure.
      await page.click('#next');
      await waitFor(page, 'React to set the card\'s measure property to "8.3" after the state change', () => {
        return document.getElementById('card').measure === '8.3';
      });
      assert.equal(await page.evaluate(() => document.getElementById('card').dataComplete()), 'ready');
      const changed = await shown(page, 'card');
      assert.ok(changed.text.includes(measureTitle('8.3', 'fi')), `card shows 8.3 after the state changed: ${changed.text.slice(0, 300)}`);
      assert.ok(!changed.text.includes(measureTitle('1.1', 'fi')), 'card still shows 1.1');
      assert.equal(await page.evaluate(() => document.getElementById('card').getAttribute('measure')), '8.3');

      // The term's hki-toggle reaches React's onhki-toggle handler, which renders it.
      await page.evaluate(() => document.getElementById('term').shadowRoot.querySelector('[part="term"]').click());
      await waitFor(
        page,
        "the term's hki-toggle at React's onhki-toggle handler",
        () => document.querySelectorAll('#events li').length >= 1,
      );
      assert.deepEqual(await events(page), ['hki-toggle immigrant true']);

      assert.deepEqual(problems, [], 'the page logged errors');
    } finally {
      await page.close();
      console.log(`⏱ React app in Chromium: ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  });
});
