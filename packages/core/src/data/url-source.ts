import { fetchJson, resolveSrc } from './fetch-json.js';
import { DataFailure, type Source } from './source.js';

type UrlSourceOptions<T> = Pick<Source<T>, 'what' | 'describe' | 'validate' | 'isEmpty'> & {
  /** The kind of data, the first part of the cache key: one URL read as two kinds is two entries. */
  kind: string;
  /** The address as the element's attribute gives it (relative to the page is fine). */
  src: string;
  family?: string;
};

/**
 * A source that reads JSON from an address with the shared fetch policy. An address that is not
 * http(s) (`javascript:…`, a typo) becomes a failure of its own, not a request.
 */
export function urlSource<T>({ kind, src, family, ...rest }: UrlSourceOptions<T>): Source<T> {
  const url = resolveSrc(src);
  return {
    key: `${kind}:${url ?? `unusable:${src}`}`,
    family,
    address: url ?? src,
    ...rest,
    load: (signal) => (url ? fetchJson(url, signal) : Promise.reject(new DataFailure('network', 'the address is not an http(s) URL'))),
  };
}

/** A source that imports a module bundled with the widgets (its default export is the data). */
export function bundledSource<T>(
  options: Omit<Source<T>, 'address' | 'load'> & { module: () => Promise<{ default: unknown }> },
): Source<T> {
  const { module, ...rest } = options;
  return {
    address: 'bundled data',
    ...rest,
    load: async () => {
      try {
        return (await module()).default;
      } catch (error) {
        throw new DataFailure('network', `the bundled data could not be loaded (${(error as Error).message})`);
      }
    },
  };
}
