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

/** Yields to the browser: input, rendering and other tasks run before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The index of every service's texts in every language and its languages' names (in their own
 * script, in Finnish, Swedish and English). Built in the background as soon as it is made, in
 * slices of about 12 ms, so typing never waits for it more than a frame; until it is ready, a query
 * searches the names only. A query of up to three letters looks only at the names (see `scores`).
 */
export class ServiceIndex {
  ready = false;
  private readonly search = new MiniSearch<{ id: string }>({
    fields: ['name', 'text', 'languages'],
    idField: 'id',
    processTerm: (term) => fold(term) || null,
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

  /** Stops building (the finder has another list now). */
  cancel(): void {
    this.cancelled = true;
  }

  /** Adds the services a slice at a time; each service's document is made only when it is added. */
  private async build(): Promise<boolean> {
    const languageTerms = new Map<string, string>();
    const termsOf = (code: string) => {
      let terms = languageTerms.get(code);
      if (terms === undefined) {
        terms = [autonym(code), ...['fi', 'sv', 'en'].map((ui) => nameIn(code, ui))].join(' ');
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
    // The first slice at once (a short list is searchable straight away), then one slice a task.
    for (let i = 0; i < this.services.length;) {
      if (i > 0) await nextTask();
      if (this.cancelled) return false;
      const until = performance.now() + SLICE_MS;
      do {
        const service = this.services[i++];
        this.search.add(documentOf(service));
        this.names.push({
          id: service.id,
          words: ` ${fold(`${all(service.name)} ${service.languages.map((l) => autonym(l.code)).join(' ')}`)}`,
        });
      } while (i < this.services.length && performance.now() < until);
    }
    return true;
  }

  /** Each service's folded name words and its languages' own names, for the short queries (made with the index). */
  private readonly names: { id: string; words: string }[] = [];

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
    return new Map(found.map((r) => [String(r.id), r.score]));
  }

  private nameStarts(folded: string): Map<string, number> {
    const starts = folded.split(/\s+/).map((term) => ` ${term}`);
    const found = new Map<string, number>();
    for (const { id, words } of this.names) if (starts.every((start) => words.includes(start))) found.set(id, 1);
    return found;
  }
}

/** Each service's position in name order for the interface language, sorted once per list and language. */
export class NameOrder {
  private last?: { services: Service[]; locale: string; order: Map<string, number> };

  of(services: Service[], locale: string, name: (service: Service) => string): Map<string, number> {
    if (this.last?.services === services && this.last.locale === locale) return this.last.order;
    const collator = new Intl.Collator(locale);
    const names = services.map((s) => ({ id: s.id, name: name(s) }));
    names.sort((a, b) => collator.compare(a.name, b.name));
    const order = new Map(names.map((n, i) => [n.id, i]));
    this.last = { services, locale, order };
    return order;
  }
}
