/**
 * The page-wide cache of every source's result. It lives on `globalThis`, so two copies of the
 * library on one page (the CDN script beside an npm-installed app) share it. One load per key;
 * a failure is forgotten once settled (asking again retries); a load nobody waits for any more
 * is cancelled. A load read in parts reports its progress to every element waiting for it.
 */
import { DataFailure, type LoadError, type LoadProgress, type LoadResult, type Source } from './source.js';

type ProgressListener = (progress: LoadProgress) => void;

interface Entry {
  promise: Promise<LoadResult<unknown>>;
  /** The result once it is there, so an element can use cached data in the same update. */
  settled?: LoadResult<unknown>;
  /** Elements waiting for it; 0 while pending cancels the request. */
  users: number;
  abort: AbortController;
  /** The last progress the source reported while loading. */
  progress?: LoadProgress;
  /** Who wants to hear of progress: one listener per lease that asked. */
  listeners: Set<ProgressListener>;
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

async function run<T>(source: Source<T>, signal: AbortSignal, progress: ProgressListener): Promise<LoadResult<T>> {
  try {
    const raw = await source.load(signal, progress);
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
  /** The load's progress so far, when its source reports any. */
  readonly progress?: LoadProgress;
  /** Calls `listener` at each progress of the load until it settles or this lease is released. */
  onProgress(listener: ProgressListener): void;
  /** No longer needed: cancels the load when nobody else waits for it. */
  release(): void;
}

export function acquire<T>(source: Source<T>): Lease<T> {
  let entry = cache.get(source.key);
  if (!entry) {
    const abort = new AbortController();
    const listeners = new Set<ProgressListener>();
    const created = { abort, users: 0, listeners } as Omit<Entry, 'promise'> as Entry;
    const report = (progress: LoadProgress) => {
      if (created.settled || abort.signal.aborted) return;
      created.progress = { ...progress };
      for (const listener of [...listeners]) listener(created.progress);
    };
    created.promise = run(source, abort.signal, report).then((result) => {
      created.settled = result;
      created.progress = undefined;
      listeners.clear();
      if (!result.ok && cache.get(source.key) === created) cache.delete(source.key);
      return result;
    });
    cache.set(source.key, (entry = created));
  }
  const held = entry;
  held.users += 1;
  let released = false;
  let listening: ProgressListener | undefined;
  return {
    promise: held.promise as Promise<LoadResult<T>>,
    settled: held.settled as LoadResult<T> | undefined,
    get progress() {
      return held.progress;
    },
    onProgress(listener) {
      if (released || held.settled) return;
      if (listening) held.listeners.delete(listening);
      listening = listener;
      held.listeners.add(listener);
    },
    release() {
      if (released) return;
      released = true;
      if (listening) held.listeners.delete(listening);
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
