/**
 * The finder's full-text search and name order, each built once per list of services rather than
 * per keystroke.
 */
import MiniSearch from 'minisearch';
import { fold } from '@hki-widgets/core';
import type { LocalizedText, Service } from '@hki-widgets/data';
import { autonym, nameIn } from '../shared/languages.js';

const all = (text: LocalizedText | undefined) => Object.values(text ?? {}).join(' ');

/** How long one slice of the index build may take before it lets the page handle input (ms). */
const SLICE_MS = 12;

/** A list longer than this is indexed and sorted only after its first page is drawn, in slices. */
const LONG_LIST = 2000;

/**
 * Yields to the browser: input, rendering and other tasks run before the next slice. A message
 * rather than `setTimeout(0)`: the browser makes a chain of timeouts wait at least 4 ms each (a
 * quarter of every 12 ms slice lost), and throttles timeouts in a background tab to one a second.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * The index of every service's texts in every language and its languages' names (in their own
 * script, in Finnish, Swedish and English). Built in the background as soon as it is made, in
 * slices of about 12 ms, so typing never waits for it more than a frame; until it is ready, a query
 * searches the names only. A query of up to three letters looks only at the names (see `scores`).
 */
export class ServiceIndex {
  ready = false;
  /**
   * Each word's folded form, folded once: the texts of a list repeat the same words thousands of
   * times, and folding (Unicode normalization) was a third of the build's time at 10,000 services.
   * Emptied once the index is built (a query's few words are folded as they come).
   */
  private readonly folded = new Map<string, string>();
  private readonly search = new MiniSearch<{ id: string }>({
    fields: ['name', 'text', 'languages'],
    idField: 'id',
    processTerm: (term) => this.fold(term) || null,
    searchOptions: {
      boost: { name: 3, languages: 1.5 },
      prefix: true,
      // Typo tolerance from five letters (one letter wrong): fast on long lists.
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  private cancelled = false;

  constructor(
    readonly services: Service[],
    /** Called once the whole index is built, with how long it took in milliseconds. */
    built: (ms: number) => void,
  ) {
    const started = performance.now();
    void this.build().then((done) => {
      if (!done) return;
      this.ready = true;
      built(performance.now() - started);
    });
  }

  private fold(term: string): string {
    let folded = this.folded.get(term);
    if (folded === undefined) {
      folded = fold(term);
      this.folded.set(term, folded);
    }
    return folded;
  }

  /** Stops building (the finder has another list now). */
  cancel(): void {
    this.cancelled = true;
  }

  /** Adds the services a slice at a time; each service's document is made only when it is added. */
  private async build(): Promise<boolean> {
    const autonyms = new Map<string, string>();
    const autonymOf = (code: string) => {
      let name = autonyms.get(code);
      if (name === undefined) autonyms.set(code, (name = autonym(code)));
      return name;
    };
    const languageTerms = new Map<string, string>();
    const termsOf = (code: string) => {
      let terms = languageTerms.get(code);
      if (terms === undefined) {
        terms = [autonymOf(code), ...['fi', 'sv', 'en'].map((ui) => nameIn(code, ui))].join(' ');
        languageTerms.set(code, terms);
      }
      return terms;
    };
    const documentOf = (s: Service) => ({
      id: s.id,
      name: all(s.name),
      text: [
        all(s.description),
        all(s.plain),
        all(s.providerName),
        ...(s.locations ?? []).map((l) => `${all(l.name)} ${all(l.street)}`),
      ].join(' '),
      languages: s.languages.map((l) => termsOf(l.code)).join(' '),
    });
    // A short list's first slice at once (searchable straight away), then one slice a task; a long
    // list begins after the task that draws its first page, which is long enough on its own.
    for (let i = 0; i < this.services.length;) {
      if (i > 0 || this.services.length > LONG_LIST) await nextTask();
      if (this.cancelled) return false;
      const until = performance.now() + SLICE_MS;
      do {
        const service = this.services[i++];
        this.search.add(documentOf(service));
        this.addStarts(service.id, fold(`${all(service.name)} ${service.languages.map((l) => autonymOf(l.code)).join(' ')}`));
      } while (i < this.services.length && performance.now() < until);
    }
    this.folded.clear();
    return true;
  }

  /**
   * The services whose name (or a language's own name) has a word beginning with each one to three
   * letters, folded, in the list's order: a short query is a look-up, not a pass over every name.
   */
  private readonly starts = new Map<string, string[]>();

  private addStarts(id: string, words: string): void {
    const prefixes = new Set<string>();
    for (const word of words.split(/\s+/)) for (let n = 1; n <= Math.min(3, word.length); n++) prefixes.add(word.slice(0, n));
    for (const prefix of prefixes) {
      const ids = this.starts.get(prefix);
      if (ids) ids.push(id);
      else this.starts.set(prefix, [id]);
    }
  }

  /**
   * The score of each service the query finds. Up to three letters: the services with a word of their
   * name (or of their languages' names) beginning so, without MiniSearch's scoring (a short prefix
   * begins hundreds of words, and scoring every text they occur in took several frames at 10,000
   * services); longer: the full-text search (names only until the whole index is built).
   */
  scores(query: string): Map<string, number> {
    const folded = fold(query).trim();
    if (folded.replace(/\s+/g, '').length <= 3) return this.nameStarts(folded);
    const found = this.ready ? this.search.search(query) : this.search.search(query, { fields: ['name'] });
    // (In MiniSearch's order, best first: the results keep it.)
    const scores = new Map<string, number>();
    for (const r of found) scores.set(String(r.id), r.score);
    return scores;
  }

  /** The services with a name word beginning with each of the query's words (up to three letters in all). */
  private nameStarts(folded: string): Map<string, number> {
    const [fewest, ...others] = folded
      .split(/\s+/)
      .map((term) => this.starts.get(term) ?? [])
      .sort((a, b) => a.length - b.length);
    const sets = others.map((ids) => new Set(ids));
    const found = new Map<string, number>();
    for (const id of fewest) if (sets.every((set) => set.has(id))) found.set(id, 1);
    return found;
  }
}

/** Items sorted (stably, as `Array.prototype.sort` would) in slices of ~12 ms, yielding between them; undefined when stopped. */
async function sortInSlices<T>(items: T[], compare: (a: T, b: T) => number, stopped: () => boolean): Promise<T[] | undefined> {
  // (Not in the task that asked: that one draws the first page.)
  await nextTask();
  if (stopped()) return undefined;
  let until = performance.now() + SLICE_MS;
  /** False when the sort should stop; yields first when the slice's time is up. */
  const goOn = async () => {
    if (performance.now() < until) return true;
    await nextTask();
    until = performance.now() + SLICE_MS;
    return !stopped();
  };
  // Short runs sorted whole, then merged two by two (left first on ties: stable).
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += 512) {
    runs.push(items.slice(i, i + 512).sort(compare));
    if (!(await goOn())) return undefined;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const [a, b = []] = [runs[r], runs[r + 1]];
      const out: T[] = [];
      let i = 0;
      let j = 0;
      while (i < a.length && j < b.length) {
        out.push(compare(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
        if ((i + j) % 1024 === 0 && !(await goOn())) return undefined;
      }
      merged.push(out.concat(a.slice(i), b.slice(j)));
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

type Named = { id: string; name: string };

/**
 * Each service's position in name order for the interface language, sorted once per list and
 * language. Sorting 10,000 names takes 60–80 ms on a slow machine, so the first page can be drawn
 * from the first names alone (`first`) while the whole order is sorted in slices (`soon`).
 */
export class NameOrder {
  private last?: { services: Service[]; locale: string; order: Map<string, number> };
  private sorting?: { services: Service[]; locale: string };

  private named(services: Service[], name: (service: Service) => string): Named[] {
    return services.map((s) => ({ id: s.id, name: name(s) }));
  }

  private keep(services: Service[], locale: string, sorted: Named[]): Map<string, number> {
    const order = new Map(sorted.map((n, i) => [n.id, i]));
    this.last = { services, locale, order };
    return order;
  }

  /** The whole order, sorted now if it is not ready. */
  of(services: Service[], locale: string, name: (service: Service) => string): Map<string, number> {
    if (this.last?.services === services && this.last.locale === locale) return this.last.order;
    const collator = new Intl.Collator(locale);
    return this.keep(
      services,
      locale,
      this.named(services, name).sort((a, b) => collator.compare(a.name, b.name)),
    );
  }

  /**
   * The whole order when it is ready (a short list's is sorted now); else undefined, and the order
   * is sorted in slices (once per list and language), `ready` called when it is.
   */
  soon(services: Service[], locale: string, name: (service: Service) => string, ready: () => void): Map<string, number> | undefined {
    if (this.last?.services === services && this.last.locale === locale) return this.last.order;
    if (services.length <= LONG_LIST) return this.of(services, locale, name);
    if (this.sorting?.services === services && this.sorting.locale === locale) return undefined;
    const sorting = (this.sorting = { services, locale });
    const collator = new Intl.Collator(locale);
    const stopped = () => this.sorting !== sorting || this.last?.services === services;
    void sortInSlices(this.named(services, name), (a, b) => collator.compare(a.name, b.name), stopped).then((sorted) => {
      if (!sorted || stopped()) return;
      this.sorting = undefined;
      this.keep(services, locale, sorted);
      ready();
    });
    return undefined;
  }

  /**
   * An order whose first `n` places are those of the whole order (the `n` first names, found in one
   * pass without sorting the rest); the other services follow in the list's order.
   */
  first(services: Service[], locale: string, name: (service: Service) => string, n: number): Map<string, number> {
    const collator = new Intl.Collator(locale);
    const compare = (a: Named, b: Named) => collator.compare(a.name, b.name);
    const top: Named[] = [];
    for (const s of services) {
      const item = { id: s.id, name: name(s) };
      if (top.length >= n && compare(item, top[top.length - 1]) >= 0) continue;
      // (After the last equal name: a stable sort keeps the list's order among equals.)
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(item, top[mid]) < 0) hi = mid;
        else lo = mid + 1;
      }
      top.splice(lo, 0, item);
      if (top.length > n) top.pop();
    }
    const order = new Map(top.map((t, i) => [t.id, i]));
    services.forEach((s, i) => {
      if (!order.has(s.id)) order.set(s.id, n + i);
    });
    return order;
  }
}
