/**
 * Live opening hours from Hauki (`hours="hauki"`) for the services an element shows, and only those.
 *
 * Which services Hauki can know: units of the city's register, read from Service Map v2 or TPR v4
 * (service ids `servicemap-<unit id>` and `tpr-<unit id>`, see adapters/units.ts). Hauki knows them
 * as `tprek:<unit id>`. Services of a package (the bundled ones too) have no Hauki id: no request.
 *
 * What is asked: `<hours-src>resource/tprek:<unit id>/opening_hours/?start_date=…&end_date=…`, from
 * yesterday to a week from today in Helsinki (nine days): yesterday for a night that runs past
 * midnight into today, a week ahead for "opens on Monday at 9.00". Each request goes through core's
 * fetch policy (`fetchJson`: http(s) only, timeout, size limit) and the page-wide cache (`acquire`),
 * so a card and a finder on one page asking for the same unit make one request. At most four
 * requests of an element run at once; a service that leaves the screen is dropped from the queue and
 * its request cancelled (when nobody else on the page waits for it).
 *
 * What a service then shows (`liveHours(service)`, for RenderContext.liveHours):
 * - Hauki's hours for it: `{ hours }`, which replace the service's own;
 * - Hauki does not know it (HTTP 404, an empty list, no usable states), or answered for another
 *   resource: undefined, so the service keeps its own (free-text) hours;
 * - Hauki failed (network, timeout, HTTP error, not JSON, not Hauki's format): `{ failed: true }`,
 *   the service's own hours with a note;
 * - while its answer is on the way, or when `hours` is not "hauki": undefined.
 *
 * The console gets one line per batch of answers for each kind of problem, naming the element and
 * counting the units: failures (an error, with the first address and what was wrong) and answers
 * for another resource (a warning, listing which resource answered for which unit). A `hours-src`
 * that is not an http(s) address is one error and no request; the feed units then say their
 * current hours could not be fetched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DataFailure,
  acquire,
  asText,
  fetchJson,
  reportOnce,
  resolveSrc,
  type Lease,
  type LoadResult,
  type Source,
} from '@hki-widgets/core';
import type { OpeningHours, Service } from '@hki-widgets/data';
import { addDays, helsinkiTime } from './hours.js';
import type { LiveHours } from './render-service.js';

/** Hauki's public API, the default of `hours-src`. */
export const HAUKI_DEFAULT_SRC = 'https://hauki.api.hel.fi/v1/';

/** How many Hauki requests one element runs at once. */
export const HAUKI_CONCURRENCY = 4;

/** Days asked for around today (Helsinki): from yesterday to a week from today. */
const DAYS_BEFORE = 1;
const DAYS_AFTER = 7;

/** Where a service's live hours are. */
export type LiveHoursStatus =
  /** Live hours are off (`hours` is not "hauki"), or the service has no Hauki id (a package service). */
  | 'off'
  /** Not asked for: the service is not among those on screen. */
  | 'unasked'
  /** Waiting for a free request slot, or for Hauki's answer. */
  | 'loading'
  /** Hauki's hours are shown. */
  | 'hauki'
  /** Hauki does not know the unit (or answered for another resource): its own hours are shown. */
  | 'own'
  /** Hauki could not be reached or its answer not read: the own hours are shown with a note. */
  | 'failed';

/** The Hauki resource of a service from the unit feeds (`servicemap-41102`, `tpr-41102` → `tprek:41102`), or undefined. */
export function haukiResourceOf(service: Pick<Service, 'id'>): string | undefined {
  const match = /^(?:servicemap|tpr)-([0-9]+)$/.exec(service.id);
  return match ? `tprek:${match[1]}` : undefined;
}

/**
 * The opening hours that count for a service: Hauki's when it gave some, otherwise the service's
 * own. For "open now" (`openState(hoursOf(service, live), now)`), in a card and in a finder's filter.
 */
export function hoursOf(service: Pick<Service, 'openingHours'>, live: LiveHours | undefined): OpeningHours {
  return live?.hours ?? service.openingHours;
}

/** The value of `hours`: "hauki", or undefined for the services' own hours (empty, missing or unknown). */
function modeOf(value: unknown): 'hauki' | 'unknown' | undefined {
  const mode = asText(value).trim().toLowerCase();
  if (mode === '') return undefined;
  return mode === 'hauki' ? 'hauki' : 'unknown';
}

/** What Hauki answered for one unit, as kept in the page-wide cache. */
type HaukiAnswer = { kind: 'hours'; hours: OpeningHours } | { kind: 'none'; others: string[] };

/** A Hauki 404 is an answer ("not known here"), not a failure: it is cached like one. */
const NOT_FOUND = Symbol('hauki-not-found');

