// Printing signs, as a sports facility's staff does: Chromium's own PDF output of a page with
// signs, on the production CDN build. One sign must print on one sheet. The PDFs are read with
// pdfjs-dist (text, page sizes, and a page drawn to a canvas for jsQR) inside Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, page, root, serve } from '../scripts/lib/browser.mjs';

const signs = JSON.parse(readFileSync(`${root}packages/data/dist/signs.json`, 'utf8')).signs;
const textOf = (id, lang) => signs.find((s) => s.id === id).text[lang];
const QR_ADDRESS = 'https://www.hel.fi/fi/kasvatus-ja-koulutus';
const HEADING = 'Swimming hall notices';
const PARAGRAPH = 'Print the signs below for the walls of the swimming hall.';

/**
 * A page that reads PDFs: pdfjs-dist gives each page's text and size, and draws a page on a canvas
 * whose pixels jsQR reads. (pdfjs-dist draws only in a browser, or in Node with a native canvas.)
 */
const PDF_TOOLS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pdf tools</title>
<script src="/node_modules/jsqr/dist/jsQR.js"></script>
<script type="module">
  import * as pdfjs from '/node_modules/pdfjs-dist/build/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.mjs';
  const open = (base64) => pdfjs.getDocument({ data: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), verbosity: 0 }).promise;
  window.pdfPages = async (base64) => {
    const doc = await open(base64);
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const pdfPage = await doc.getPage(n);
      const [x0, y0, x1, y1] = pdfPage.view;
      const { items } = await pdfPage.getTextContent();
      pages.push({ text: items.map((item) => item.str ?? '').join(' '), width: x1 - x0, height: y1 - y0 });
    }
    await doc.destroy();
    return pages;
  };
  /** The text of the first QR code found on a page drawn at 2, 3 or 4 pixels per point, or null. */
  window.pdfQr = async (base64, n) => {
    const doc = await open(base64);
    const pdfPage = await doc.getPage(n);
    try {
      for (const scale of [2, 3, 4]) {
        const viewport = pdfPage.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        await pdfPage.render({ canvas, viewport, background: '#ffffff' }).promise;
        const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        const code = window.jsQR(image.data, image.width, image.height);
        if (code) return code.data;
      }
      return null;
    } finally {
      await doc.destroy();
    }
  };
  window.pdfToolsReady = true;
