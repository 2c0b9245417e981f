// `npm run new-element` gives an element that passes the project's checks with no hand edits. In a
// temporary copy of the repository (the tracked and untracked files of the working tree, the built
// data package, node_modules linked from here), it adds <hki-demo-widget> in a new package and
// <hki-demo-other> in an existing one, then runs what npm test runs on them: the one-list check, the
// custom-elements manifest, the whole type-check, lint, translation extraction, their browser tests,
// the CDN build and the size budgets of their pages. HKI_KEEP_COPY=1 keeps the copy to look into.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureChromium } from '../scripts/setup.mjs';

const main = new URL('..', import.meta.url).pathname;
const NEW = { pkg: 'demo', tag: 'hki-demo-widget', name: 'demo-widget' };
const EXISTING = { pkg: 'glossary', tag: 'hki-demo-other', name: 'demo-other' };
let dir;

/** Runs a command in the copy; `ok` asserts it exited 0 and shows the end of its output if not. */
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env }, maxBuffer: 256 * 1024 * 1024 });
function ok(result, what) {
  // Without colour codes, which would hide the runners' summary lines.
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  assert.equal(result.status, 0, `${what} exited ${result.status}:\n${output.split('\n').slice(-80).join('\n')}`);
  return output;
}
const read = (file) => readFileSync(join(dir, file), 'utf8');
const readJson = (file) => JSON.parse(read(file));

