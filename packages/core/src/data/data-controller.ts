import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reportOnce } from '../report.js';
import { acquire, type Lease } from './cache.js';
import type { LoadError, LoadProgress, LoadResult, Source } from './source.js';

/** `idle`: the element asks for nothing (an attribute that picks another source is set). */
export type DataStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

type Host = ReactiveControllerHost & HTMLElement;

/** Every data controller of an element, for its ready signal (HkiElement's `dataComplete`). */
const controllers = new WeakMap<HTMLElement, Set<DataController<unknown>>>();

/** The data controllers an element has. */
export const dataControllersOf = (host: HTMLElement): DataController<unknown>[] => [...(controllers.get(host) ?? [])];

/**
 * Runs any source for any element: the element says which source its attributes mean (a function
 * read at each update), and renders the states this controller reports. The controller loads
 * through the page-wide cache, drops (and, when nobody else waits, cancels) a load the element no
 * longer needs, and logs each failure once, naming the element, the address and what was wrong.
 *
 * A changed key is loading, never "ready with the previous data": `value` is always the current
 * source's. Only a source of the same family (the same package in another language) leaves the
 * previous data in `stale` for the element to show, marked as busy, until the new data answers.
 *
 * While a source that reads its data in parts loads, `progress` says how far it has come (the same
 * for every element sharing the load), and the element is updated at each part.
 */
export class DataController<T> implements ReactiveController {
  status: DataStatus = 'idle';
  /** The current source's data (`ready` or `empty`). */
  value?: T;
  /** While loading: the previous data of the same family, to keep on screen. */
  stale?: T;
  error?: LoadError;
  /** While loading: how far a source read in parts has come (undefined for the others). */
  progress?: LoadProgress;
  private source?: Source<T>;
  private lease?: Lease<T>;
  /** Resolves the next time a load settles (see `settled`). */
  private waiting?: { promise: Promise<void>; resolve: () => void };

  constructor(
    private readonly host: Host,
    /** The source the element's attributes mean now, or undefined for none. */
    private readonly sourceOf: () => Source<T> | undefined,
  ) {
    host.addController(this);
    if (!controllers.has(host)) controllers.set(host, new Set());
    controllers.get(host)!.add(this as DataController<unknown>);
  }

  /** What to show: the current data, or the stale data while the new loads. */
  get data(): T | undefined {
    return this.value ?? this.stale;
  }

  /** The resident's message for the current failure, in the interface language. */
  get message(): string | undefined {
    return this.error && this.source?.describe(this.error);
  }

  /** Resolves once the current source has answered (ready, empty or error): for tests and embedders. */
  get settled(): Promise<void> {
    if (this.status !== 'loading') return Promise.resolve();
    this.waiting ??= (() => {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      return { promise, resolve };
    })();
    return this.waiting.promise;
  }

  hostConnected(): void {
    // Put back in the page after a load was dropped: ask again.
    if (this.source && !this.lease) {
      this.source = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.lease?.release();
      this.lease = undefined;
    }
  }

  hostUpdate(): void {
    const source = this.sourceOf();
    if (source?.key === this.source?.key && (this.lease || !source)) return;
    this.start(source);
  }

  /** Asks again (a retry button): the cache forgets failures, so this reloads a failed source. */
  retry(): void {
    this.source = undefined;
    this.host.requestUpdate();
  }

  private start(source: Source<T> | undefined): void {
    const previous = this.data;
    const sameFamily = source?.family !== undefined && source.family === this.source?.family;
    this.lease?.release();
    this.lease = undefined;
    this.source = source;
    this.error = undefined;
    this.value = undefined;
    this.stale = undefined;
    this.progress = undefined;
    if (!source) {
      this.status = 'idle';
      this.wake();
      return;
    }
    const lease = acquire(source);
    this.lease = lease;
    if (lease.settled) {
      this.settle(source, lease.settled);
      return;
    }
    this.status = 'loading';
    if (sameFamily) this.stale = previous;
    this.progress = lease.progress;
    lease.onProgress((progress) => {
      if (this.lease !== lease) return;
      this.progress = progress;
      this.host.requestUpdate();
    });
    void lease.promise.then((result) => {
      if (this.lease !== lease) return; // another source took over meanwhile
      this.settle(source, result);
      this.host.requestUpdate();
    });
  }

  private settle(source: Source<T>, result: LoadResult<T>): void {
    this.stale = undefined;
    this.progress = undefined;
    if (result.ok) {
      this.value = result.data;
      this.status = source.isEmpty?.(result.data) ? 'empty' : 'ready';
    } else {
      this.error = result.error;
      this.status = 'error';
      reportOnce(this.host, `could not use ${source.what} from ${result.error.url}: ${result.error.detail}`);
    }
    this.wake();
  }

  private wake(): void {
    this.waiting?.resolve();
    this.waiting = undefined;
  }
}