function haukiSource(url: string, resource: string, date: string): Source<HaukiAnswer> {
  return {
    key: `hauki-opening-hours:${url}`,
    address: url,
    what: 'the opening hours from Hauki',
    // (Never shown on its own: a card shows its own hours with render-service's note instead.)
    describe: () => 'the current opening hours could not be fetched',
    async load(signal) {
      try {
        return await fetchJson(url, signal);
      } catch (error) {
        if (error instanceof DataFailure && error.kind === 'http' && /\bHTTP 404\b/.test(error.detail)) return NOT_FOUND;
        throw error;
      }
    },
    async validate(raw) {
      if (raw === NOT_FOUND) return { kind: 'none', others: [] };
      // The adapter is only needed on pages that ask Hauki: its own chunk.
      const { readHaukiOpeningHours } = await import('../adapters/hauki.js');
      const reading = readHaukiOpeningHours(raw, { resource, source: { sourceId: 'hauki', ref: `resource ${resource}`, date } });
      if (reading.status === 'unreadable')
        throw new DataFailure(
          'invalid',
          'the response is not Hauki opening hours (a list of {date, times}, or {results: [{resource, opening_hours}]})',
        );
      return reading.status === 'hours' ? { kind: 'hours', hours: reading.hours } : { kind: 'none', others: reading.others };
    },
  };
}

interface Entry {
  url: string;
  resource: string;
  date: string;
  state: 'queued' | 'loading' | 'done';
  lease?: Lease<HaukiAnswer>;
  live?: LiveHours;
  failed?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

export interface LiveHoursOptions {
  /** The element's `hours` attribute: "hauki", or empty for the services' own hours. */
  mode: () => unknown;
  /** The element's `hours-src`: Hauki's base address (default `https://hauki.api.hel.fi/v1/`). */
  src: () => unknown;
  /**
   * The services on screen now, read before each render of the host: only these are asked for.
   * It must follow from the element's state (data, filters, page), not from what it rendered.
   */
  services: () => readonly Service[];
  /** Requests at once (default 4). */
  concurrency?: number;
}

/**
 * Fetches Hauki's opening hours for the services an element shows. Give its `liveHours` to
 * RenderContext; the host is asked to update when answers arrive.
 */
export class LiveHoursController implements ReactiveController {
  /** Per request address (one per unit and date range). */
  private readonly entries = new Map<string, Entry>();
  private queue: Entry[] = [];
  private active = 0;
  /** The base address and range of the last sync, to find a service's entry. */
  private base?: string;
  private range?: { start: string; end: string; today: string };
  /** Problems of the batch under way, reported when it has settled. */
  private failures: { url: string; detail: string }[] = [];
  private foreign: { resource: string; others: string[] }[] = [];
  private waiting: (() => void)[] = [];
  private syncing = false;

  constructor(
    private readonly host: Host,
    private readonly options: LiveHoursOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Put back in the page after its requests were dropped: ask again at the next update.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.drop(() => true);
    this.queue = [];
    this.wake();
  }

  hostUpdate(): void {
    this.syncing = true;
    try {
      this.sync();
    } finally {
      this.syncing = false;
    }
  }

  /** Whether the element asks Hauki (`hours="hauki"`). */
  get enabled(): boolean {
    return modeOf(this.options.mode()) === 'hauki';
  }

  /** Live hours of a service for RenderContext.liveHours: Hauki's hours, a failure, or undefined for its own. */
  readonly liveHours = (service: Service): LiveHours | undefined => this.entryOf(service)?.live;

  /** Where a service's live hours are (for a finder's "open now" filter: `hauki` hours are Hauki's). */
  status(service: Service): LiveHoursStatus {
    const entry = this.entryOf(service);
    if (!entry) return this.base === undefined || !haukiResourceOf(service) ? 'off' : 'unasked';
    if (entry.state !== 'done') return 'loading';
    if (entry.failed) return 'failed';
    return entry.live?.hours ? 'hauki' : 'own';
  }

