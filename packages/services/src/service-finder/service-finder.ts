import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import MiniSearch from 'minisearch';
import { HkiElement, controlStyles, filterPanelStyles,
  clampLevel, fold, heading, plural, type HkiFilterChangeDetail, type LoadError } from '@hki-widgets/core';
import type { LocalizedText, Service, ServicesPackage } from '@hki-widgets/data';
import { distanceKm } from '../shared/distance.js';
import { openState } from '../shared/hours.js';
import { autonym, bothNames, nameIn } from '../shared/languages.js';
import { AUDIENCES, TOPICS, audienceLabel, topicLabel } from '../shared/labels.js';
import { loadServices, type ServicesFormat, type ServicesResult } from '../shared/load.js';
import { renderService } from '../shared/render-service.js';
import { servicesStyles } from '../shared/services.styles.js';
import { finderStyles } from './service-finder.styles.js';

export interface ServiceFilters {
  q: string;
  language: string;
  topic: string;
  audience: string;
  district: string;
  access: string;
  free: boolean;
  noAppointment: boolean;
  openNow: boolean;
  sort: 'relevance' | 'name' | 'distance';
}

const EMPTY: ServiceFilters = { q: '', language: '', topic: '', audience: '', district: '', access: '', free: false, noAppointment: false, openNow: false, sort: 'relevance' };

/** The filters' names in the page address, prefixed so a page can also hold a measure explorer. */
const PARAMS: Record<keyof ServiceFilters, string> = {
  q: 'service-q',
  language: 'service-language',
  topic: 'service-topic',
  audience: 'service-audience',
  district: 'service-district',
  access: 'service-access',
  free: 'service-free',
  noAppointment: 'service-no-appointment',
  openNow: 'service-open-now',
  sort: 'service-sort',
};


export interface HkiSearchReadyDetail {
  /** How many services the index holds. */
  services: number;
  /** How long building it took, in milliseconds. */
  ms: number;
}

const words = (value: string) => value.split(/[\s,]+/).filter(Boolean);
const accessKey = (group: LocalizedText | undefined) => fold(group?.en ?? Object.values(group ?? {})[0] ?? '');

/**
 * Find the city's services by language, need and place. A search across names and descriptions in
 * every language (an English query on a Finnish page still finds; prefix and fuzzy, ignoring case
 * and diacritics), and filters: the language the service is given in (each named in its own script
 * and in the interface language), topic, audience, district, accessibility, free of charge, no
 * appointment, and open now (services with unknown hours are listed as such, never dropped).
 *
 * Results are cards with the service's languages, address, contact links, accessibility facts and
 * opening hours ("Open now", "opens Monday at 9.00"), sorted by relevance, name, or distance from a
 * chosen district (or, only when the resident asks, the device's position). The count is announced;
 * the filters live in the page address (`url-state="off"` to keep them out); long lists grow with
 * "Show more" and focus moves to the first new result.
 *
 * @tagname hki-service-finder
 * @summary Find the city's services by language, need and place.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The finder.
 * @csspart filters - The search field and filters.
 * @csspart count - The announced number of results.
 * @csspart results - The list of services.
 * @csspart empty - The message shown when nothing matches.
 * @csspart more - The "Show more" button.
 *
 * @cssprop --hki-service-finder-gap - Space between result cards.
 *
 * @fires hki-filter-change - When the filters change. `detail`: `{ filters, count }`.
 * @fires hki-search-ready - When the full-text index is built (in the background, as the data arrives). `detail`: `{ services, ms }`.
 */
export class HkiServiceFinder extends HkiElement {
  static override styles = [...HkiElement.styles, controlStyles, filterPanelStyles, servicesStyles, finderStyles];

  /** URL of a services data package, a Service Map v2 unit list or a TPR v4 unit list (see `format`). */
  @property({ reflect: true }) src?: string;

  /** What `src` holds: `package` (this project's services package), `servicemap` or `tpr`. */
  @property({ reflect: true }) format: ServicesFormat = 'package';

