/**
 * Data requests started by hki-widgets.js as soon as it sees an element, in parallel with the
 * element's code: the autoloader knows the tag, its attributes and the page's language before the
 * element runs. Each element package has a small `prefetch` module (listed in elements.json) that
 * calls these; the element later asks for the same data through its source and gets the request
 * already under way: a bundled module through the browser's module map, a URL through the hand-over
 * below. Nothing here reports errors: a prefetch that fails is retried and reported by the element.
 *
 * Free of Lit on purpose: this module travels in hki-widgets.js, which every page loads.
 */
import { resolveLocale, type UiLocale } from '../locale/resolve.js';
import { bundledProgramme, type ProgrammePart } from './bundled.js';

const EARLY = Symbol.for('hki-widgets.prefetched');
type Early = Map<string, Promise<Response>>;
const early = ((globalThis as Record<symbol, unknown>)[EARLY] ??= new Map()) as Early;

/** The interface language the widgets will use: the page's (`<html lang>`), as page-locale.ts resolves it. */
export const pageUiLocale = (): UiLocale => resolveLocale(document.documentElement.getAttribute('lang')).locale;

/** An attribute's address, trimmed, when it has one. */
export const addressOf = (element: Element, attribute: string): string | undefined => element.getAttribute(attribute)?.trim() || undefined;

/** Starts importing a bundled data module (the browser keeps it for the element's own import). */
export function prefetchModule(module: () => Promise<unknown>): void {
  module().catch(() => undefined);
}

/** Starts the bundled programme's part for the page's language. */
export function prefetchProgramme(part?: ProgrammePart): void {
  prefetchModule(bundledProgramme(pageUiLocale(), part).module);
}

/** Starts a JSON request for an address (http(s) only, cookies only for the page's own origin), once. */
export function prefetchUrl(src: string): void {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || early.has(url.href)) return;
  const response = fetch(url.href, { credentials: 'same-origin' });
  response.catch(() => undefined);
  early.set(url.href, response);
}

/** The response of a request started early for this address, once (then it is forgotten). */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}

/** Starts the monitoring file an element will merge over the programme: its `monitoring`, or the page's meta tag. */
export function prefetchMonitoring(element: Element): void {
  const src =
    addressOf(element, 'monitoring') ??
    (document.querySelector('meta[name="hki-monitoring"]')?.getAttribute('content')?.trim() || undefined);
  if (src) prefetchUrl(src);
}
