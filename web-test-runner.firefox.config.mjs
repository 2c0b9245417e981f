// `npm run test:firefox`: the browser tests in Debian's Firefox ESR (FIREFOX_PATH, or
// /usr/bin/firefox-esr, installed as root on Debian), driven by puppeteer-core over WebDriver BiDi.
// Files, plugins and middleware are the Chromium config's; see docs/testing.md.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import config from './web-test-runner.config.mjs';
import { ensureFirefox } from './scripts/setup.mjs';

const firefox = ensureFirefox();

/**
 * Test files left out in Firefox: some of their tests emulate a medium or a media feature, which
 * puppeteer does only through the DevTools protocol (Chromium's): `emulateMedia({ media: 'print' })`
 * of @web/test-runner-commands fails with "CDP support is required for this feature", and the
 * project's `hki-media` command (forced-colors, prefers-reduced-motion) needs a CDP session. Their
 * other tests pass in Firefox: run one with `--files` to see (docs/testing.md lists the failures).
 */
const chromiumOnly = [
  'packages/charts/test/indicator-chart.test.ts', // print; hki-media: reduced motion, forced colours
  'packages/glossary/test/term.test.ts', // hki-media: reduced motion + forced colours
  'packages/measures/test/measure-card.test.ts', // print; hki-media: reduced motion + forced colours
  'packages/signage/test/sign.test.ts', // hki-media: forced colours
];

/** `hki-media` in Firefox: a clear error instead of puppeteer's bare "UnsupportedOperation". */
const mediaUnsupported = {
  name: 'hki-media',
  executeCommand({ command }) {
    if (command !== 'hki-media') return undefined;
    throw new Error(
      'hki-media needs the DevTools protocol (Chromium); list its file in chromiumOnly in web-test-runner.firefox.config.mjs',
    );
  },
};

export default {
  ...config,
  plugins: config.plugins.map((plugin) => (plugin.name === 'hki-media' ? mediaUnsupported : plugin)),
  files: [...config.files, ...chromiumOnly.map((file) => `!${file}`)],
  browsers: [
    chromeLauncher({
      // Our own puppeteer-core: launches launchOptions.browser, and test reports call it "Firefox".
      puppeteer,
      // puppeteer-core's BiDi keyboard knows ' ' but not the key name 'Space' that the tests press.
      async createPage({ context }) {
        const page = await context.newPage();
        const keyboard = page.keyboard;
        for (const method of ['press', 'down', 'up']) {
          const original = keyboard[method].bind(keyboard);
          keyboard[method] = (key, options) => original(key === 'Space' ? ' ' : key, options);
        }
        return page;
      },
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  ],
};
