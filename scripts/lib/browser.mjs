// A static server for the repository on 127.0.0.1 and headless Chromium driven by puppeteer-core:
// what the size and benchmark scripts use to measure real pages.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureChromium } from '../setup.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { MOCK_PREFIX, answerMock } from '../../test/mocks/city-apis.mjs';

export const root = new URL('../..', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

/**
 * Serves files under the repository root; `pages` maps extra paths to generated HTML (a string) or
 * `{ type, body }`. Paths under /__mock/ are the local mocks of the city's APIs (test/mocks/), each
 * answer carrying its own time to build in a `Server-Timing: mock;dur=…` header, so a benchmark can
 * subtract it. With `cacheSeconds`, files are served as a CDN serves the build (`Cache-Control:
 * max-age`), so a second visit reads them from the browser's cache; pages are always revalidated.
 */
export async function serve(pages = {}, { cacheSeconds = 0 } = {}) {
  const cache = cacheSeconds ? { 'cache-control': `public, max-age=${cacheSeconds}` } : {};
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host ?? 'x'}`);
    const path = decodeURIComponent(url.pathname);
    if (path.startsWith(MOCK_PREFIX)) {
      const start = performance.now();
      const answer = await answerMock(url);
      const dur = performance.now() - start;
      if (!answer) {
        res.writeHead(404).end();
        return;
      }
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      const type = !answer.type || answer.type === 'json' ? 'application/json' : answer.type;
      res.writeHead(answer.status ?? 200, { 'content-type': type, 'server-timing': `mock;dur=${dur.toFixed(2)}` }).end(answer.body);
      return;
    }
    const extra = pages[path];
    if (extra) {
      const { type, body } = typeof extra === 'string' ? { type: 'text/html; charset=utf-8', body: extra } : extra;
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...cache }).end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export async function launch() {
  return puppeteer.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
  });
}

/** An HTML page as a web editor writes it: the script and the widget markup. */
export const page = (body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>page</title>
<script type="module" src="/packages/embed/dist/hki-widgets.js"></script></head><body>${body}</body></html>`;
