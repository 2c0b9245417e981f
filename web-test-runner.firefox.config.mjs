// `npm run test:firefox`: the browser tests in Debian's Firefox ESR (FIREFOX_PATH, or
// /usr/bin/firefox-esr, installed as root on Debian), driven by puppeteer-core over WebDriver BiDi.
// Files, plugins and middleware are the Chromium config's; see docs/testing.md.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import config from './web-test-runner.config.mjs';
import { ensureFirefox } from './scripts/setup.mjs';

const firefox = ensureFirefox();

/**
 * Tests that emulate a medium or a media feature need Chromium: puppeteer does that only through the DevTools
 * protocol (`emulateMedia({ media: 'print' })` of @web/test-runner-commands fails with "CDP support is required for
 * this feature"; the project's `hki-media` command needs a CDP session). Each such test is declared with
 * `chromiumOnly(title, fn)` from test/helpers.ts, which runs it in Chromium and reports it as skipped here; every other
 * test of the same file runs in Firefox.
 */

/** `hki-media` in Firefox: a clear error instead of puppeteer's bare "UnsupportedOperation". */
const mediaUnsupported = {
  name: 'hki-media',
  executeCommand({ command }) {
    if (command !== 'hki-media') return undefined;
    throw new Error(
      'hki-media needs the DevTools protocol (Chromium): declare this test with chromiumOnly(title, fn) from test/helpers.ts',
    );
  },
};

export default {
  ...config,
  plugins: config.plugins.map((plugin) => (plugin.name === 'hki-media' ? mediaUnsupported : plugin)),
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
