/** Shared helpers for the browser tests: page language, media emulation, layout checks. */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
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
