/**
 * The finder's server search (`search="server"`): each query goes to the Service Map's own search,
 * `<src>search/?q=…&type=unit&language=…&page_size=…`, after a pause in typing, the previous request
 * cancelled; "Show more" follows the answer's `next`. The city's whole register stays on the server.
 *
 * What the Service Map's search understands (City-of-Helsinki/smbackend services/search/api.py,
 * SearchViewSet, commit 004675b62dd4): `q` (required; only letters, numbers, spaces and .'+-&|;
 * words are ANDed, each a prefix), `type`, `language` (fi, sv, en), `municipality` and `service`
 * (ids), `include=unit.<field>`, `page_size` and `page`. None of the finder's own filters (language
 * of service, topic, audience, district, accessibility, free, no appointment, open now) has a
 * parameter there, and the units it returns carry none of those facts, so only the words go to the
 * server; the other filters apply to the results shown, and the count says so.
 *
 * Its unit results are smbackend's SearchSerializer: `name` as {fi, sv, en}, but `street_address`
 * and each included translated field as one string in the server's default language (Django's
 * active language; smbackend's settings have no LocaleMiddleware, so it is the first of LANGUAGES,
 * Finnish for Helsinki). Those strings are read as Finnish before the units go through the Service
 * Map adapter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataController, DataFailure, asText, fetchJson, loadSource, reportOnce, resolveSrc, type Source } from '@hki-widgets/core';
import type { Service } from '@hki-widgets/data';
import { describeServicesFailure } from '../shared/services-source.js';

/** How long typing must pause before a query is sent, in milliseconds. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The unit fields asked for beside the search's own: what a result card shows. */
const INCLUDE = 'unit.connections,unit.phone,unit.email,unit.www,unit.short_description';

/** What the finder's `search` and `src` mean together. */
export type SearchSetup = { mode: 'local' } | { mode: 'server'; base: string } | { mode: 'invalid'; problem: string };

export function searchSetup(search: unknown, src: unknown): SearchSetup {
  const value = asText(search).trim();
  if (value === '' || value === 'local') return { mode: 'local' };
  if (value !== 'server')
    return { mode: 'invalid', problem: `search="${value}" is not a known value: use "local" (the default) or "server"` };
  const address = asText(src).trim();
  const url = address ? resolveSrc(address) : undefined;
  if (!url || !new URL(url).pathname.endsWith('/v2/'))
    return {
      mode: 'invalid',
      problem: `search="server" needs src to be a Service Map v2 base address ending in /v2/ (such as https://api.hel.fi/servicemap/v2/); src is ${address ? `"${address}"` : 'not set'}`,
    };
  const base = new URL(url);
  base.search = '';
  base.hash = '';
  return { mode: 'server', base: base.href };
}

/**
 * The words of a query as the Service Map takes them: its search refuses any character but letters,
 * numbers, spaces and .'+-&| (HTTP 400), and reads & and | as operators; everything else becomes a space.
 */
