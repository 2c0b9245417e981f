// Printing signs, as a sports facility's staff does: Chromium's own PDF output of a page with
// signs, on the production CDN build. One sign must print on one sheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, page, serve } from '../scripts/lib/browser.mjs';

let server;
let browser;
before(async () => {
  server = await serve({
    '/__print/a4.html': page(`
      <hki-sign sign="changing-rooms" size="a4" languages="fi-x-plain ar so"></hki-sign>
      <hki-sign sign="showers" size="a4" languages="fi-x-plain sv-x-plain en"></hki-sign>
      <hki-sign sign="library-quiet-area" size="a4" languages="fi-x-plain fa prs"></hki-sign>`),
    '/__print/a3.html': page(
      `<hki-sign sign="reception" size="a3" orientation="landscape" languages="fi-x-plain en ru" more-info="https://www.hel.fi/en"></hki-sign>`,
    ),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Prints a page to PDF the way Chromium's print dialog does, honouring the page's @page size. */
async function print(path) {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(() => [...document.querySelectorAll('hki-sign')].every((s) => s.shadowRoot?.querySelector('.sheet .block')), {
    timeout: 15_000,
  });
  await tab.evaluate(() => document.fonts.ready);
  const pdf = Buffer.from(await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
  await tab.close();
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/Type\s*\/Page[^s]/g)].length;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

test('three A4 signs print on exactly three A4 sheets', async () => {
  const { pages, width, height } = await print('/__print/a4.html');
  assert.equal(pages, 3);
  // A4 is 595 × 842 points.
  assert.ok(Math.abs(width - 595) < 3 && Math.abs(height - 842) < 3, `page is ${width} × ${height} pt`);
});

test('an A3 landscape sign prints on one A3 landscape sheet', async () => {
  const { pages, width, height } = await print('/__print/a3.html');
  assert.equal(pages, 1);
  // A3 landscape is 1191 × 842 points.
  assert.ok(Math.abs(width - 1191) < 3 && Math.abs(height - 842) < 3, `page is ${width} × ${height} pt`);
});
