/**
 * The page-wide cache of every source's result. It lives on `globalThis`, so two copies of the
 * library on one page (the CDN script beside an npm-installed app) share it. One load per key;
 * a failure is forgotten once settled (asking again retries); a load nobody waits for any more
 * is cancelled.
 */
import { DataFailure, type LoadError, type LoadResult, type Source } from './source.js';

interface Entry {
  promise: Promise<LoadResult<unknown>>;
  /** The result once it is there, so an element can use cached data in the same update. */
  settled?: LoadResult<unknown>;
  /** Elements waiting for it; 0 while pending cancels the request. */
  users: number;
  abort: AbortController;
}

const CACHE_KEY = Symbol.for('hki-widgets.source-cache.v2');
const cache: Map<string, Entry> = ((globalThis as Record<symbol, Map<string, Entry> | undefined>)[CACHE_KEY] ??= new Map());

function describe(error: unknown, address: string): LoadError {
  if (error instanceof DataFailure)
    return { kind: error.kind, url: address, detail: error.detail, ...(error.issues ? { issues: error.issues } : {}) };
  // Whatever else goes wrong in reading or checking the data is a described failure too: a widget
  // must always leave its loading state.
  return {
    kind: 'invalid',
    url: address,
    detail: `the data could not be read (${error instanceof Error ? error.message : String(error)})`,
  };
}

async function run<T>(source: Source<T>, signal: AbortSignal): Promise<LoadResult<T>> {
  try {
    const raw = await source.load(signal);
    const data = source.validate ? await source.validate(raw) : (raw as T);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: describe(error, source.address) };
  }
}

/** One element's claim on a source's result. */
export interface Lease<T> {
  readonly promise: Promise<LoadResult<T>>;
  /** The result, when it was already there. */
  readonly settled?: LoadResult<T>;
  /** No longer needed: cancels the load when nobody else waits for it. */
  release(): void;
}

export function acquire<T>(source: Source<T>): Lease<T> {
  let entry = cache.get(source.key);
  if (!entry) {
    const abort = new AbortController();
    const created: Entry = { abort, users: 0, promise: run(source, abort.signal) };
    created.promise = created.promise.then((result) => {
      created.settled = result;
      if (!result.ok && cache.get(source.key) === created) cache.delete(source.key);
      return result;
    });
    cache.set(source.key, (entry = created));
  }
  const held = entry;
  held.users += 1;
  let released = false;
  return {
    promise: held.promise as Promise<LoadResult<T>>,
    settled: held.settled as LoadResult<T> | undefined,
    release() {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users === 0 && !held.settled) {
        held.abort.abort();
        if (cache.get(source.key) === held) cache.delete(source.key);
      }
    },
  };
}

/** A source's result without an element (a script, a test): shares the page-wide cache. Never rejects. */
export function loadSource<T>(source: Source<T>): Promise<LoadResult<T>> {
  return acquire(source).promise;
}

/** Empties the shared cache (tests, or a page that republishes its data). */
export const clearDataCache = (): void => cache.clear();
