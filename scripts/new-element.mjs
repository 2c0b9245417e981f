#!/usr/bin/env node
// Writes a new element following shared/CONVENTIONS.md and the core API, so every widget starts alike:
//   npm run new-element -- <package> <tag>      e.g.  npm run new-element -- measures hki-measure-card
// Creates (never overwrites): the class (HkiElement, a DataController over the programme, the shared
// loading and error states), its styles and define module (which registers the package's
// translations), a browser test, a story for every state, a doc page; for a new package also its
// package.json, tsconfig.build.json, lit-localize.json and src/translations.ts. Then it adds the
// element's exports to the package, its one interface string with Finnish and Swedish targets to
// translations/<package>/, and the element to elements.json, and runs scripts/gen-elements.mjs
// (the autoloader, the all-in-one entry, the embed package, the workspace link) and lit-localize
// build. The element passes type-check, lint, translations, its tests and the size check as it is.
import { spawnSync } from 'node:child_process';
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { LIST, PACKAGE, TAG, readList, root } from './lib/elements.mjs';

const [pkg, tag] = process.argv.slice(2);
if (!PACKAGE.test(pkg ?? '') || !TAG.test(tag ?? '')) {
  console.error('Usage: npm run new-element -- <package> <tag>   (package: lower-case name; tag: hki-…)');
  process.exit(2);
}
if (['core', 'data', 'embed'].includes(pkg)) {
  console.error(`${pkg} has no elements of its own: put <${tag}> in an element package (new or existing).`);
  process.exit(2);
}
const list = readList();
if (list.elements.some((e) => e.tag === tag)) {
  console.error(`<${tag}> is in ${LIST} already.`);
  process.exit(1);
}

const name = tag.slice('hki-'.length); // measure-card
const className = tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()); // HkiMeasureCard
const title = pkg[0].toUpperCase() + pkg.slice(1);
const base = `packages/${pkg}`;
const define = `@hki-widgets/${pkg}/${name}/define.js`;

/** The element's one interface string, translated (lit-localize finds the targets by this id). */
const MESSAGE = { source: 'Measures:', fi: 'Toimenpiteitä:', sv: 'Åtgärder:' };
const messageId = generateMsgId(MESSAGE.source, false);

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const exportOf = (path) => ({ source: `./src/${path}.ts`, types: `./dist/${path}.d.ts`, default: `./dist/${path}.js` });
const exportsOfElement = { [`./${name}.js`]: exportOf(`${name}/${name}`), [`./${name}/define.js`]: exportOf(`${name}/define`) };