  /** Preset: only these topics (space-separated), e.g. `"culture sport"`. */
  @property({ reflect: true }) topics = '';

  /** Preset: only services for these audiences (space-separated). */
  @property({ reflect: true }) audiences = '';

  /** Preset: only services given in one of these languages (BCP 47 codes, space-separated). */
  @property({ reflect: true }) languages = '';

  /** Preset: the district to start from (filters and distance). */
  @property({ reflect: true }) district = '';

  /** `off` keeps the filters out of the page address. */
  @property({ attribute: 'url-state', reflect: true }) urlState: 'on' | 'off' = 'on';

  /** The level of each result's heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** A services package given directly (an application that has the data already): no loading. */
  @property({ attribute: false }) data?: ServicesPackage;

  /** How many results show at first, and how many more each "Show more" adds. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  @state() private filters: ServiceFilters = { ...EMPTY };
  @state() private shown = 20;
  @state() private result?: ServicesResult;
  @state() private position?: { lat: number; lon: number };
  @state() private positionError = '';

  @query('#q') private searchField?: HTMLInputElement;

  /** @internal The search index for the services it was built from, built in the background. */
  private index?: { services: Service[]; search: MiniSearch<{ id: string }>; ready: boolean };

  /** @internal The services in name order for the interface language (sorted once, not per keystroke). */
  private byName?: { services: Service[]; locale: string; order: Map<string, number> };

  /** @internal */
  private reported?: string;

  /** @internal */
  private initialised = false;

  /** @internal */
  private focusFrom?: number;

