/**
 * The finder's full-text search and name order, each built once per list of services rather than
 * per keystroke.
 */
import MiniSearch from 'minisearch';
import { fold } from '@hki-widgets/core';
import type { LocalizedText, Service } from '@hki-widgets/data';
import { autonym, nameIn } from '../shared/languages.js';

const all = (text: LocalizedText | undefined) => Object.values(text ?? {}).join(' ');

/**
 * The index of every service's texts in every language and its languages' names (in their own
 * script, in Finnish, Swedish and English). Built in chunks as soon as it is made, so typing never
 * waits for it on a large list; until it is ready, a query searches the names only.
 */
export class ServiceIndex {
  ready = false;
  private readonly search = new MiniSearch<{ id: string }>({
    fields: ['name', 'text', 'languages'],
    idField: 'id',
    processTerm: (term) => fold(term) || null,
    searchOptions: {
      boost: { name: 3, languages: 1.5 },
      // Prefix matching from two letters, typo tolerance from four: fast on long lists.
      prefix: (term) => term.length > 1,
      fuzzy: (term) => (term.length > 3 ? 0.2 : false),
      combineWith: 'AND',
    },
  });

  constructor(
    readonly services: Service[],
    /** Called once the whole index is built, with how long it took in milliseconds. */
    built: (ms: number) => void,
  ) {
    const languageTerms = new Map<string, string>();
    const termsOf = (code: string) => {
      let terms = languageTerms.get(code);
      if (terms === undefined) {
        terms = [autonym(code), ...['fi', 'sv', 'en'].map((ui) => nameIn(code, ui))].join(' ');
        languageTerms.set(code, terms);
      }
      return terms;
    };
    const documents = services.map((s) => ({
      id: s.id,
      name: all(s.name),
      text: [
        all(s.description),
        all(s.plain),
        all(s.providerName),
        ...(s.locations ?? []).map((l) => `${all(l.name)} ${all(l.street)}`),
      ].join(' '),
      languages: s.languages.map((l) => termsOf(l.code)).join(' '),
    }));
    const started = performance.now();
    void this.search.addAllAsync(documents, { chunkSize: 500 }).then(() => {
      this.ready = true;
      built(performance.now() - started);
    });
  }

  /** The score of each service the query finds (from the part indexed so far, names first). */
  scores(query: string): Map<string, number> {
    const found = this.ready ? this.search.search(query) : this.search.search(query, { fields: ['name'] });
    return new Map(found.map((r) => [String(r.id), r.score]));
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