</script></head><body></body></html>`;

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
    // As a web editor makes a page: a heading, a paragraph, signs, and the empty elements editors and scripts leave.
    '/__print/one-sign.html': page(`<h1>${HEADING}</h1><p>${PARAGRAPH}</p>
      <hki-sign sign="changing-rooms" size="a4" languages="fi-x-plain sv-x-plain en"></hki-sign><div id="app-root"></div>`),
    '/__print/two-signs.html': page(`<main><h1>${HEADING}</h1><p>${PARAGRAPH}</p>
      <hki-sign sign="changing-rooms" size="a4" languages="fi-x-plain sv-x-plain en"></hki-sign><p></p>
      <hki-sign sign="showers" size="a4" languages="fi-x-plain sv-x-plain en"></hki-sign><p></p></main>
      <footer><div></div></footer>`),
    '/__print/mixed.html': page(`<h1>${HEADING}</h1>
      <hki-sign sign="reception" size="a3" orientation="landscape" languages="fi-x-plain en"></hki-sign>
      <hki-sign sign="gym" size="a4" languages="fi-x-plain en"></hki-sign>
      <div style="display: grid; grid-template-columns: 1fr 1fr">
        <p>${PARAGRAPH}</p><hki-sign sign="showers" languages="en"></hki-sign>
      </div>`),
    '/__print/qr.html': page(`<h1>${HEADING}</h1>
      <hki-sign sign="information" size="a4" languages="fi-x-plain en" more-info="${QR_ADDRESS}"></hki-sign>`),
    '/__print/pdf-tools.html': PDF_TOOLS,
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

// ---- Printing one sign alone, and the whole page, read back from the PDF ----

/** A4 is 595 × 842 points, A3 landscape 1191 × 842. */
const A4 = [595, 842];
const A3_LANDSCAPE = [1191, 842];
const isSize = (p, [w, h]) => Math.abs(p.width - w) < 3 && Math.abs(p.height - h) < 3;
/** Text without its spaces and line breaks: PDF text comes in pieces, a line or a word at a time. */
const squash = (text) => text.replace(/\s+/g, '');
const has = (p, text) => squash(p.text).includes(squash(text));

/** A page of signs, once every sign shows its text (and its QR code, if it has one) in its fonts. */
async function open(path) {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('hki-sign')].every(
        (s) => s.shadowRoot?.querySelector('.sheet .block') && (!s.hasAttribute('more-info') || s.shadowRoot.querySelector('[part="qr"]')),
      ),
    { timeout: 15_000 },
  );
  await tab.evaluate(() => document.fonts.ready);
  return tab;
}

/** Chromium's PDF of the page as it is now, honouring its @page size. */
const pdfOf = async (tab) => Buffer.from(await tab.pdf({ preferCSSPageSize: true, printBackground: true })).toString('base64');

/** Each page of a PDF: its text and size in points. */
async function readPdf(base64) {
  const tools = await browser.newPage();
  try {
    await tools.goto(`${server.origin}/__print/pdf-tools.html`);
    await tools.waitForFunction(() => window.pdfToolsReady, { timeout: 15_000 });
    return await tools.evaluate((pdf) => window.pdfPages(pdf), base64);
  } finally {
    await tools.close();
  }
}

/**
 * Clicks a sign's "Print this sign" button, with window.print() replaced by a recorder, and prints
 * the page to PDF at that moment (the marks stay until afterprint, which Chromium's PDF output
 * sends). Checks that afterprint undid every mark and style sheet.
 */
async function printAlone(tab, nth) {
  const sheetsBefore = await tab.evaluate(() => {
    window.__printCalls = 0;
    window.print = () => (window.__printCalls += 1);
    return document.adoptedStyleSheets.length;
  });
  const button = await tab.evaluateHandle(
    (n) => document.querySelectorAll('hki-sign')[n].shadowRoot.querySelector('[part="print-button"]'),
    nth,
  );
  await button.click();
  await tab.waitForFunction(() => window.__printCalls === 1, { timeout: 5000 });
  assert.ok(await tab.evaluate(() => document.querySelector('[data-hki-print-hidden]') !== null), 'the other content is marked for print');
  const pdf = await pdfOf(tab);
  const left = await tab.evaluate(() => ({
    marks: document.querySelectorAll('[data-hki-print-hidden], [data-hki-print-path], [data-hki-print-alone]').length,
    sheets: document.adoptedStyleSheets.length,
  }));
  assert.deepEqual(left, { marks: 0, sheets: sheetsBefore }, 'afterprint undoes the marks and the style sheets');
  return pdf;
}

test('"Print this sign" prints the sign alone on one A4 sheet, without the heading', async () => {
  const tab = await open('/__print/one-sign.html');
  const pages = await readPdf(await printAlone(tab, 0));
  await tab.close();
  assert.equal(pages.length, 1, JSON.stringify(pages.map((p) => p.text)));
  const [sheet] = pages;
  assert.ok(isSize(sheet, A4), `page is ${sheet.width} × ${sheet.height} pt`);
  for (const lang of ['fi-x-plain', 'sv-x-plain', 'en']) assert.ok(has(sheet, textOf('changing-rooms', lang)), `${lang}: ${sheet.text}`);
  assert.ok(!has(sheet, HEADING) && !has(sheet, PARAGRAPH), `the heading and paragraph are not printed: ${sheet.text}`);
});

test('"Print this sign" prints only that sign, among other signs', async () => {
  const tab = await open('/__print/two-signs.html');
  const pages = await readPdf(await printAlone(tab, 1));
  await tab.close();
  assert.equal(pages.length, 1, JSON.stringify(pages.map((p) => p.text)));
  assert.ok(isSize(pages[0], A4));
  assert.ok(has(pages[0], textOf('showers', 'en')), pages[0].text);
  assert.ok(!has(pages[0], textOf('changing-rooms', 'en')) && !has(pages[0], HEADING), pages[0].text);
});

test('"Print this sign" uses the sign\'s own paper size, and the default sheet for a screen sign', async () => {
  const tab = await open('/__print/mixed.html');
  // The A4 sign's @page rule came last, so it is the page's: printed alone, the A3 sign is on A3 all the same.
  const a3 = await readPdf(await printAlone(tab, 0));
  assert.equal(a3.length, 1, JSON.stringify(a3.map((p) => p.text)));
  assert.ok(isSize(a3[0], A3_LANDSCAPE), `page is ${a3[0].width} × ${a3[0].height} pt`);
  assert.ok(has(a3[0], textOf('reception', 'en')) && !has(a3[0], textOf('gym', 'en')), a3[0].text);
  // A sign for the screen, in one cell of a grid: alone on one sheet, without its neighbour.
  const screen = await readPdf(await printAlone(tab, 2));
  await tab.close();
  assert.equal(screen.length, 1, JSON.stringify(screen.map((p) => p.text)));
  assert.ok(has(screen[0], textOf('showers', 'en')), screen[0].text);
  assert.ok(!has(screen[0], PARAGRAPH) && !has(screen[0], textOf('gym', 'en')), screen[0].text);
});

test('the whole page prints the heading on its sheet and each sign on a sheet of its own, with no empty sheet', async () => {
  const tab = await open('/__print/two-signs.html');
  const pages = await readPdf(await pdfOf(tab));
  await tab.close();
  const texts = pages.map((p) => p.text);
  assert.equal(pages.length, 3, JSON.stringify(texts));
  assert.deepEqual(
    pages.filter((p) => !squash(p.text)),
    [],
    `no sheet without text: ${JSON.stringify(texts)}`,
  );
  assert.ok(pages.every((p) => isSize(p, A4)));
  const [first, changingRooms, showers] = pages;
  assert.ok(has(first, HEADING) && has(first, PARAGRAPH), first.text);
  assert.ok(!has(first, textOf('changing-rooms', 'en')), first.text);
  assert.ok(has(changingRooms, textOf('changing-rooms', 'en')) && !has(changingRooms, textOf('showers', 'en')), changingRooms.text);
  assert.ok(has(showers, textOf('showers', 'en')) && !has(showers, HEADING), showers.text);
});

test('the printed QR code reads back as the more-info address', async () => {
  const tab = await open('/__print/qr.html');
  const pdf = await printAlone(tab, 0);
  await tab.close();
  const tools = await browser.newPage();
  try {
    await tools.goto(`${server.origin}/__print/pdf-tools.html`);
    await tools.waitForFunction(() => window.pdfToolsReady, { timeout: 15_000 });
    assert.equal(await tools.evaluate((b64) => window.pdfPages(b64).then((pages) => pages.length), pdf), 1);
    assert.equal(await tools.evaluate((b64) => window.pdfQr(b64, 1), pdf), QR_ADDRESS);
  } finally {
    await tools.close();
  }
});
