#!/usr/bin/env node
// Pictures of <hki-sign> for docs/components/sign.md: screenshots of the real widget on the
// production CDN build, in headless Chromium, so the pictures show what a page shows. Run after
// `npx vite build`; check each picture (and its alt text in sign.md) by eye before committing it.
//   node scripts/sign-pictures.mjs [directory]   (default: docs/components/images)
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, page, root, serve } from './lib/browser.mjs';

/** Each picture: its file, the page's width in CSS pixels, the markup, and what is shot (the sheet, or the whole element). */
const PICTURES = [
  {
    file: 'sign-a4-reception-fi-ar-so.png',
    width: 800,
    html: '<hki-sign sign="reception" size="a4" languages="fi-x-plain ar so"></hki-sign>',
    shot: 'sheet',
  },
  {
    file: 'sign-a4-changing-rooms-fi-sv-en.png',
    width: 800,
    html: '<hki-sign sign="changing-rooms" size="a4" languages="fi sv en"></hki-sign>',
    shot: 'sheet',
  },
  // A sign for the screen on a 320 px wide phone, with its "Print this sign" button.
  { file: 'sign-screen-320.png', width: 320, html: '<hki-sign sign="toilets" arrow="right"></hki-sign>', shot: 'element' },
];

const out = resolve(process.argv[2] ?? `${root}docs/components/images`);
if (!existsSync(`${root}packages/embed/dist/hki-widgets.js`)) {
  console.error('sign-pictures: no production build; run `npx vite build` first.');
  process.exit(2);
}
await mkdir(out, { recursive: true });

// A page's own font, as on hel.fi (the sign's letters are its own; the button takes the page's).
const STYLE = '<style>body { font-family: Arial, "Helvetica Neue", sans-serif; }</style>';
const server = await serve(Object.fromEntries(PICTURES.map((p, i) => [`/__pictures/${i}.html`, page(STYLE + p.html)])));
const browser = await launch();
try {
  for (const [i, picture] of PICTURES.entries()) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: picture.width, height: 1400, deviceScaleFactor: 1 });
    await tab.goto(`${server.origin}/__pictures/${i}.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('hki-sign')?.shadowRoot?.querySelector('.sheet .block'), { timeout: 15_000 });
    // The letters are fitted again when a font arrives (Noto Sans Arabic, for one): wait until they stay put.
    await tab.evaluate(async () => {
      await document.fonts.ready;
      const preview = document.querySelector('hki-sign').shadowRoot.querySelector('.preview');
      const size = () => `${getComputedStyle(preview).getPropertyValue('--font-mm')} ${preview.getBoundingClientRect().height}`;
      for (let last = '', tries = 0; tries < 20 && size() !== last; tries++) {
        last = size();
        await new Promise((done) => setTimeout(done, 150));
      }
    });
    const target = await tab.evaluateHandle((shot) => {
      const sign = document.querySelector('hki-sign');
      return shot === 'sheet' ? sign.shadowRoot.querySelector('[part="base"]') : sign;
    }, picture.shot);
    const path = `${out}/${picture.file}`;
    await target.asElement().screenshot({ path });
    console.log(`✓ ${path}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