const files = {
  // A new package: what the others have. Existing files are kept.
  [`${base}/package.json`]: json({
    name: `@hki-widgets/${pkg}`,
    version: '0.1.0',
    description: `hki-widgets: <${tag}>.`,
    license: 'MIT',
    type: 'module',
    exports: { ...exportsOfElement, './custom-elements.json': './custom-elements.json' },
    sideEffects: ['./src/**/define.ts', './dist/**/define.js', './src/translations.ts', './dist/translations.js'],
    files: ['dist', 'src', 'custom-elements.json'],
    customElements: 'custom-elements.json',
    scripts: { build: 'tsc -p tsconfig.build.json' },
    dependencies: { '@hki-widgets/core': '0.1.0', '@hki-widgets/data': '0.1.0', '@lit/localize': '^0.12.2', lit: '^3.3.3' },
  }),
  [`${base}/tsconfig.build.json`]: json({
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      rootDir: 'src',
      outDir: 'dist',
      declaration: true,
      declarationMap: true,
      sourceMap: true,
      noEmit: false,
      customConditions: [],
    },
    include: ['src/**/*.ts'],
  }),
  [`${base}/lit-localize.json`]: json({
    $schema: 'https://raw.githubusercontent.com/lit/lit/main/packages/localize-tools/config.schema.json',
    sourceLocale: 'en',
    targetLocales: ['fi', 'sv'],
    tsConfig: 'tsconfig.build.json',
    output: { mode: 'runtime', outputDir: 'src/generated/locales' },
    interchange: { format: 'xliff', xliffDir: `../../translations/${pkg}` },
  }),
  [`${base}/src/translations.ts`]: `/** This package's interface strings in Finnish and Swedish (generated from translations/ by npm run i18n). */
import { registerTranslations } from '@hki-widgets/core';
import * as fi from './generated/locales/fi.js';
import * as sv from './generated/locales/sv.js';

registerTranslations({ fi, sv });
`,

  [`${base}/src/${name}/${name}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  :host {
    display: block;
  }

  [part='base'] {
    padding: var(--hki-${name}-padding, var(--hki-spacing-s));
    border: 1px solid var(--hki-color-border);
  }

  [part='title'] {
    margin: 0 0 var(--hki-spacing-xs);
  }

  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
  }
\`;
`,

  [`${base}/src/${name}/${name}.ts`]: `import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { DataController, HkiElement, formatNumber, heading, programmeSource } from '@hki-widgets/core';
import { styles } from './${name}.styles.js';

/**
 * TODO: what a resident sees and does with this element. It starts by showing the programme's title
 * and how many measures it has.
 *
 * \`\`\`html
 * <${tag}></${tag}>
 * \`\`\`
 *
 * @tagname ${tag}
 * @summary TODO: one sentence.
 * @status draft
 * @since 0.1.0
 *
 * @csspart base - The element's box.
 * @csspart title - The heading.
 * @csspart example-badge - The "Example data" badge, when the data says its values are made up.
 *
 * @cssprop --hki-${name}-padding - Space inside the box.
 */
export class ${className} extends HkiElement {
  static override styles = [...HkiElement.styles, styles];

  /** URL of another data package (same schema). Defaults to the bundled one. */
  @property({ reflect: true }) src?: string;

  /** The level of the heading (1–6), so the element fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** @internal */
  private readonly data = new DataController(this, () => programmeSource({ src: this.src, locale: this.uiLocale }));

  override render() {
    const state = this.renderDataState(this.data);
    if (state) return state;
    const pkg = this.data.data;
    if (!pkg) return nothing;
    return html\`<section part="base" lang=\${this.uiLocale}>
      \${heading(this.headingLevel, 'title', this.text(pkg.programme.title))}
      \${pkg.example ? this.renderExampleBadge(pkg.exampleNote) : nothing}
      <p>\${msg('${MESSAGE.source}')} \${formatNumber(pkg.measures.length)}</p>
    </section>\`;
  }
}
`,

  [`${base}/src/${name}/define.ts`]: `import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { ${className} } from './${name}.js';

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}

export { ${className} };
`,

  [`${base}/test/${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '${define}';
import type { ${className} } from '@hki-widgets/${pkg}/${name}.js';
import { captureConsole, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

const base = (el: ${className}) => el.shadowRoot!.querySelector('[part="base"]');
const alert = (el: ${className}) => el.shadowRoot!.querySelector('[role="alert"]');

describe('<${tag}>', () => {
  afterEach(() => setPageLang('en'));

  it('defines its tag', () => {
    expect(customElements.get('${tag}')).to.be.a('function');
  });

  const languages = [
    ['fi', 'Kaikkien Stadi', '${MESSAGE.fi}'],
    ['sv', 'En stad för alla', '${MESSAGE.sv}'],
    ['en', 'A City for Everyone', '${MESSAGE.source}'],
  ];
  for (const [lang, title, label] of languages) {
    it(\`renders in \${lang}, its own strings translated, and passes axe\`, async () => {
      await setPageLang(lang);
      const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
      const text = () => base(el)?.textContent?.replace(/\\s+/g, ' ') ?? '';
      await settled(el, () => text().includes(title) && text().includes(label));
      expect(el.shadowRoot!.querySelector('h3[part="title"]')!.textContent!.trim()).to.equal(title);
      await expect(el).to.be.accessible();
    });
  }

  it('shows a localized error for a bad src, and names the address in the console', async () => {
    const { result: el, errors } = await captureConsole(async () => {
      const el = await fixture<${className}>(html\`<${tag} src="/no/such/programme.json"></${tag}>\`);
      await settled(el, () => Boolean(alert(el)));
      return el;
    });
    expect(alert(el)!.textContent).to.contain('could not be loaded');
    expect(errors.join('\\n')).to.contain('/no/such/programme.json');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 CSS pixels', async () => {
    const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
    await settled(el, () => Boolean(base(el)));
    try {
      expect(await scrollsSideways(320)).to.equal(false);
    } finally {
      await scrollsSideways(800);
    }
  });
});
`,

  [`stories/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '${define}';

interface Args {
  src?: string;
}

const meta: Meta<Args> = {
  title: '${title}/${tag}',
  component: '${tag}',
  tags: ['autodocs'],
  render: ({ src }) => html\`<${tag} src=\${src ?? nothing}></${tag}>\`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const Finnish: Story = { globals: { locale: 'fi' } };
export const Swedish: Story = { globals: { locale: 'sv' } };
export const RightToLeftPage: Story = { name: 'Right-to-left page (Arabic)', globals: { locale: 'ar' } };
export const Narrow: Story = { name: 'Narrow (320 px)', decorators: [(story) => html\`<div style="max-width: 320px">\${story()}</div>\`] };
export const Loading: Story = { args: { src: '/__story/pending/programme.json' } };
export const Error: Story = { name: 'Error (data not found)', args: { src: './no-such-programme.json' } };
export const ExampleData: Story = { name: 'Example data', args: { src: './data/examples/programme.example.json' } };
`,

  [`docs/components/${name}.md`]: `# \`<${tag}>\`

TODO: what it shows, for whom.

## Copy and paste

\`\`\`html
<script type="module" src="https://your.cdn/hki-widgets/hki-widgets.js"></script>
<${tag}></${tag}>
\`\`\`

## Attributes

| attribute | default | meaning |
| --- | --- | --- |
| \`src\` | the bundled package | URL of another data package with the same schema |
| \`heading-level\` | 3 | the level of its heading, to fit the page's outline |

## States

Loading, error (a short message in the page's language, details in the console), and data.
`,
};

const written = [];
for (const [file, text] of Object.entries(files)) {
  const path = `${root}${file}`;
  if (existsSync(path)) {
    console.log(`kept     ${file} (exists)`);
    continue;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  console.log(`created  ${file}`);
  written.push(file);
}

// The element's exports in its package, in the style the package.json is written in.
const manifestFile = `${root}${base}/package.json`;
const manifestText = await readFile(manifestFile, 'utf8');
const updated = withExports(manifestText, exportsOfElement);
if (updated !== manifestText) {
  await writeFile(manifestFile, updated);
  console.log(`updated  ${base}/package.json (exports)`);
}

// The interface string with its translations: translations/<package>/{fi,sv}.xlf.
for (const locale of ['fi', 'sv']) {
  const file = `translations/${pkg}/${locale}.xlf`;
  const unit = `<trans-unit id="${messageId}">\n  <source>${MESSAGE.source}</source>\n  <target>${MESSAGE[locale]}</target>\n</trans-unit>`;
  const xml = existsSync(`${root}${file}`)
    ? await readFile(`${root}${file}`, 'utf8')
    : `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${locale}" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body/>
</file>
</xliff>
`;
  if (xml.includes(`id="${messageId}"`)) continue;
  await mkdir(dirname(`${root}${file}`), { recursive: true });
  await writeFile(
    `${root}${file}`,
    xml.includes('<body/>') ? xml.replace('<body/>', `<body>\n${unit}\n</body>`) : xml.replace('</body>', `${unit}\n</body>`),
  );
  console.log(`updated  ${file}`);
}

// The one list, then everything generated from it.
list.elements.push({
  tag,
  package: pkg,
  define,
  docs: `docs/components/${name}.md`,
  size: { page: `One ${name.replace(/-/g, ' ')}`, html: `<${tag}></${tag}>`, budget: 50_000 },
});
await writeFile(`${root}${LIST}`, json(list));
console.log(`updated  ${LIST}`);

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }).status;
const generated = run(process.execPath, ['scripts/gen-elements.mjs']);
const localized = run('npx', ['lit-localize', 'build', '--config', `${base}/lit-localize.json`]);
if (generated !== 0 || localized !== 0) process.exit(1);

console.log(`
<${tag}> is ready: ${written.length} file(s) written, and added to ${LIST}. Next:
  - fill in the TODOs (JSDoc, docs/components/${name}.md) and make the test assert what it does;
  - new strings: msg('…'), then npm run i18n and a <target> in translations/${pkg}/*.xlf;
  - its size budget and its place in the configurator (a "configurator" entry and options) are in ${LIST};
  - npm test.`);

/**
 * package.json's text with these exports added (before "./custom-elements.json"), written in the
 * file's own style (one line per export, or expanded), everything else untouched.
 */
function withExports(text, entries) {
  const manifest = JSON.parse(text);
  const current = manifest.exports ?? {};
  const missing = Object.entries(entries).filter(([key]) => !(key in current));
  if (missing.length === 0) return text;
  const keys = Object.keys(current);
  const at = keys.includes('./custom-elements.json') ? keys.indexOf('./custom-elements.json') : keys.length;
  const ordered = [...keys.slice(0, at).map((k) => [k, current[k]]), ...missing, ...keys.slice(at).map((k) => [k, current[k]])];
  const expected = { ...manifest, exports: Object.fromEntries(ordered) };

  const open = text.indexOf('"exports": {');
  if (open < 0) return json(expected);
  const from = open + '"exports": '.length;
  let end = -1;
  for (let i = from, depth = 0, quoted = false; i < text.length && end < 0; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) end = i;
  }
  const oneLine = /"\.\/[^"]+": \{ "/.test(text);
  const value = (v) =>
    typeof v !== 'object'
      ? JSON.stringify(v)
      : oneLine
        ? `{ ${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`)
            .join(', ')} }`
        : JSON.stringify(v, null, 2).replace(/\n/g, '\n    ');
  const block = `{\n${ordered.map(([k, v]) => `    ${JSON.stringify(k)}: ${value(v)}`).join(',\n')}\n  }`;
  const out = `${text.slice(0, from)}${block}${text.slice(end + 1)}`;
  try {
    deepStrictEqual(JSON.parse(out), expected);
    return out;
  } catch {
    return json(expected);
  }
}
