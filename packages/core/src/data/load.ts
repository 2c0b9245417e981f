/**
 * Loads programme data packages: the bundled default (one small module per language) or a package
 * at a `src` URL. One request per URL per page, shared by every element (even across two copies of
 * the library on one page), with a timeout and a size limit; data from a URL is validated before
 * use. Never throws: failures resolve to a described error.
 */
import type { IntegrationProgrammePackage } from '@hki-widgets/data';
import type { ValidationIssue } from '@hki-widgets/data/validate';
import { slices } from '@hki-widgets/data/slices.js';
import type { UiLocale } from '../locale/resolve.js';

export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'json' | 'invalid';

export interface LoadError {
  kind: LoadErrorKind;
  /** The URL that was asked for, or "bundled data". */
  url: string;
  /** What was wrong, precisely, for the console. */
  detail: string;
  issues?: ValidationIssue[];
}

export type LoadResult = { ok: true; data: IntegrationProgrammePackage } | { ok: false; error: LoadError };

/** How long a request may take before the widget says so. */
export const loadSettings = {
  timeoutMs: 15_000,
  /** Larger responses are refused: a programme package is well under 1 MB. */
  maxBytes: 5 * 1024 * 1024,
};

const bundled: Record<UiLocale, () => Promise<{ default: unknown }>> = {
  fi: () => import('@hki-widgets/data/programme.fi.js'),
  sv: () => import('@hki-widgets/data/programme.sv.js'),
  en: () => import('@hki-widgets/data/programme.en.js'),
};

type Cache = Map<string, Promise<LoadResult>>;
const CACHE_KEY = Symbol.for('hki-widgets.data-cache');
const cache: Cache = ((globalThis as Record<symbol, Cache | undefined>)[CACHE_KEY] ??= new Map());

/** The absolute form of a `src` value, or undefined when it cannot be a URL. */
export function resolveSrc(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export type JsonResult = { ok: true; data: unknown } | { ok: false; error: LoadError };

/** Fetches and parses JSON from a URL with the timeout and size limit; never throws. */
async function fetchJson(url: string): Promise<JsonResult> {
  const fail = (kind: LoadErrorKind, detail: string): JsonResult => ({ ok: false, error: { kind, url, detail } });
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(loadSettings.timeoutMs), credentials: 'same-origin' });
  } catch (error) {
    const name = (error as Error).name;
    return name === 'TimeoutError' || name === 'AbortError'
      ? fail('timeout', `no answer within ${loadSettings.timeoutMs / 1000} s`)
      : fail('network', `the request failed (${(error as Error).message})`);
  }
  if (!response.ok) return fail('http', `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const length = Number(response.headers.get('content-length'));
  if (length > loadSettings.maxBytes) return fail('too-large', `the response is ${length} bytes; the limit is ${loadSettings.maxBytes}`);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return fail('network', `the response broke off (${(error as Error).message})`);
  }
  if (text.length > loadSettings.maxBytes) return fail('too-large', `the response is ${text.length} characters; the limit is ${loadSettings.maxBytes}`);
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return fail('json', `the response is not JSON (${(error as Error).message})`);
  }
}

async function fetchPackage(url: string): Promise<LoadResult> {
  const result = await fetchJson(url);
  if (!result.ok) return result;
  // The validator is only needed for data from a URL: its own chunk, not on every page.
  const { formatIssues, validatePackage } = await import('@hki-widgets/data/validate');
  const validation = validatePackage(result.data);
  if (!validation.valid) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        url,
        detail: `the data package does not follow the schema (${validation.errors.length} problem(s)):\n${formatIssues(validation.errors.slice(0, 20))}`,
        issues: validation.errors,
      },
    };
  }
  return { ok: true, data: result.data as IntegrationProgrammePackage };
}

/** One shared request per key; a failure is forgotten once settled, so asking again retries. */
function shared<T extends { ok: boolean }>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    // Whatever goes wrong in reading or checking the data becomes a described failure, never a
    // rejected promise: a widget must always leave its loading state.
    pending = load().catch(
      (error: unknown) => ({ ok: false, error: { kind: 'invalid', url: key, detail: `the data could not be read (${error instanceof Error ? error.message : 'unknown error'})` } }) as unknown as T,
    );
    cache.set(key, pending as unknown as Promise<LoadResult>);
    void pending.then((result) => {
      if (!result.ok) cache.delete(key);
    });
  }
  return pending;
}

/**
 * Any JSON document from an http(s) URL (a JSON-stat dataset, say), with the same sharing,
 * timeout and size limit as the programme data. Never throws.
 */
export function loadJson(src: string): Promise<JsonResult> {
  const url = resolveSrc(src);
  if (!url) return Promise.resolve({ ok: false, error: { kind: 'network', url: src, detail: 'the address is not an http(s) URL' } });
  return shared(`json:${url}`, () => fetchJson(url));
}

/** What an element needs of the data: everything, or one measure set (a much smaller slice). */
export interface DataScope {
  measureSet?: string;
}

async function importBundled(locale: UiLocale, scope: DataScope): Promise<LoadResult> {
  try {
    const slice = scope.measureSet === undefined ? undefined : slices[locale]?.[scope.measureSet];
    const module = await (slice ?? bundled[locale])();
    return { ok: true, data: module.default as IntegrationProgrammePackage };
  } catch (error) {
    return { ok: false, error: { kind: 'network', url: 'bundled data', detail: `the bundled ${locale} data could not be loaded (${(error as Error).message})` } };
  }
}

/**
 * The package for a `src` URL, or the bundled one for the locale when there is no `src` (only the
 * slice of one measure set when the scope names one and the whole is not needed).
 * Concurrent and later calls for the same URL share one request; a failed request is forgotten
 * once settled, so changing the attribute back retries.
 */
export function loadProgramme(src: string | null | undefined, locale: UiLocale, scope: DataScope = {}): Promise<LoadResult> {
  if (src === null || src === undefined || src.trim() === '') {
    const key = `bundled:${locale}:${scope.measureSet ?? '*'}`;
    let pending = cache.get(key);
    if (!pending) cache.set(key, (pending = importBundled(locale, scope)));
    return pending;
  }
  const url = resolveSrc(src);
  if (!url) {
    return Promise.resolve({ ok: false, error: { kind: 'network', url: src, detail: 'the src attribute is not an http(s) URL' } });
  }
  return shared(url, () => fetchPackage(url));
}

/** Empties the shared cache (tests, or a page that republishes its data). */
export const clearDataCache = (): void => cache.clear();
