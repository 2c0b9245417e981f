/**
 * The contract of the one data mechanism. A *source* is a plain object that says how to get one
 * piece of data (a bundled chunk or a URL), how to check it, and how to word each failure for a
 * resident. `DataController` runs any source for any element; `loadSource` runs one without an
 * element. Sources never touch the element that shows their data.
 */
import type { ValidationIssue } from '@hki-widgets/data/validate';

/** How a load can fail, each with its own message for the resident. */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'json' | 'invalid';

export interface LoadError {
  kind: LoadErrorKind;
  /** The address that was asked for, or "bundled data". */
  url: string;
  /** What was wrong, precisely, for the console. */
  detail: string;
  issues?: ValidationIssue[];
}

export type LoadResult<T> = { ok: true; data: T } | { ok: false; error: LoadError };

/**
 * How far a load that reads its data in parts (a list read page by page) has come: every element
 * sharing the load sees the same progress. Sources that read one document report none.
 */
export interface LoadProgress {
  /** Items read so far. */
  loaded: number;
  /** Items in all, when the source knows it (a list's `count`). */
  total?: number;
}

/** Thrown inside a source's `load` or `validate`: becomes a described `LoadError`, never an exception. */
export class DataFailure extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly detail: string,
    readonly issues?: ValidationIssue[],
  ) {
    super(detail);
    this.name = 'DataFailure';
  }
}

export interface Source<T> {
  /**
   * Page-wide cache key: every element, and every copy of the library on the page, asking for the
   * same key shares one load. Built from what the element's attributes say (kind, URL, language…).
   */
  readonly key: string;
  /**
   * Sources of one family hold the same things in another form (the same package in another
   * language): while the new one loads, an element may keep showing the old one, marked as stale.
   */
  readonly family?: string;
  /** Where the data comes from, for the console: an absolute URL, or "bundled data". */
  readonly address: string;
  /** What the data is, for the console ("the programme data"). */
  readonly what: string;
  /**
   * Gets the raw data: a bundled `import()`, or `fetchJson(url, signal)`. Throws `DataFailure`. A
   * source that reads its data in parts may call `progress` after each part.
   */
  load(signal: AbortSignal, progress?: (progress: LoadProgress) => void): Promise<unknown>;
  /** Checks the raw data and gives it its final shape. Throws `DataFailure('invalid', …)`. */
  validate?(raw: unknown): T | Promise<T>;
  /** Whether valid data has nothing to show (the element then renders its empty state). */
  isEmpty?(data: T): boolean;
  /** The short message a resident sees for a failure, in the interface language (called at render time). */
  describe(error: LoadError): string;
}

/** The messages of one kind of data, one per way of failing (thunks: they are read at render time). */
export interface FailureMessages {
  /** Network errors, HTTP errors, an address that cannot be fetched. */
  load: () => string;
  /** Not JSON, or not the expected shape. */
  format: () => string;
  timeout: () => string;
  tooLarge: () => string;
}

/** Picks the message for a failure's kind. */
export function failureMessage(error: LoadError, messages: FailureMessages): string {
  switch (error.kind) {
    case 'timeout':
      return messages.timeout();
    case 'too-large':
      return messages.tooLarge();
    case 'json':
    case 'invalid':
      return messages.format();
    default:
      return messages.load();
  }
}
