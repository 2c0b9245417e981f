/** Shared helpers for the browser tests: page language, media emulation, layout checks. */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Sets `<html lang>` (and `dir`) and waits for the elements to re-render in that language. */
export async function setPageLang(lang: string | null, dir: 'ltr' | 'rtl' | null = null): Promise<void> {
  const root = document.documentElement;
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  if (dir === null) root.removeAttribute('dir');
  else root.setAttribute('dir', dir);
  // The locale switch is asynchronous (a promise, then a re-render).
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Emulates media features such as forced-colors and prefers-reduced-motion; [] resets them. */
export function emulateMedia(features: { name: string; value: string }[]): Promise<unknown> {
  return executeServerCommand('hki-media', { features });
}

/** Whether the page runs in Chromium (Firefox's user agent has no "Chrome/"; Chromium's, headless too, has). */
export const isChromium = /Chrome\//.test(navigator.userAgent) && !/Firefox\//.test(navigator.userAgent);

/**
 * A test that needs Chromium's media emulation over the DevTools protocol: print (`emulateMedia({ media })` of
 * @web/test-runner-commands) or the `hki-media` command (forced colours, reduced motion). It runs in Chromium and is
 * reported as skipped in Firefox, where puppeteer has no such emulation (docs/testing.md).
 */
export const chromiumOnly = (title: string, fn: Mocha.AsyncFunc): Mocha.Test =>
  isChromium ? it(title, fn) : it.skip(`${title} (needs Chromium's media emulation)`, fn);

/** Sets the viewport and reports whether the page scrolls sideways. */
export async function scrollsSideways(width: number): Promise<boolean> {
  await setViewport({ width, height: 640 });
  // Reading the sizes forces layout; requestAnimationFrame would stall in a background tab.
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}

/** Waits until a Lit element has rendered data (not its loading state). */
export async function settled(el: LitElement, ready: () => boolean, message = 'element did not settle'): Promise<void> {
  await waitUntil(ready, message, { timeout: 5000 });
  await el.updateComplete;
}

/** Captures console.error and console.warn calls while fn runs. */
export async function captureConsole<T>(fn: () => Promise<T>): Promise<{ result: T; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const result = await fn();
    return { result, errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** The first test of an element's suite: its tag is defined, and creating it makes an instance of it. */
export function itDefinesItsTag(tag: string): void {
  it('defines its tag', () => {
    expect(customElements.get(tag)).to.be.a('function');
    expect(document.createElement(tag)).to.be.instanceOf(customElements.get(tag)!);
  });
}

/** A minimal RFC 4180 reader (a downloaded CSV file): quoted cells with commas, quotes and line breaks. */
export function parseCsv(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) out.push([...row, field]);
  return out;
}

/**
 * The element `selector` finds under `root`, or an error naming the selector: a test that drives the
 * page (click, focus, type) fails loudly when its selector finds nothing, instead of acting on nothing.
 */
export function must<T extends Element = HTMLElement>(root: ParentNode | null | undefined, selector: string): T {
  const el = root?.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector}${root ? '' : ' (no root to look in)'}`);
  return el;
}
