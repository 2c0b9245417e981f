#!/usr/bin/env node
// Writes a new element following shared/CONVENTIONS.md, so every widget starts alike:
//   npm run new-element -- <package> <tag>      e.g.  npm run new-element -- measures hki-measure-card
// Creates (never overwrites): the class, its styles and define module, a browser test, a story for
// every state, a doc page, the package itself when it is new, and the autoloader entry.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const [pkg, tag] = process.argv.slice(2);
if (!/^[a-z][a-z0-9-]*$/.test(pkg ?? '') || !/^hki-[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tag ?? '')) {
  console.error('Usage: npm run new-element -- <package> <tag>   (package: lower-case name; tag: hki-…)');
  process.exit(2);
}

const name = tag.slice('hki-'.length); // measure-card
const className = tag.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()); // HkiMeasureCard
const base = `packages/${pkg}`;

const files = {
  [`${base}/package.json`]: `${JSON.stringify(
    {
      name: `@hki-widgets/${pkg}`,
      version: '0.1.0',
      description: `hki-widgets: ${pkg}.`,
      license: 'MIT',
      type: 'module',
      exports: {},
      sideEffects: ['./src/**/define.ts', './dist/**/define.js', './src/translations.ts', './dist/translations.js'],
      files: ['dist', 'src', 'custom-elements.json'],
      customElements: 'custom-elements.json',
      scripts: { build: 'tsc -p tsconfig.build.json' },
      dependencies: { '@hki-widgets/core': '0.1.0', '@hki-widgets/data': '0.1.0', lit: '^3.3.3' },
    },
    null,
    2,
  )}\n`,
  [`${base}/tsconfig.build.json`]: `${JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { rootDir: 'src', outDir: 'dist', declaration: true, declarationMap: true, sourceMap: true, noEmit: false, customConditions: [] },
      include: ['src/**/*.ts'],
    },
    null,
    2,
  )}\n`,
  [`${base}/src/${name}/${name}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  :host {
    display: block;
  }

  [part='base'] {
    padding: var(--hki-${name}-padding, var(--hki-spacing-s));
    border: 1px solid var(--hki-color-border);
  }

  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
  }
\`;
`,
  [`${base}/src/${name}/${name}.ts`]: `import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { HkiElement, ProgrammeDataController } from '@hki-widgets/core';
import { styles } from './${name}.styles.js';

/**
 * TODO: say what a resident sees and does with this element.
 *
 * @tagname ${tag}
 * @summary TODO: one sentence.
 * @status draft
 * @since 0.1.0
 *
 * @csspart base - The element's box.
 * @csspart title - The heading.
 *
 * @cssprop --hki-${name}-padding - Space inside the box.
 */
export class ${className} extends HkiElement {
  static override styles = [...HkiElement.styles, styles];

  /** URL of another data package (same schema). Defaults to the bundled one. */
  @property({ reflect: true }) src?: string;

  /** @internal */
  private readonly data = new ProgrammeDataController(this);

  override render() {
    const state = this.renderDataState(this.data);
    if (state) return state;
    const title = this.pick(this.data.data?.programme.title);
    return html\`<section part="base" lang=\${this.uiLocale}>
      <h3 part="title"><span lang=\${this.langOf(title)}>\${title?.text}</span></h3>
    </section>\`;
  }
}
`,
  [`${base}/src/${name}/define.ts`]: `import { defineElement } from '@hki-widgets/core';
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
import '@hki-widgets/${pkg}/${name}/define.js';
import type { ${className} } from '@hki-widgets/${pkg}/${name}.js';
import { captureConsole, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

const ready = (el: ${className}) => Boolean(el.shadowRoot?.querySelector('[part="base"], [role="alert"]'));

describe('<${tag}>', () => {
  afterEach(() => setPageLang('en'));

  it('defines its tag', () => {
    expect(customElements.get('${tag}')).to.be.a('function');
  });

  for (const [lang, titleText] of [['fi', 'Kaikkien kaupunki'], ['sv', 'En stad för alla'], ['en', 'A City for Everyone']]) {
    it(\`renders in \${lang} and passes axe\`, async () => {
      await setPageLang(lang);
      const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
      await settled(el, () => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim() === titleText);
      await expect(el).to.be.accessible();
    });
  }

  it('shows a localized error for a bad src', async () => {
    const { result: el, errors } = await captureConsole(async () => {
      const el = await fixture<${className}>(html\`<${tag} src="/no/such/programme.json"></${tag}>\`);
      await settled(el, () => Boolean(el.shadowRoot!.querySelector('[role="alert"]')));
      return el;
    });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
    expect(errors.join('\\n')).to.contain('/no/such/programme.json');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 CSS pixels', async () => {
    const el = await fixture<${className}>(html\`<${tag}></${tag}>\`);
    await settled(el, () => ready(el));
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
import '@hki-widgets/${pkg}/${name}/define.js';

interface Args {
  src?: string;
}

const meta: Meta<Args> = {
  title: '${pkg[0].toUpperCase() + pkg.slice(1)}/${tag}',
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

## States

Loading, error (a short message in the page's language, details in the console), and data.
`,
};

let written = 0;
for (const [file, text] of Object.entries(files)) {
  const path = `${root}${file}`;
  if (existsSync(path)) {
    console.log(`kept     ${file} (exists)`);
    continue;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  console.log(`created  ${file}`);
  written += 1;
}

// The package's exports, and the autoloader's registry.
const manifestPath = `${root}${base}/package.json`;
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
manifest.exports ??= {};
manifest.exports[`./${name}.js`] ??= { source: `./src/${name}/${name}.ts`, types: `./dist/${name}/${name}.d.ts`, default: `./dist/${name}/${name}.js` };
manifest.exports[`./${name}/define.js`] ??= { source: `./src/${name}/define.ts`, types: `./dist/${name}/define.d.ts`, default: `./dist/${name}/define.js` };
await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

const registryPath = `${root}packages/embed/src/registry.ts`;
const registry = await readFile(registryPath, 'utf8');
if (!registry.includes(`'${tag}'`)) {
  await writeFile(registryPath, registry.replace(/\n};\s*$/, `\n  '${tag}': () => import('@hki-widgets/${pkg}/${name}/define.js'),\n};\n`));
  console.log(`updated  packages/embed/src/registry.ts`);
}
const allPath = `${root}packages/embed/src/all.ts`;
const all = await readFile(allPath, 'utf8');
if (!all.includes(`/${name}/define.js'`)) {
  await writeFile(allPath, `${all}import '@hki-widgets/${pkg}/${name}/define.js';\n`);
  console.log('updated  packages/embed/src/all.ts');
}
const embedPath = `${root}packages/embed/package.json`;
const embed = JSON.parse(await readFile(embedPath, 'utf8'));
if (!embed.dependencies[`@hki-widgets/${pkg}`]) {
  embed.dependencies[`@hki-widgets/${pkg}`] = '0.1.0';
  await writeFile(embedPath, `${JSON.stringify(embed, null, 2)}\n`);
  console.log('updated  packages/embed/package.json');
}

console.log(`\n${written} file(s) written for <${tag}>. Next: npm install (links a new package), fill in the TODOs, npm test.`);
