#!/usr/bin/env node
// The one list of elements, elements.json, made true everywhere else:
//   node scripts/gen-elements.mjs           writes what is generated from the list
//   node scripts/gen-elements.mjs --check   writes nothing; fails when anything disagrees (npm test)
//
// Generated from the list (never edit these by hand):
//   packages/embed/src/registry.ts    the autoloader's tags, their define modules and data prefetchers
//   packages/embed/src/all.ts         every element at once, for npm users
//   docs/configurator/elements.js     the widgets the configurator offers (name and one line)
// Kept in line with the list (written here when they lag behind, otherwise left as they are):
//   packages/embed/package.json       a dependency on each package with elements
//   package-lock.json                 those packages as workspaces (what npm install would write)
//   node_modules/@hki-widgets/<pkg>   the workspace link of a new package (npm install's job too)
// Checked against the list (kept by hand; npm run new-element writes them for a new element):
//   each package's exports of its elements, each define module (it defines its tag and imports the
//   package's translations when the package has strings), every defineElement('hki-…') in
//   packages/*/src being listed, a story per element, its doc page, and configurator.js having
//   options only for the widgets it offers. scripts/size.mjs reads its pages from the list itself.
import { existsSync, lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LIST, exportOf, folderOf, readElements, root } from './lib/elements.mjs';

const check = process.argv.includes('--check');
const elements = readElements();
const packages = [...new Set(elements.map((e) => e.package))];

const read = (file) => (existsSync(`${root}${file}`) ? readFileSync(`${root}${file}`, 'utf8') : undefined);
const readJson = (file) => JSON.parse(read(file) ?? 'null');
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** A JavaScript string literal as Prettier writes it (single quotes unless the text has some). */
const quote = (s) => (s.includes("'") && !s.includes('"') ? JSON.stringify(s) : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);

const NOTICE = `// Generated from ${LIST} by scripts/gen-elements.mjs: do not edit. Change the list and run the script.`;

/** The prefetch modules (one may serve several tags), each imported under its own name. */
const prefetchModules = [...new Set(elements.map((e) => e.prefetch).filter(Boolean))];
const prefetchName = (module) => `prefetch${prefetchModules.indexOf(module)}`;

/** file → the text it must have. */
const generated = {
  'packages/embed/src/registry.ts': `${NOTICE}
${prefetchModules.map((m) => `import { prefetch as ${prefetchName(m)} } from ${quote(m)};`).join('\n')}

/**
 * Every element the autoloader knows: its tag, and the module that defines it. Each becomes its own
 * chunk in the CDN build, fetched relative to hki-widgets.js only when a page uses the tag.
 */
export const registry: Record<string, () => Promise<unknown>> = {
${elements.map((e) => `  ${quote(e.tag)}: () => import(${quote(e.define)}),`).join('\n')}
};

/**
 * The height each element keeps while its code and data load (its typical height on a wide screen),
 * so the page's text below it does not move when the content arrives.
 */
export const reserves: Record<string, string> = {
${elements
  .filter((e) => e.reserve)
  .map((e) => `  ${quote(e.tag)}: ${quote(e.reserve)},`)
  .join('\n')}
};

/**
 * What hki-widgets.js calls on seeing an element, before the element's code has arrived: each starts
 * the data request the element will make (small modules without Lit, bundled into hki-widgets.js).
 */
export const prefetchers: Record<string, (element: Element) => void> = {
${elements
  .filter((e) => e.prefetch)
  .map((e) => `  ${quote(e.tag)}: ${prefetchName(e.prefetch)},`)
  .join('\n')}
};
`,
  'packages/embed/src/all.ts': `${NOTICE}
/** Defines every hki-widgets element at once, for applications that bundle the npm packages. */
${elements.map((e) => `import ${quote(e.define)};`).join('\n')}
`,
  'docs/configurator/elements.js': `${NOTICE}
/** The widgets the configurator offers, in the order of its chooser: the tag, a name and one line. */
export const ELEMENTS = [
${elements
  .filter((e) => e.configurator)
  .map(
    (e) => `  {\n    tag: ${quote(e.tag)},\n    name: ${quote(e.configurator.name)},\n    summary: ${quote(e.configurator.summary)},\n  },`,
  )
  .join('\n')}
];
`,
};

// The embed package depends on core and on every package with elements (other dependencies stay).
const embedFile = 'packages/embed/package.json';
const embed = readJson(embedFile);
const wanted = ['core', ...packages].map((p) => `@hki-widgets/${p}`);
const deps = Object.entries(embed.dependencies ?? {}).filter(([name]) => !name.startsWith('@hki-widgets/') || wanted.includes(name));
for (const name of wanted)
  if (!deps.some(([n]) => n === name)) deps.push([name, readJson(`packages/${name.split('/')[1]}/package.json`)?.version ?? '0.1.0']);
generated[embedFile] = json({ ...embed, dependencies: Object.fromEntries(deps) });

// package-lock.json: each package with elements as a linked workspace, and the embed package's
// dependencies as its package.json has them. Entries npm wrote already are left as they are.
const lockFile = 'package-lock.json';
const lock = readJson(lockFile);
if (lock?.packages) {
  const entries = Object.entries(lock.packages);
  const add = (key, value) => {
    if (lock.packages[key]) return;
    // npm keeps the keys in order: the new one goes before the first that sorts after it.
    const at = entries.findIndex(([k]) => k.localeCompare(key, 'en') > 0);
    entries.splice(at < 0 ? entries.length : at, 0, [key, value]);
    lock.packages[key] = value;
  };
  for (const pkg of packages) {
    const manifest = readJson(`packages/${pkg}/package.json`);
    if (!manifest) continue;
    add(`node_modules/@hki-widgets/${pkg}`, { resolved: `packages/${pkg}`, link: true });
    const { name, version, license, dependencies, devDependencies } = manifest;
    add(`packages/${pkg}`, JSON.parse(JSON.stringify({ name, version, license, dependencies, devDependencies })));
  }
  const embedLock = entries.find(([k]) => k === 'packages/embed');
  if (embedLock) {
    const sorted = Object.fromEntries([...deps].sort(([a], [b]) => a.localeCompare(b, 'en')));
    embedLock[1] = { ...embedLock[1], dependencies: sorted };
  }
  generated[lockFile] = json({ ...lock, packages: Object.fromEntries(entries) });
}