export const serverQuery = (typed: unknown): string =>
  asText(typed)
    .replace(/[^\p{L}\p{N}\s.'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The units the server found so far (every page asked for), as services, in the server's order. */
export interface ServerResults {
  services: Service[];
  /** How many units the server found in all. */
  count: number;
  /** The address of the next page, when there is one. */
  next?: string;
  /** Results that could not be read as units; links left out of those read. */
  skipped: number;
  dropped: number;
  /** Every page address read, so a `next` back to one of them ends the paging. */
  read: string[];
}

/** A search result unit in the shape the Service Map adapter reads (see the module comment). */
function asUnit(result: unknown): unknown {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return result;
  const unit: Record<string, unknown> = { ...(result as Record<string, unknown>) };
  for (const field of ['street_address', 'short_description']) {
    if (typeof unit[field] === 'string') unit[field] = { fi: unit[field] };
  }
  return unit;
}

/** An address in an answer (absolute, or relative to the page that gives it): http(s) only. */
function pageAddress(value: unknown, from: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  try {
    const url = new URL(asText(value), from);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

interface SearchScope {
  base: string;
  query: string;
  language: string;
  pageSize: number;
  /** How many pages of results are asked for ("Show more" adds one). */
  pages: number;
}

/**
 * The results of a query, `pages` pages of them: the first `pages - 1` come from the page-wide cache
 * (they were shown already), the last is fetched. One family, so the results on screen stay there,
 * marked busy, while the next query or page loads.
 */
export function searchSource(scope: SearchScope): Source<ServerResults> {
  const first = new URL('search/', scope.base);
  first.searchParams.set('q', scope.query);
  first.searchParams.set('type', 'unit');
  first.searchParams.set('language', scope.language);
  first.searchParams.set('page_size', String(scope.pageSize));
  first.searchParams.set('include', INCLUDE);
  return {
    key: `servicemap-search:${first.href}#pages=${scope.pages}`,
    family: `servicemap-search:${scope.base}`,
    address: first.href,
    what: 'the Service Map search results',
    describe: describeServicesFailure,
    async load(signal) {
      let previous: ServerResults | undefined;
      let url = first.href;
      if (scope.pages > 1) {
        const earlier = await loadSource(searchSource({ ...scope, pages: scope.pages - 1 }));
        if (!earlier.ok) throw new DataFailure(earlier.error.kind, earlier.error.detail);
        previous = earlier.data;
        if (!previous.next) return previous;
        url = previous.next;
      }
      const raw = (await fetchJson(url, signal)) as { count?: unknown; next?: unknown; results?: unknown } | null;
      if (raw === null || typeof raw !== 'object' || !Array.isArray(raw.results))
        throw new DataFailure(
          'invalid',
          `expected a Service Map search answer ({count, next, results: [...]})${previous ? ` at ${url}` : ''}`,
        );
      const units = raw.results.filter((r) => (r as { object_type?: unknown } | null)?.object_type !== 'address').map(asUnit);
      const { adapt } = await import('../adapters/index.js');
      const adapted = adapt('servicemap', units);
      const services = [...(previous?.services ?? [])];
      const ids = new Set(services.map((s) => s.id));
      let skipped = (previous?.skipped ?? 0) + adapted.skipped;
      for (const service of adapted.services) {
        if (ids.has(service.id)) skipped += 1;
        else {
          ids.add(service.id);
          services.push(service);
        }
      }
      const read = [...(previous?.read ?? []), url];
      const next = pageAddress(raw.next, url);
      const count = typeof raw.count === 'number' && Number.isSafeInteger(raw.count) && raw.count >= 0 ? raw.count : services.length;
      return {
        services,
        count,
        ...(next && !read.includes(next) ? { next } : {}),
        skipped,
        dropped: (previous?.dropped ?? 0) + (adapted.dropped ?? 0),
        read,
      };
    },
  };
}

export interface ServerSearchOptions {
  /** What `search` and `src` mean now. */
  setup: () => SearchSetup;
  /** The words typed. */
  query: () => string;
  /** The interface language (fi, sv or en): the language the server searches in. */
  language: () => string;
  /** Results per page. */
  pageSize: () => number;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Runs the server search for a finder: waits for a pause in typing (SEARCH_DEBOUNCE_MS), then asks
 * the Service Map through a DataController (the page-wide cache: one request per query and page,
 * the previous one cancelled when nobody else waits for it). Empty words send nothing.
 */
export class ServerSearchController implements ReactiveController {
  /** The words sent (the results are for these). */
  private sent = '';
  /** Words typed and waiting for the pause. */
  private pending?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private pages = 1;
  private started = false;
  private waiters: (() => void)[] = [];
  private reported?: ServerResults;
  /** The search's answers. */
  readonly data: DataController<ServerResults>;

  constructor(
    private readonly host: Host,
    private readonly options: ServerSearchOptions,
  ) {
    // Added before its DataController, so a query sent is read by it in the same update.
    host.addController(this);
    this.data = new DataController(host, () => this.source());
  }

  /** The server's base address, when the finder searches on the server. */
  get base(): string | undefined {
    const setup = this.options.setup();
    return setup.mode === 'server' ? setup.base : undefined;
  }

  /** The words the results are for ('' before any). */
  get query(): string {
    return this.sent;
  }

  /** The results to show: the current query's, or the previous ones while it loads. */
  get results(): ServerResults | undefined {
    return this.data.data;
  }

  /** Waiting for the pause in typing, or for the server. */
  get busy(): boolean {
    return this.pending !== undefined || this.data.status === 'loading';
  }

  /** Resolves when no query waits for the pause in typing (the ready signal waits for it). */
  idle(): Promise<void> {
    if (this.pending === undefined) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Asks for the next page of results, when there is one. */
  more(): void {
    if (!this.data.value?.next) return;
    this.pages += 1;
    this.host.requestUpdate();
  }

  private source(): Source<ServerResults> | undefined {
    const base = this.base;
    if (!base || !this.sent) return undefined;
    const size = this.options.pageSize();
    const pageSize = Number.isSafeInteger(size) && size > 0 ? Math.min(size, 1000) : 20;
    return searchSource({ base, query: this.sent, language: this.options.language(), pageSize, pages: this.pages });
  }

  hostUpdate(): void {
    const typed = this.base ? serverQuery(this.options.query()) : '';
    if (typed === (this.pending ?? this.sent)) {
      this.started = true;
      return;
    }
    clearTimeout(this.timer);
    // Words from the page address (the first render, Back) and emptied words need no pause.
    if (!this.started || typed === '' || typed === this.sent) {
      this.started = true;
      this.commit(typed);
      return;
    }
    this.pending = typed;
    this.timer = setTimeout(() => {
      this.commit(typed);
      this.host.requestUpdate();
    }, SEARCH_DEBOUNCE_MS);
  }

  hostUpdated(): void {
    // Units the adapter could not read, and links it left out: one console line per answer.
    const value = this.data.value;
    if (!value || value === this.reported) return;
    this.reported = value;
    const { skipped, dropped } = value;
    const parts = [
      skipped ? `${skipped} unit(s) could not be read and were left out` : '',
      dropped ? `${dropped} link(s) that were no http(s) address were left out` : '',
    ].filter(Boolean);
    if (parts.length) reportOnce(this.host, `the Service Map's answer to "${this.sent}": ${parts.join('; ')}`, 'warn');
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    if (this.pending !== undefined) this.commit(this.pending);
  }

  private commit(words: string): void {
    this.timer = undefined;
    this.pending = undefined;
    if (words !== this.sent) this.pages = 1;
    this.sent = words;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