  /** @internal */
  private readonly onPopState = () => {
    this.readUrl();
    void this.updateComplete.then(() => this.announce());
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.initialised) {
      this.initialised = true;
      this.filters = { ...EMPTY, district: this.district };
      this.shown = this.pageSize;
    }
    this.readUrl();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) {
      this.result = { ok: true, data: this.data, skipped: 0 };
      this.searchIndex(this.data.services);
    } else if ((!this.hasUpdated || changed.has('src') || changed.has('format') || changed.has('data')) && !this.data) {
      const key = `${this.format}|${this.src ?? ''}`;
      this.result = undefined;
      void loadServices(this.src, this.format).then((result) => {
        if (`${this.format}|${this.src ?? ''}` !== key) return;
        this.result = result;
        if (result.ok) this.searchIndex(result.data.services);
        if (!result.ok && this.reported !== key) {
          this.reported = key;
          console.error(`[hki-service-finder] could not use the services from ${result.error.url}: ${result.error.detail}`);
        } else if (result.ok && result.skipped > 0) {
          console.warn(`[hki-service-finder] ${result.skipped} unit(s) in ${this.src} could not be read and were left out`);
        }
      });
    }
    if (changed.has('district') && this.hasUpdated) this.filters = { ...this.filters, district: this.district };
  }

  private readUrl(): void {
    if (this.urlState === 'off') return;
    const params = new URLSearchParams(location.search);
    const next: Record<string, unknown> = { ...EMPTY, district: this.district };
    for (const [key, param] of Object.entries(PARAMS)) {
      const value = params.get(param);
      if (value === null) continue;
      next[key] = typeof EMPTY[key as keyof ServiceFilters] === 'boolean' ? value === '1' : value;
    }
    if (!['relevance', 'name', 'distance'].includes(next.sort as string)) next.sort = 'relevance';
    this.filters = next as unknown as ServiceFilters;
  }

  private writeUrl(push: boolean): void {
    if (this.urlState === 'off') return;
    const url = new URL(location.href);
    for (const [key, param] of Object.entries(PARAMS)) {
      const value = this.filters[key as keyof ServiceFilters];
      const empty = value === EMPTY[key as keyof ServiceFilters] || (key === 'district' && value === this.district);
      if (empty) url.searchParams.delete(param);
      else url.searchParams.set(param, typeof value === 'boolean' ? '1' : String(value));
    }
    if (url.href === location.href) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private setFilter<K extends keyof ServiceFilters>(key: K, value: ServiceFilters[K], push = true): void {
    this.filters = { ...this.filters, [key]: value };
    this.shown = this.pageSize;
    this.writeUrl(push);
    void this.updateComplete.then(() => this.announce());
  }

  private clearFilters(): void {
    this.filters = { ...EMPTY, district: this.district };
    this.shown = this.pageSize;
    this.writeUrl(true);
    void this.updateComplete.then(() => {
      this.announce();
      this.searchField?.focus();
    });
  }

  private announce(): void {
    const count = this.results().matches.length;
    this.dispatchEvent(new CustomEvent<HkiFilterChangeDetail<ServiceFilters>>('hki-filter-change', { detail: { filters: { ...this.filters }, count }, bubbles: true, composed: true }));
  }

  protected override dataErrorMessage(error: LoadError): string {
    return error.kind === 'json' || error.kind === 'invalid' || error.kind === 'too-large'
      ? msg('The service information could not be shown because it is not in the expected format.')
      : msg('The service information could not be loaded. Please try again later.');
  }

  private locate(): void {
    this.positionError = '';
    if (!navigator.geolocation) {
      this.positionError = msg('This browser cannot tell your position.');
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.position = { lat: p.coords.latitude, lon: p.coords.longitude };
        this.setFilter('sort', 'distance');
      },
      () => (this.positionError = msg('Your position could not be used. You can choose a district instead.')),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  }

  /**
   * The index of every service's texts in every language and its languages' names. Built in chunks
   * as soon as the data arrives, so typing never waits for it on a large list; until it is ready, a
   * query searches the names only.
   */
  private searchIndex(services: Service[]): { search: MiniSearch<{ id: string }>; ready: boolean } {
    if (this.index?.services === services) return this.index;
    const search = new MiniSearch<{ id: string }>({
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
    const all = (text: LocalizedText | undefined) => Object.values(text ?? {}).join(' ');
    const languageTerms = new Map<string, string>();
    const termsOf = (code: string) => {
      let terms = languageTerms.get(code);
      if (terms === undefined) languageTerms.set(code, (terms = [autonym(code), ...['fi', 'sv', 'en'].map((ui) => nameIn(code, ui))].join(' ')));
      return terms;
    };
    const documents = services.map((s) => ({
      id: s.id,
      name: all(s.name),
      text: [all(s.description), all(s.plain), all(s.providerName), ...(s.locations ?? []).map((l) => `${all(l.name)} ${all(l.street)}`)].join(' '),
      languages: s.languages.map((l) => termsOf(l.code)).join(' '),
    }));
    const index = { services, search, ready: false };
    this.index = index;
    const started = performance.now();
    void search.addAllAsync(documents, { chunkSize: 500 }).then(() => {
      index.ready = true;
      if (this.index !== index) return;
      if (this.filters.q.trim()) this.requestUpdate();
      this.dispatchEvent(
        new CustomEvent<HkiSearchReadyDetail>('hki-search-ready', { detail: { services: services.length, ms: performance.now() - started }, bubbles: true, composed: true }),
      );
    });
    return index;
  }

  /** Each service's position in name order for the interface language. */
  private nameOrder(services: Service[]): Map<string, number> {
    if (this.byName?.services === services && this.byName.locale === this.uiLocale) return this.byName.order;
    const collator = new Intl.Collator(this.uiLocale);
    const names = services.map((s) => ({ id: s.id, name: this.pick(s.name)?.text ?? s.id }));
    names.sort((a, b) => collator.compare(a.name, b.name));
    const order = new Map(names.map((n, i) => [n.id, i]));
    this.byName = { services, locale: this.uiLocale, order };
    return order;
  }

  /** The place distances are measured from: the resident's position, or the chosen district's centre. */
  private origin(pkg: ServicesPackage): { lat: number; lon: number } | undefined {
    if (this.position) return this.position;
    return pkg.districts.find((d) => d.id === this.filters.district)?.centre;
  }

  /** @internal The last results, for the inputs they were computed from (render and the event share them). */
  private lastResults?: { key: unknown[]; value: ReturnType<HkiServiceFinder['computeResults']> };

  /** The services that pass the presets and filters, in the chosen order, and those with unknown hours. */
  private results(): ReturnType<HkiServiceFinder['computeResults']> {
    const key = [this.filters, this.result, this.uiLocale, this.position, this.topics, this.audiences, this.languages, this.index?.ready];
    if (!this.lastResults || this.lastResults.key.some((k, i) => k !== key[i]) || this.filters.openNow) {
      // (Open now depends on the clock, so it is never reused.)
      this.lastResults = { key, value: this.computeResults() };
    }
    return this.lastResults.value;
  }

  private computeResults(): { matches: Service[]; unknownHours: Service[]; distances: Map<string, number> } {
    const distances = new Map<string, number>();
    if (!this.result?.ok) return { matches: [], unknownHours: [], distances };
    const pkg = this.result.data;
    const f = this.filters;
    const presetTopics = words(this.topics);
    const presetAudiences = words(this.audiences);
    const presetLanguages = words(this.languages).map((l) => l.toLowerCase());
    const now = new Date();
    let pool = pkg.services.filter(
      (s) =>
        (presetTopics.length === 0 || s.topics.some((t) => presetTopics.includes(t))) &&
        (presetAudiences.length === 0 || s.audiences.some((a) => presetAudiences.includes(a))) &&
        (presetLanguages.length === 0 || s.languages.some((l) => presetLanguages.includes(l.code.toLowerCase()))) &&
        (!f.language || s.languages.some((l) => l.code.toLowerCase() === f.language.toLowerCase())) &&
        (!f.topic || s.topics.includes(f.topic as Service['topics'][number])) &&
        (!f.audience || s.audiences.includes(f.audience as Service['audiences'][number]) || s.audiences.includes('everyone')) &&
        (!f.district || s.locations?.some((l) => l.district === f.district)) &&
        (!f.access || (f.access === 'any' ? Boolean(s.accessibility?.length) : s.accessibility?.some((g) => accessKey(g.group) === f.access))) &&
        (!f.free || s.free === true) &&
        (!f.noAppointment || s.appointment === 'not-needed'),
    );
    let scores: Map<string, number> | undefined;
    if (f.q.trim()) {
      const index = this.searchIndex(pkg.services);
      const found = index.ready
        ? index.search.search(f.q)
        : index.search.search(f.q, { fields: ['name'] }); // the part indexed so far, names first
      scores = new Map(found.map((r) => [String(r.id), r.score]));
      pool = pool.filter((s) => scores!.has(s.id));
    }
    const origin = this.origin(pkg);
    if (origin) {
      for (const s of pool) {
        const points = (s.locations ?? []).map((l) => l.coordinates).filter((c): c is { lat: number; lon: number } => Boolean(c));
        if (points.length) distances.set(s.id, Math.min(...points.map((c) => distanceKm(origin, c))));
      }
    }
    const order = this.nameOrder(pkg.services);
    const byName = (a: Service, b: Service) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
    const sorted = [...pool].sort((a, b) => {
      if (f.sort === 'distance' && origin) {
        const da = distances.get(a.id) ?? Infinity;
        const db = distances.get(b.id) ?? Infinity;
        if (da !== db) return da - db;
      }
      if (f.sort === 'relevance' && scores) return (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || byName(a, b);
      return byName(a, b);
    });
    if (!f.openNow) return { matches: sorted, unknownHours: [], distances };
    const state = (s: Service) => openState(s.openingHours, now).state;
    return { matches: sorted.filter((s) => state(s) === 'open'), unknownHours: sorted.filter((s) => state(s) === 'unknown'), distances };
  }

  private showMore(): void {
    this.focusFrom = this.shown;
    this.shown += this.pageSize;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A select's shown option follows the filters (after Back, too): the selected attribute stops
    // counting once a resident has chosen an option, the value property does not.
    for (const key of ['language', 'topic', 'audience', 'district', 'access', 'sort'] as const) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`select#${key}`);
      if (select && select.value !== this.filters[key]) select.value = this.filters[key];
    }
    if (this.focusFrom !== undefined) {
      // Focus moves to the first result that "Show more" added, so keyboard users continue there.
      const items = this.renderRoot.querySelectorAll<HTMLElement>('.results > li > article');
      items[this.focusFrom]?.focus();
      this.focusFrom = undefined;
    }
  }

  override render() {
    if (!this.result) return html`<div part="base" lang=${this.uiLocale}><p class="hki-status" role="status">${msg('Loading…')}</p></div>`;
    if (!this.result.ok) return html`<div part="base" lang=${this.uiLocale}>${this.renderError(this.dataErrorMessage(this.result.error))}</div>`;
    const pkg = this.result.data;
    const { matches, unknownHours, distances } = this.results();
    const level = clampLevel(this.headingLevel, 3);
    const ctx = { pick: this.pick.bind(this), langOf: this.langOf.bind(this), uiLocale: this.uiLocale, districts: pkg.districts, now: new Date() };
    const visible = matches.slice(0, this.shown);
    const n = matches.length;
    return html`<div part="base" lang=${this.uiLocale}>
      ${pkg.example ? this.renderExampleBadge() : nothing} ${this.renderFilters(pkg)}
      <p part="count" class="count" role="status">
        ${plural(n, { one: () => msg(str`${n} service found`), other: () => msg(str`${n} services found`) })}${this.filters.openNow && unknownHours.length
          ? html`, ${plural(unknownHours.length, {
              one: () => msg(str`and ${unknownHours.length} with unknown opening hours`),
              other: () => msg(str`and ${unknownHours.length} with unknown opening hours`),
            })}`
          : nothing}
      </p>
      ${n === 0 && unknownHours.length === 0 ? this.renderEmpty() : nothing}
      ${n > 0
        ? html`<ol part="results" class="results">
            ${visible.map((s) => html`<li>${renderService(s, level, { ...ctx, distance: distances.get(s.id) })}</li>`)}
          </ol>`
        : nothing}
      ${n > visible.length
        ? html`<button part="more" class="button more" type="button" @click=${this.showMore}>
            ${msg(str`Show more (${n - visible.length} more)`)}
          </button>`
        : nothing}
      ${unknownHours.length
        ? html`<section class="unknown-hours" aria-labelledby="unknown-hours">
            ${heading(Math.max(1, level - 1), 'section-title', msg('Opening hours not known'), 'unknown-hours')}
            <p class="note">${msg('These services match your search, but their opening hours are not known. Check with them before you go.')}</p>
            <ol class="results">${unknownHours.map((s) => html`<li>${renderService(s, level, ctx)}</li>`)}</ol>
          </section>`
        : nothing}
    </div>`;
  }

  private renderFilters(pkg: ServicesPackage): TemplateResult {
    const f = this.filters;
    const ui = this.uiLocale;
    const languages = [...new Set(pkg.services.flatMap((s) => s.languages.map((l) => l.code)))].sort((a, b) => nameIn(a, ui).localeCompare(nameIn(b, ui), ui));
    const topics = TOPICS.filter((t) => pkg.services.some((s) => s.topics.includes(t)));
    const audiences = AUDIENCES.filter((a) => pkg.services.some((s) => s.audiences.includes(a)));
    const groups = new Map<string, string>();
    for (const s of pkg.services) for (const g of s.accessibility ?? []) if (g.group) groups.set(accessKey(g.group), this.pick(g.group)?.text ?? '');
    const option = (value: string, label: string, selected: string, lang?: string) =>
      html`<option value=${value} ?selected=${value === selected} lang=${lang ?? nothing}>${label}</option>`;
    const select = (id: keyof ServiceFilters, label: string, options: TemplateResult[]) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => this.setFilter(id, (e.target as HTMLSelectElement).value as never)}>${options}</select>
      </div>`;
    const check = (id: 'free' | 'noAppointment' | 'openNow', label: string) =>
      html`<div class="check">
        <input id=${id} type="checkbox" .checked=${f[id]} @change=${(e: Event) => this.setFilter(id, (e.target as HTMLInputElement).checked)} />
        <label for=${id}>${label}</label>
      </div>`;
    return html`<form part="filters" class="filters" role="search" aria-label=${msg('Find services')} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="q">${msg('Search services')}</label>
        <input id="q" type="search" autocomplete="off" .value=${f.q} @input=${(e: Event) => this.setFilter('q', (e.target as HTMLInputElement).value, false)} />
        <p class="hint">${msg('Search in Finnish, Swedish or English, or by the name of a language.')}</p>
      </div>
      ${select('language', msg('Language of service'), [option('', msg('All languages'), f.language), ...languages.map((code) => option(code, bothNames(code, ui), f.language))])}
      ${select('topic', msg('Topic'), [option('', msg('All topics'), f.topic), ...topics.map((t) => option(t, topicLabel(t), f.topic))])}
      ${select('audience', msg('For whom'), [option('', msg('Everyone'), f.audience), ...audiences.filter((a) => a !== 'everyone').map((a) => option(a, audienceLabel(a), f.audience))])}
      ${select('district', msg('District'), [option('', msg('All districts'), f.district), ...pkg.districts.map((d) => option(d.id, this.pick(d.name)?.text ?? d.id, f.district))])}
      ${select('access', msg('Accessibility'), [
        option('', msg('No requirement'), f.access),
        option('any', msg('Accessibility information given'), f.access),
        ...[...groups].map(([key, label]) => option(key, label, f.access)),
      ])}
      <fieldset class="checks">
        <legend>${msg('Show only')}</legend>
        ${check('free', msg('Free of charge'))} ${check('noAppointment', msg('No appointment needed'))} ${check('openNow', msg('Open now'))}
      </fieldset>
      ${select('sort', msg('Order'), [
        option('relevance', msg('Best match'), f.sort),
        option('name', msg('Name'), f.sort),
        option('distance', msg('Distance from the district or your position'), f.sort),
      ])}
      <div class="actions">
        <button class="button" type="button" @click=${this.locate}>${msg('Use my position')}</button>
        <button class="button" type="button" @click=${this.clearFilters}>${msg('Clear filters')}</button>
      </div>
      ${this.positionError ? html`<p class="hki-alert" role="alert">${this.positionError}</p>` : nothing}
      ${this.position ? html`<p class="note" role="status">${msg('Sorted by distance from your position. It is not saved or sent anywhere.')}</p>` : nothing}
    </form>`;
  }

  private renderEmpty(): TemplateResult {
    const f = this.filters;
    const active: [keyof ServiceFilters, string][] = [];
    if (f.q) active.push(['q', msg(str`the words "${f.q}"`)]);
    if (f.language) active.push(['language', msg(str`language: ${nameIn(f.language, this.uiLocale)}`)]);
    if (f.topic) active.push(['topic', msg(str`topic: ${topicLabel(f.topic as Service['topics'][number])}`)]);
    if (f.audience) active.push(['audience', msg(str`for: ${audienceLabel(f.audience as Service['audiences'][number])}`)]);
    if (f.district) active.push(['district', msg('the district')]);
    if (f.access) active.push(['access', msg('accessibility')]);
    if (f.free) active.push(['free', msg('free of charge')]);
    if (f.noAppointment) active.push(['noAppointment', msg('no appointment needed')]);
    if (f.openNow) active.push(['openNow', msg('open now')]);
    return html`<div part="empty" class="empty">
      <p>${msg('No service matches all of these:')}</p>
      <ul class="active-filters">
        ${active.map(
          ([key, label]) =>
            html`<li>
              ${label}
              <button class="link-button" type="button" @click=${() => this.setFilter(key, EMPTY[key] as never)}>${msg('Remove')}<span class="visually-hidden">: ${label}</span></button>
            </li>`,
        )}
      </ul>
      <button class="button" type="button" @click=${this.clearFilters}>${msg('Clear filters')}</button>
    </div>`;
  }
}
