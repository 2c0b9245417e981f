/**
 * The one fetch policy of every source that reads a URL: a timeout, a size limit, only http(s),
 * cookies only for the page's own origin, and a precise description of what went wrong.
 */
import { takePrefetched } from './prefetch.js';
import { DataFailure } from './source.js';

export const loadSettings = {
  /** How long a request may take before the widget says so. */
  timeoutMs: 15_000,
  /** Larger responses are refused: a programme package is well under 1 MB. */
  maxBytes: 5 * 1024 * 1024,
};

/**
 * The absolute form of an address, or undefined when it is not an http(s) URL or a `blob:` URL of
 * the page's own origin (data the page holds, which only its own scripts can make: the reporting
 * page previews its work so, with no request).
 */
export function resolveSrc(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    // (self.origin: the document's own, also in a srcdoc frame, where location.origin is "null".)
    if (url.protocol === 'blob:') return url.origin === self.origin ? url.href : undefined;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A promise that rejects with the signal's reason when the signal aborts first. */
function whileNotAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Fetches and parses JSON. Throws `DataFailure` for every way of failing; `signal` cancels (an
 * element that no longer needs the answer), the timeout gives up.
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(loadSettings.timeoutMs);
  let response: Response;
  try {
    const stop = signal ? AbortSignal.any([signal, timeout]) : timeout;
    // A request hki-widgets.js started for this address before the element's code arrived.
    const started = takePrefetched(url);
    response = await (started ? whileNotAborted(started, stop) : fetch(url, { signal: stop, credentials: 'same-origin' }));
  } catch (error) {
    const name = (error as Error).name;
    if (timeout.aborted || name === 'TimeoutError') throw new DataFailure('timeout', `no answer within ${loadSettings.timeoutMs / 1000} s`);
    if (name === 'AbortError') throw new DataFailure('network', 'the request was cancelled');
    throw new DataFailure('network', `the request failed (${(error as Error).message})`);
  }
  if (!response.ok)
    throw new DataFailure('http', `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const length = Number(response.headers.get('content-length'));
  const limit = loadSettings.maxBytes;
  if (length > limit) throw new DataFailure('too-large', `the response is ${length} bytes; the limit is ${limit}`);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new DataFailure(timeout.aborted ? 'timeout' : 'network', `the response broke off (${(error as Error).message})`);
  }
  if (text.length > limit) throw new DataFailure('too-large', `the response is ${text.length} characters; the limit is ${limit}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataFailure('json', `the response is not JSON (${(error as Error).message})`);
  }
}