const problems = [];
const stale = Object.keys(generated).filter((file) => read(file) !== generated[file]);
if (check) {
  for (const file of stale) problems.push(`${file} does not match ${LIST}: run node scripts/gen-elements.mjs`);
} else {
  for (const file of stale) {
    writeFileSync(`${root}${file}`, generated[file]);
    console.log(`wrote    ${file}`);
  }
}

// The workspace link of each package (npm install makes it; a new package has none yet).
if (existsSync(`${root}node_modules/@hki-widgets`)) {
  for (const pkg of packages) {
    const link = `${root}node_modules/@hki-widgets/${pkg}`;
    if (!existsSync(`${root}packages/${pkg}/package.json`) || lstatSync(link, { throwIfNoEntry: false })) continue;
    if (check) problems.push(`node_modules/@hki-widgets/${pkg} is missing: run npm install`);
    else {
      symlinkSync(`../../packages/${pkg}`, link);
      console.log(`linked   node_modules/@hki-widgets/${pkg} → packages/${pkg}`);
    }
  }
}

// What is kept by hand, checked against the list.
const files = (dir, test) =>
  existsSync(`${root}${dir}`)
    ? readdirSync(`${root}${dir}`, { recursive: true })
        .map((f) => `${dir}/${f}`)
        .filter(test)
    : [];
const stories = files('stories', (f) => f.endsWith('.stories.ts')).map((f) => read(f));
for (const e of elements) {
  const at = `${e.tag} (${LIST})`;
  const manifest = readJson(`packages/${e.package}/package.json`);
  if (!manifest) {
    problems.push(`${at}: packages/${e.package}/package.json is missing`);
    continue;
  }
  const exported = (key) => manifest.exports?.[key]?.source;
  const defineSource = exported(exportOf(e));
  if (!defineSource) problems.push(`${at}: packages/${e.package}/package.json does not export "${exportOf(e)}" (with a "source")`);
  else {
    const file = join('packages', e.package, defineSource);
    const text = read(file);
    if (text === undefined) problems.push(`${at}: ${file} is missing`);
    else {
      if (!text.includes(`defineElement(${quote(e.tag)}`)) problems.push(`${at}: ${file} does not call defineElement('${e.tag}', …)`);
      const translations = `${root}packages/${e.package}/src/translations.ts`;
      const imports = [...text.matchAll(/^import\s+'(\.[^']+)';/gm)].map(([, s]) =>
        resolve(dirname(`${root}${file}`), s.replace(/\.js$/, '.ts')),
      );
      if (existsSync(`${root}packages/${e.package}/lit-localize.json`) && !imports.includes(translations)) {
        problems.push(
          `${at}: ${file} does not import the package's translations (import '…/translations.js'), so its strings would stay English`,
        );
      }
    }
  }
  if (e.prefetch) {
    const key = `.${e.prefetch.slice(`@hki-widgets/${e.package}`.length)}`;
    const source = exported(key);
    if (!source) problems.push(`${at}: packages/${e.package}/package.json does not export "${key}" (with a "source")`);
    else if (!/export function prefetch\(/.test(read(join('packages', e.package, source)) ?? ''))
      problems.push(`${at}: ${join('packages', e.package, source)} does not export function prefetch(element)`);
  }
  const classExport = `./${folderOf(e)}.js`;
  if (!exported(classExport)) problems.push(`${at}: packages/${e.package}/package.json does not export the class, "${classExport}"`);
  else if (read(join('packages', e.package, exported(classExport))) === undefined)
    problems.push(`${at}: ${exported(classExport)} of ${e.package} is missing`);
  if (read(e.docs) === undefined) problems.push(`${at}: its page ${e.docs} is missing`);
  if (!stories.some((s) => s.includes(`component: ${quote(e.tag)}`)))
    problems.push(`${at}: no story in stories/ has component: '${e.tag}'`);
}

// Every element defined in the packages is in the list.
const listed = new Set(elements.map((e) => e.tag));
for (const file of files('packages', (f) => /^packages\/[^/]+\/src\/.*\.ts$/.test(f) && !f.includes('/generated/'))) {
  for (const [, tag] of read(file).matchAll(/defineElement\(\s*['"](hki-[a-z0-9-]+)['"]/g)) {
    if (!listed.has(tag)) problems.push(`${file} defines <${tag}>, which ${LIST} does not list: add it there`);
  }
}

// The configurator's options (kept by hand in configurator.js) belong to widgets it offers.
const offered = new Set(elements.filter((e) => e.configurator).map((e) => e.tag));
const configurator = read('docs/configurator/configurator.js') ?? '';
for (const [, tag] of configurator.matchAll(/^ {4}tag: '(hki-[a-z0-9-]+)',$/gm)) {
  if (!offered.has(tag))
    problems.push(`docs/configurator/configurator.js has options for <${tag}>, which ${LIST} does not offer in the configurator`);
}

for (const p of problems) console.error(`✗ ${p}`);
if (problems.length) process.exit(1);
console.log(
  `${LIST}: ${elements.length} elements in ${packages.length} packages; ${check ? 'everything agrees' : 'generated files up to date'}`,
);
