// Browser tests in real Chromium (Debian's /usr/bin/chromium, or CHROME_PATH), TypeScript through
// esbuild. A small middleware gives the tests slow and failing endpoints for the data loader.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from './scripts/lib/chromium-args.mjs';
import { cityApisMiddleware } from './test/mocks/city-apis.mjs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * /__test/package?patch=[["/concepts/1/definition/fi", null], …]: the built programme package with
 * values replaced (null deletes), so tests can load a package with missing or hostile texts by URL.
 */
function patchedPackage(search) {
  const data = JSON.parse(readFileSync(new URL('./packages/data/dist/programme.json', import.meta.url), 'utf8'));
  for (const [pointer, value] of JSON.parse(new URLSearchParams(search).get('patch') ?? '[]')) {
    const tokens = pointer
      .slice(1)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = tokens.pop();
    const parent = tokens.reduce((node, token) => node[token], data);
    if (value === null) delete parent[last];
    else parent[last] = value;
  }
  return data;
}

/** 10 MB of valid JSON text (one long string), built on first use: twice the loader's size limit. */
let big;
const bigJson = () => (big ??= `{"padding":"${'x'.repeat(10 * 1024 * 1024 - 14)}"}`);

/** /__test/status/500, /__test/delay/3000, /__test/reset, /__test/package, /__test/big: faults and fixtures on demand. */
function faults(context, next) {
  if (context.path === '/__test/big') {
    context.type = 'json';
    context.body = bigJson();
    return undefined;
  }
  if (context.path === '/__test/package') {
    context.type = 'json';
    context.body = JSON.stringify(patchedPackage(context.querystring));
    return undefined;
  }
  const match = /^\/__test\/(status|delay|reset)(?:\/(\d+))?/.exec(context.path);
  if (!match) return next();
  const [, kind, n] = match;
  if (kind === 'status') {
    context.status = Number(n);
    context.body = `status ${n}`;
    return undefined;
  }
  if (kind === 'reset') {
    context.respond = false;
    context.req.socket.destroy();
    return undefined;
  }
  return new Promise((resolve) => setTimeout(resolve, Number(n))).then(() => {
    context.body = '{}';
    context.type = 'json';
  });
}

/**
 * `hki-media`: emulates any media feature through the DevTools protocol, forced-colors included
 * (the stock emulateMedia command passes only colour scheme and reduced motion to Chromium).
 */
function mediaPlugin() {
  // Emulation lasts as long as its DevTools session: keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'hki-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hki-media') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  // 'source' resolves the workspace packages to their TypeScript sources.
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [mediaPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [faults, cityApisMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chrome,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames, which stalls rendering waits.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The whole run (not one test): generous, so a slow or busy machine does not cut it short.
  testsFinishTimeout: 30 * 60 * 1000,
};
