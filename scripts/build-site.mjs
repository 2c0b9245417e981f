#!/usr/bin/env node
// `npm run build:site`: one static folder, site/, deployable as it is to any static host or CDN
// (every path relative): the CDN bundle, the data package, Storybook, the demo division page, the
// embed configurator and the guides (Markdown rendered to HTML). Then every local link is checked.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { marked } from 'marked';

const root = new URL('..', import.meta.url).pathname;
const site = `${root}site`;

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

run('npm', ['run', 'build']);
await rm(site, { recursive: true, force: true });
run('npx', ['storybook', 'build', '--disable-telemetry', '--quiet', '-o', 'site/storybook']);

await cp(`${root}packages/embed/dist`, `${site}/embed`, { recursive: true, filter: (src) => !src.endsWith('.map') });
await cp(`${root}packages/data/dist`, `${site}/data`, {
  recursive: true,
  filter: (src) => !src.includes('/lib') && !src.endsWith('.d.ts'),
});
await cp(`${root}packages/charts/test/fixtures`, `${site}/fixtures`, { recursive: true });
await cp(`${root}docs/demo`, `${site}/demo`, { recursive: true });
await cp(`${root}docs/configurator`, `${site}/configurator`, { recursive: true });
// The reporting page, and the browser-safe monitoring checks and review it runs (the data package's
// own code, packages/data/src/monitoring.ts, with the two modules it imports).
await cp(`${root}docs/report`, `${site}/report`, { recursive: true });
await mkdir(`${site}/data/lib`, { recursive: true });
for (const name of ['monitoring.js', 'assemble.js', 'schema-meta.js'])
  await cp(`${root}packages/data/dist/lib/${name}`, `${site}/data/lib/${name}`);
// The configurator reads every widget's attributes (type, default, description) from the manifest
// that `npm run build` generates from the elements' JSDoc (<html data-manifest> in its index.html).
await cp(`${root}custom-elements.json`, `${site}/configurator/custom-elements.json`);

/** Renders a Markdown file to a plain, accessible HTML page; links to .md become .html. */
const page = (title, body, depth) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – hki-widgets</title>
<link rel="stylesheet" href="${'../'.repeat(depth)}docs.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><a href="${'../'.repeat(depth)}index.html">hki-widgets</a></header>
<main id="main">
${body}
</main>
</body>
</html>
`;

async function renderDocs(dir, out) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const from = join(dir, entry.name);
    const to = join(out, entry.name);
    if (entry.isDirectory()) {
      if (['demo', 'configurator', 'report'].includes(entry.name)) continue;
      await renderDocs(from, to);
    } else if (entry.name.endsWith('.md')) {
      const markdown = await readFile(from, 'utf8');
      const html = marked.parse(markdown.replace(/\]\(([^)#\s]+)\.md(#[^)]*)?\)/g, (_, path, hash = '') => `](${path}.html${hash})`));
      const title = /^#\s+(.+)$/m.exec(markdown)?.[1].replace(/[`*]/g, '') ?? entry.name;
      const depth = relative(`${site}/docs`, out).split('/').filter(Boolean).length + 1;
      await mkdir(out, { recursive: true });
      await writeFile(to.replace(/\.md$/, '.html'), page(title, html, depth));
    } else if (/\.(png|svg|jpg)$/.test(entry.name)) {
      await mkdir(dirname(to), { recursive: true });
      await cp(from, to);
    }
  }
}
await renderDocs(`${root}docs`, `${site}/docs`);
await writeFile(
  `${site}/docs.css`,
  [
    'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a}',
    'main{max-width:50rem;margin:0 auto;padding:1rem}',
    'header{padding:1rem;background:#0000bf}',
    'header a{color:#fff;font-weight:700}',
    'a{color:#0000bf}',
    'img{max-width:100%;height:auto}',
    'pre{overflow-x:auto;background:#f2f2f2;padding:.75rem}',
    'table{border-collapse:collapse;display:block;overflow-x:auto}',
    'th,td{border:1px solid #808080;padding:.25rem .5rem;text-align:start}',
    '.skip{position:absolute;left:-999px}',
    '.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}',
    ':focus-visible{outline:3px solid #0072c6;outline-offset:2px}',
  ].join(''),
);
await writeFile(
  `${site}/index.html`,
  page(
    'hki-widgets',
    `<h1>hki-widgets</h1>
<p>Accessible web components for City of Helsinki division sites, fed by the data package of <em>A City for Everyone – Helsinki's Integration Programme 2017–2021</em>.</p>
<ul>
<li><a href="demo/index.html">Demo division page</a></li>
<li><a href="configurator/index.html">Embed configurator</a>: choose a widget, copy the two lines</li>
<li><a href="report/index.html">Reporting page</a>: set the measures' statuses, download the monitoring file, print the status review</li>
<li><a href="storybook/index.html">Storybook</a>: every widget and state</li>
<li><a href="docs/guides/README.html">Guides for web editors</a></li>
<li><a href="docs/developer-guide.html">Developer guide</a></li>
<li><a href="docs/data-package.html">The data package</a>, <a href="data/programme.json">programme.json</a>, <a href="data/measures.csv">measures.csv</a></li>
<li><a href="embed/hki-widgets.js">hki-widgets.js</a> (the script for pages)</li>
</ul>`,
    0,
  ).replace('href="docs.css"', 'href="docs.css"'),
);

// Every local link in the site's own pages must resolve, and none may start with "/" (relative only).
const problems = [];
async function check(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'storybook') await check(path);
    } else if (entry.name.endsWith('.html')) {
      const html = await readFile(path, 'utf8');
      // Links, stylesheets, scripts and images (a widget's src may point at a missing file on purpose: the demo's error state).
      for (const [, a, b] of html.matchAll(/<(?:a|link)\s[^>]*?href="([^"#?]*)[^"]*"|<(?:script|img)\s[^>]*?src="([^"#?]*)[^"]*"/g)) {
        const url = a ?? b;
        if (!url) continue;
        if (/^(https?:|mailto:|tel:|data:)/.test(url)) continue;
        if (url.startsWith('/')) problems.push(`${relative(site, path)}: absolute path ${url}`);
        else if (!existsSync(join(dirname(path), decodeURIComponent(url)))) problems.push(`${relative(site, path)}: broken link ${url}`);
      }
    }
  }
}
await check(site);
if (problems.length) {
  console.error(`site/ has ${problems.length} link problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`site/ is ready: ${relative(root, site)}/index.html (all local links resolve, all relative)`);
