#!/usr/bin/env node
// Pictures for the editors' guides (docs/guides/images): screenshots of the real widgets on the
// production CDN build, in headless Chromium, in Finnish as a hel.fi editor sees them. Run after
// `npx vite build`; check each picture (and its alt text in the guides) by eye before committing it.
//   node scripts/guide-pictures.mjs [directory]   (default: docs/guides/images)
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, page, root, serve } from './lib/browser.mjs';

/** Each picture: its file, the viewport, the page (a widget's markup, or the demo division page) and what is shot. */
const PICTURES = [
  { file: 'demo-page.png', width: 1000, height: 900, path: '/demo/index.html?lang=fi', shot: 'viewport' },
  { file: 'measure-card.png', width: 800, height: 750, html: '<hki-measure-card measure="4.12"></hki-measure-card>', shot: 'viewport' },
  { file: 'measure-list.png', width: 1000, height: 900, html: '<hki-measure-list url-state="off"></hki-measure-list>', shot: 'viewport' },
  {
    file: 'service-finder.png',
    width: 1000,
    height: 900,
    html: '<hki-service-finder url-state="off"></hki-service-finder>',
    shot: 'viewport',
  },
];

const out = resolve(process.argv[2] ?? `${root}docs/guides/images`);
if (!existsSync(`${root}packages/embed/dist/hki-widgets.js`)) {
  console.error('guide-pictures: no production build; run `npx vite build` first.');
  process.exit(2);
}
await mkdir(out, { recursive: true });

// The demo page as the site build lays it out: /demo beside /embed (the CDN folder) and /data.
const demo = (file) => readFileSync(`${root}docs/demo/${file}`, 'utf8');
const STYLE = '<style>body { font-family: Arial, "Helvetica Neue", sans-serif; margin: 16px; }</style>';
const server = await serve({
  '/demo/index.html': demo('index.html').replace('../embed/hki-widgets.js', '/packages/embed/dist/hki-widgets.js'),
  '/demo/demo.js': { type: 'text/javascript', body: demo('demo.js') },
  '/demo/demo.css': { type: 'text/css', body: demo('demo.css') },
  '/data/examples/programme.example.json': {
    type: 'application/json',
    body: readFileSync(`${root}packages/data/dist/examples/programme.example.json`),
  },
  ...Object.fromEntries(PICTURES.map((p, i) => [`/__pictures/${i}.html`, page(STYLE + (p.html ?? ''), 'fi')])),
});
const browser = await launch();
try {
  for (const [i, picture] of PICTURES.entries()) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: picture.width, height: picture.height, deviceScaleFactor: 1 });
    await tab.goto(`${server.origin}${picture.path ?? `/__pictures/${i}.html`}`, { waitUntil: 'networkidle0' });
    // Every widget on the page (nested ones too) has its data and has drawn it.
    await tab.evaluate(async () => {
      const widgets = (rootNode) =>
        [...rootNode.querySelectorAll('*')].flatMap((el) =>
          el.localName.startsWith('hki-')
            ? [el, ...(el.shadowRoot ? widgets(el.shadowRoot) : [])]
            : el.shadowRoot
              ? widgets(el.shadowRoot)
              : [],
        );
      for (const el of widgets(document)) {
        await customElements.whenDefined(el.localName);
        await el.dataComplete?.();
      }
      await document.fonts.ready;
    });
    const path = `${out}/${picture.file}`;
    await tab.screenshot({ path });
    console.log(`wrote ${path}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
