#!/usr/bin/env node
// Editor and framework integrations generated from custom-elements.json (never hand-written, so
// they cannot drift from the elements' JSDoc): JSX types for React and other JSX users, Vue types,
// and VS Code's HTML and CSS custom data. Written to packages/embed/dist/types/.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8'));

// Which npm package holds each element's class: its module path in the manifest (packages/<name>/…).
const packageOf = new Map();
for (const module of manifest.modules) {
  const name = /^packages\/([^/]+)\//.exec(module.path)?.[1];
  for (const d of module.declarations ?? []) if (d.tagName && name) packageOf.set(d.tagName, name);
}
const typePath = (_name, tag) => `@hki-widgets/${packageOf.get(tag)}/${tag.replace(/^hki-/, '')}.js`;
const outdir = `${root}packages/embed/dist/types`;

generateJsxTypes(manifest, { outdir, fileName: 'jsx.d.ts', componentTypePath: typePath, defaultExport: false });
generateVuejsTypes(manifest, { outdir, fileName: 'vue.d.ts', componentTypePath: typePath });
// The generators import every event type from the element's module; CustomEvent is a global, not
// an export of ours, so it is taken out of those imports again.
for (const file of ['jsx.d.ts', 'vue.d.ts']) {
  const path = `${outdir}/${file}`;
  const text = await readFile(path, 'utf8');
  await writeFile(
    path,
    text.replace(
      /import type \{([^}]*)\}/g,
      (_, names) =>
        `import type {${names
          .split(',')
          .filter((n) => n.trim() !== 'CustomEvent')
          .join(',')}}`,
    ),
  );
}
generateVsCodeCustomElementData(manifest, {
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});

console.log(`integrations: ${(await readdir(outdir)).join(', ')} in packages/embed/dist/types/ for ${packageOf.size} elements`);