  /** Resolves once every request for the services on screen has answered (tests, embedders). */
  get settled(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private get idle(): boolean {
    return this.active === 0 && this.queue.length === 0;
  }

  /** An unusable `hours-src` leaves `base` empty (''), live hours off leave it undefined. */
  private entryOf(service: Service): Entry | undefined {
    const resource = haukiResourceOf(service);
    if (!resource || this.base === undefined || !this.range) return undefined;
    if (this.base === '') return { url: '', resource, date: this.range.today, state: 'done', failed: true, live: { failed: true } };
    return this.entries.get(this.urlOf(resource));
  }

  private urlOf(resource: string): string {
    const { start, end } = this.range!;
    return new URL(`resource/${resource}/opening_hours/?start_date=${start}&end_date=${end}`, this.base).href;
  }

  /** The base address `hours-src` means: absolute, ending in '/'; '' when it is not http(s). */
  private baseOf(): string {
    const given = asText(this.options.src()).trim() || HAUKI_DEFAULT_SRC;
    const resolved = resolveSrc(given);
    if (!resolved) {
      reportOnce(this.host, `hours-src "${given}" is not an http(s) address: no opening hours are fetched from Hauki`);
      return '';
    }
    const url = new URL(resolved);
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  }

  /** Brings the requests in line with the services on screen. */
  private sync(): void {
    const mode = modeOf(this.options.mode());
    if (mode === 'unknown')
      reportOnce(
        this.host,
        `hours="${asText(this.options.mode())}" is not a known value ("hauki", or none): the services' own opening hours are shown`,
        'warn',
      );
    const base = mode === 'hauki' ? this.baseOf() : undefined;
    const wanted = new Map<string, string>();
    if (base) {
      const today = helsinkiTime(new Date()).date;
      this.range = { start: addDays(today, -DAYS_BEFORE), end: addDays(today, DAYS_AFTER), today };
      this.base = base;
      for (const service of this.options.services()) {
        const resource = haukiResourceOf(service);
        if (resource) wanted.set(this.urlOf(resource), resource);
      }
    } else {
      this.base = base;
      this.range = base === '' ? { start: '', end: '', today: helsinkiTime(new Date()).date } : undefined;
    }
    const before = this.queue.length + this.active;
    this.drop((entry) => !wanted.has(entry.url));
    for (const [url, resource] of wanted) {
      if (this.entries.has(url)) continue;
      const entry: Entry = { url, resource, date: this.range!.today, state: 'queued' };
      this.entries.set(url, entry);
      this.queue.push(entry);
    }
    this.pump();
    if (before > 0 && this.idle) this.batchDone();
  }

  /** Forgets the entries `gone` picks: queued ones leave the queue, running ones are cancelled. */
  private drop(gone: (entry: Entry) => boolean): void {
    for (const entry of [...this.entries.values()]) {
      if (!gone(entry)) continue;
      this.entries.delete(entry.url);
      if (entry.state === 'loading') {
        entry.lease?.release();
        this.active -= 1;
      }
    }
    this.queue = this.queue.filter((entry) => this.entries.get(entry.url) === entry);
  }

  /** Starts queued requests while there is a free slot. */
  private pump(): void {
    const limit = Math.max(1, this.options.concurrency ?? HAUKI_CONCURRENCY);
    while (this.active < limit && this.queue.length > 0) {
      const entry = this.queue.shift()!;
      entry.state = 'loading';
      this.active += 1;
      const lease = acquire(haukiSource(entry.url, entry.resource, entry.date));
      entry.lease = lease;
      if (lease.settled) this.finish(entry, lease.settled);
      else void lease.promise.then((result) => this.finish(entry, result));
    }
  }

  private finish(entry: Entry, result: LoadResult<HaukiAnswer>): void {
    // Dropped meanwhile (off screen, another address): its slot was given back then.
    if (this.entries.get(entry.url) !== entry || entry.state !== 'loading') return;
    entry.lease?.release();
    entry.lease = undefined;
    entry.state = 'done';
    this.active -= 1;
    if (!result.ok) {
      entry.failed = true;
      entry.live = { failed: true };
      this.failures.push({ url: result.error.url, detail: result.error.detail });
    } else if (result.data.kind === 'hours') {
      entry.live = { hours: result.data.hours };
    } else if (result.data.others.length > 0) {
      this.foreign.push({ resource: entry.resource, others: result.data.others });
    }
    this.pump();
    if (this.idle) this.batchDone();
    if (!this.syncing) this.host.requestUpdate();
  }

  /** Every request of the batch has answered: one console line per kind of problem, then the waiters. */
  private batchDone(): void {
    const units = (n: number) => (n === 1 ? '1 unit' : `${n} units`);
    if (this.failures.length > 0) {
      const [first] = this.failures;
      reportOnce(
        this.host,
        `could not fetch the opening hours from Hauki for ${units(this.failures.length)} (first: ${first.url}: ${first.detail}); their own hours are shown with a note`,
      );
    }
    if (this.foreign.length > 0) {
      const list = this.foreign.map(({ resource, others }) => `${resource} answered as ${others.join(', ')}`).join('; ');
      reportOnce(
        this.host,
        `skipped Hauki's opening hours for ${units(this.foreign.length)} because they were for another resource (${list}); their own hours are shown`,
        'warn',
      );
    }
    this.failures = [];
    this.foreign = [];
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