before(() => {
  assert.ok(existsSync(`${main}packages/data/dist/programme.json`), 'the data package is not built: npm run build:data');
  dir = mkdtempSync(join(tmpdir(), 'hki-new-element-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: main, encoding: 'utf8' });
  for (const file of files.split('\0').filter((f) => f && existsSync(`${main}${f}`))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(`${main}${file}`, join(dir, file));
  }
  cpSync(`${main}packages/data/dist`, join(dir, 'packages/data/dist'), { recursive: true });
  // node_modules: the installed packages linked from here; the workspace links point into the copy,
  // and the folders tools write to (and npm's own lock) are the copy's.
  mkdirSync(join(dir, 'node_modules/@hki-widgets'), { recursive: true });
  for (const entry of readdirSync(`${main}node_modules`)) {
    if (['@hki-widgets', '.cache', '.vite-temp', '.package-lock.json'].includes(entry)) continue;
    symlinkSync(`${main}node_modules/${entry}`, join(dir, 'node_modules', entry));
  }
  cpSync(`${main}node_modules/.package-lock.json`, join(dir, 'node_modules/.package-lock.json'));
  for (const pkg of readdirSync(join(dir, 'packages'))) symlinkSync(`../../packages/${pkg}`, join(dir, 'node_modules/@hki-widgets', pkg));
  // The locale modules npm run i18n generates (not in git), for every package as npm test has them.
  const configs = ['lit-localize.json', ...readdirSync(join(dir, 'packages')).map((p) => `packages/${p}/lit-localize.json`)];
  for (const config of configs.filter((c) => existsSync(join(dir, c))))
    ok(run('npx', ['lit-localize', 'build', '--config', config]), `lit-localize build (${config})`);
});

after(() => {
  if (process.env.HKI_KEEP_COPY) console.log(`the copy is kept in ${dir}`);
  else if (dir) rmSync(dir, { recursive: true, force: true });
});

test('new-element writes an element in a new package, with everything a package needs', () => {
  ok(run('node', ['scripts/new-element.mjs', NEW.pkg, NEW.tag]), 'new-element (new package)');
  const base = `packages/${NEW.pkg}`;
  for (const file of [
    `${base}/package.json`,
    `${base}/tsconfig.build.json`,
    `${base}/lit-localize.json`,
    `${base}/src/translations.ts`,
    `${base}/src/${NEW.name}/${NEW.name}.ts`,
    `${base}/src/${NEW.name}/${NEW.name}.styles.ts`,
    `${base}/test/${NEW.name}.test.ts`,
    `translations/${NEW.pkg}/fi.xlf`,
    `translations/${NEW.pkg}/sv.xlf`,
    `stories/${NEW.name}.stories.ts`,
    `docs/components/${NEW.name}.md`,
    `${base}/src/generated/locales/fi.ts`,
  ]) {
    assert.ok(existsSync(join(dir, file)), `${file} was not written`);
  }
  const manifest = readJson(`${base}/package.json`);
  assert.equal(manifest.exports[`./${NEW.name}/define.js`].source, `./src/${NEW.name}/define.ts`);
  assert.ok(manifest.sideEffects.includes('./src/**/define.ts') && manifest.sideEffects.includes('./src/translations.ts'));
  const define = read(`${base}/src/${NEW.name}/define.ts`);
  assert.match(define, /^import '\.\.\/translations\.js';$/m, 'the define module registers the translations');
  const element = read(`${base}/src/${NEW.name}/${NEW.name}.ts`);
  for (const api of [
    'extends HkiElement',
    'new DataController(this, () => programmeSource({ src: this.src, locale: this.uiLocale }))',
    'this.renderDataState(',
    'this.text(',
  ]) {
    assert.ok(element.includes(api), `the element uses ${api}`);
  }
  assert.match(read(`translations/${NEW.pkg}/fi.xlf`), /<target>Toimenpiteitä:<\/target>/);

  // The one list, and what is generated from it.
  const listed = readJson('elements.json').elements.find((e) => e.tag === NEW.tag);
  assert.deepEqual(
    { package: listed.package, define: listed.define },
    { package: NEW.pkg, define: `@hki-widgets/${NEW.pkg}/${NEW.name}/define.js` },
  );
  assert.ok(read('packages/embed/src/registry.ts').includes(`'${NEW.tag}': () => import('${listed.define}'),`));
  assert.ok(read('packages/embed/src/all.ts').includes(`import '${listed.define}';`));
  assert.equal(readJson('packages/embed/package.json').dependencies[`@hki-widgets/${NEW.pkg}`], '0.1.0');
  const lock = readJson('package-lock.json').packages;
  assert.deepEqual(lock[`node_modules/@hki-widgets/${NEW.pkg}`], { resolved: `packages/${NEW.pkg}`, link: true });
  assert.equal(lock[`packages/${NEW.pkg}`].name, `@hki-widgets/${NEW.pkg}`);
  assert.ok(lock['packages/embed'].dependencies[`@hki-widgets/${NEW.pkg}`]);
  assert.ok(lstatSync(join(dir, `node_modules/@hki-widgets/${NEW.pkg}`)).isSymbolicLink(), 'the workspace is linked');
});

test('new-element adds an element to an existing package, keeping what the package has', () => {
  const was = readJson(`packages/${EXISTING.pkg}/package.json`);
  ok(run('node', ['scripts/new-element.mjs', EXISTING.pkg, EXISTING.tag]), 'new-element (existing package)');
  const now = readJson(`packages/${EXISTING.pkg}/package.json`);
  assert.deepEqual(
    Object.keys(now.exports).filter((k) => !k.includes(EXISTING.name)),
    Object.keys(was.exports),
  );
  assert.ok(now.exports[`./${EXISTING.name}.js`] && now.exports[`./${EXISTING.name}/define.js`]);
  assert.deepEqual({ ...now, exports: undefined }, { ...was, exports: undefined });
  assert.match(read(`packages/${EXISTING.pkg}/src/${EXISTING.name}/define.ts`), /^import '\.\.\/translations\.js';$/m);
  assert.match(read(`translations/${EXISTING.pkg}/sv.xlf`), /<target>Åtgärder:<\/target>/);
  assert.ok(read('packages/embed/src/registry.ts').includes(`'${EXISTING.tag}'`));
});

test('new-element refuses a tag that is listed already', () => {
  const list = read('elements.json');
  const result = run('node', ['scripts/new-element.mjs', NEW.pkg, NEW.tag]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /is in elements\.json already/);
  assert.equal(read('elements.json'), list);
});

test('the one list agrees with everything (gen-elements --check), and the check notices drift', () => {
  ok(run('node', ['scripts/gen-elements.mjs', '--check']), 'gen-elements --check');
  const file = `packages/${NEW.pkg}/src/${NEW.name}/define.ts`;
  const define = read(file);
  writeFileSync(join(dir, file), define.replace("import '../translations.js';\n", ''));
  try {
    const result = run('node', ['scripts/gen-elements.mjs', '--check']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /does not import the package's translations/);
  } finally {
    writeFileSync(join(dir, file), define);
  }
});

test('custom-elements.json describes the new elements', () => {
  ok(run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']), 'cem analyze');
  const tags = readJson('custom-elements.json').modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
  assert.ok(tags.includes(NEW.tag) && tags.includes(EXISTING.tag), `manifest tags: ${tags.join(', ')}`);
});

test('type-check: the whole repository', () => {
  ok(run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']), 'tsc');
});

test('lint and formatting: the packages and stories the new elements touch', () => {
  const files = [
    `packages/${NEW.pkg}`,
    `packages/${EXISTING.pkg}`,
    'packages/embed',
    `stories/${NEW.name}.stories.ts`,
    `stories/${EXISTING.name}.stories.ts`,
  ];
  ok(run('npx', ['eslint', '--max-warnings=0', ...files]), 'eslint');
  ok(run('npx', ['prettier', '--check', ...files, 'elements.json', 'packages/embed/src']), 'prettier');
});

test('translations: extraction finds every message of both packages translated', () => {
  for (const pkg of [NEW.pkg, EXISTING.pkg]) {
    ok(run('npx', ['lit-localize', 'extract', '--config', `packages/${pkg}/lit-localize.json`]), `lit-localize extract (${pkg})`);
    for (const locale of ['fi', 'sv']) {
      const xml = read(`translations/${pkg}/${locale}.xlf`);
      const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
      assert.ok(units.length > 0, `translations/${pkg}/${locale}.xlf has no messages`);
      const untranslated = units.filter(([, , unit]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)).map(([, id]) => id);
      assert.deepEqual(untranslated, [], `translations/${pkg}/${locale}.xlf: messages without a translation`);
    }
  }
});

test('browser tests of the new elements (web-test-runner, Chromium)', () => {
  const files = [`packages/${NEW.pkg}/test/${NEW.name}.test.ts`, `packages/${EXISTING.pkg}/test/${EXISTING.name}.test.ts`];
  const output = ok(
    run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', '--files', ...files], { CHROME_PATH: ensureChromium() }),
    'web-test-runner',
  );
  assert.match(output, /2\/2 test files \| \d+ passed, 0 failed/);
});

test('CDN build: each new element is a chunk, and its page keeps its size budget', () => {
  ok(run('npx', ['vite', 'build', '--logLevel', 'warn']), 'vite build');
  const chunks = readdirSync(join(dir, 'packages/embed/dist/chunks'));
  for (const { name } of [NEW, EXISTING])
    assert.ok(
      chunks.some((c) => c.startsWith(`${name}-`) && c.endsWith('.js')),
      `no chunk for ${name}`,
    );
  const output = ok(run('node', ['scripts/size.mjs', NEW.tag, EXISTING.tag], { CHROME_PATH: ensureChromium() }), 'size check');
  assert.match(output, /✓ One demo widget/);
});
