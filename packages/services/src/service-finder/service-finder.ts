import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  DataController,
  HkiElement,
  UrlStateController,
  clampLevel,
  controlStyles,
  filterPanelStyles,
  flagParam,
  heading,
  optionParam,
  plural,
  reportOnce,
  textParam,
} from '@hki-widgets/core';
import type { Service, ServicesPackage } from '@hki-widgets/data';
import { renderService } from '../shared/render-service.js';
import { servicesSource, type ServicesFormat } from '../shared/services-source.js';
import { servicesStyles } from '../shared/services.styles.js';
import { filterChoices, renderEmpty, renderFilters, type FilterChoices, type FormContext } from './filters-form.js';
import { NO_FILTERS, SORTS, findServices, type LatLon, type Results, type ServiceFilters } from './results.js';
import { NameOrder, ServiceIndex } from './search-index.js';
import { finderStyles } from './service-finder.styles.js';

export type { ServiceFilters } from './results.js';

export interface HkiSearchReadyDetail {
  /** How many services the index holds. */
  services: number;
  /** How long building it took, in milliseconds. */
  ms: number;
}

/** The filters a select shows: after Back, its shown option is set from the filters. */
const SELECTS = ['language', 'topic', 'audience', 'district', 'access', 'sort'] as const;

const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof ServiceFilters)[];

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

  /** How many pages of results are shown. */
  @state() private pages = 1;
  @state() private position?: LatLon;
  @state() private positionError = '';

  @query('#q') private searchField?: HTMLInputElement;

  /** @internal The services from `src` (or the bundled ones), unless `data` is given. */
  private readonly services = new DataController(this, () =>
    this.data ? undefined : servicesSource({ src: this.src, format: this.format }),
  );

  /** @internal The filters, kept in the page address. */
  private readonly url = new UrlStateController<ServiceFilters>(this, {
    prefix: () => 'service-',
    enabled: () => this.urlState !== 'off',
    presets: () => ({ ...NO_FILTERS, district: this.district }),
    params: {
      q: textParam,
      language: optionParam(() => this.choices?.languages),
      topic: optionParam(() => this.choices?.topics),
      audience: optionParam(() => this.choices?.audiences),
      district: optionParam(() => this.choices?.districts.map((d) => d.id)),
      access: optionParam(() => this.choices?.access),
      free: flagParam,
      noAppointment: flagParam,
      openNow: flagParam,
      sort: optionParam(() => SORTS),
    },
    restored: () => this.announce(),
  });

  /** @internal The search index of the services shown, built in the background. */
  private index?: ServiceIndex;

  /** @internal */
  private readonly nameOrder = new NameOrder();

  /** @internal The first result "Show more" added, to move focus to. */
  private focusFrom?: number;

  /** @internal The last results, for the inputs they were computed from (render and the event share them). */
  private lastResults?: { key: unknown[]; value: Results };

  /** @internal The services package shown: the `data` given, or the one loaded. */
  private get pkg(): ServicesPackage | undefined {
    return this.data ?? this.services.data?.data;
  }

  /** @internal What the filters offer, once there is data. */
  private get choices(): FilterChoices | undefined {
    const pkg = this.pkg;
    return pkg && filterChoices(pkg, this.uiLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new district preset applies; the resident's other filters stay.
    if (changed.has('district') && this.hasUpdated) this.url.presetsChanged(FILTER_KEYS.filter((k) => k !== 'district'));
  }

  private setFilter<K extends keyof ServiceFilters>(key: K, value: ServiceFilters[K], push = true): void {
    this.url.set(key, value, push);
    this.pages = 1;
    void this.updateComplete.then(() => this.announce());
  }

  private clearFilters(): void {
    this.url.clear();
    this.pages = 1;
    void this.updateComplete.then(() => {
      this.announce();
      this.searchField?.focus();
    });
  }

  private announce(): void {
    this.emit('hki-filter-change', { filters: this.url.filters, count: this.results().matches.length });
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

  /** The search index of these services: made (and built in the background) the first time it is asked for. */
  private indexOf(services: Service[]): ServiceIndex {
    if (this.index?.services === services) return this.index;
    const index = new ServiceIndex(services, (ms) => {
      if (this.index !== index) return;
      if (this.url.filters.q.trim()) this.requestUpdate();
      this.emit('hki-search-ready', { services: services.length, ms });
    });
    this.index = index;
    return index;
  }

  /** The services that pass the presets and filters, in the chosen order, and those with unknown hours. */
  private results(): Results {
    const pkg = this.pkg;
    if (!pkg) return { matches: [], unknownHours: [], distances: new Map() };
    const filters = this.url.filters;
    const index = this.indexOf(pkg.services);
    const key = [...Object.values(filters), pkg, this.uiLocale, this.position, this.topics, this.audiences, this.languages, index.ready];
    // (Open now depends on the clock, so it is never reused.)
    const last = this.lastResults;
    if (last && !filters.openNow && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.value;
    const value = findServices({
      services: pkg.services,
      districts: pkg.districts,
      filters,
      presets: { topics: this.topics, audiences: this.audiences, languages: this.languages },
      scores: filters.q.trim() ? index.scores(filters.q) : undefined,
      order: this.nameOrder.of(pkg.services, this.uiLocale, (s) => this.pick(s.name)?.text ?? s.id),
      position: this.position,
      now: new Date(),
    });
    this.lastResults = { key, value };
    return value;
  }

  private showMore(): void {
    this.focusFrom = this.pages * this.pageSize;
    this.pages += 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const skipped = this.services.value?.skipped;
    if (skipped) reportOnce(this, `${skipped} unit(s) in ${this.src} could not be read and were left out`, 'warn');
    // A select's shown option follows the filters (after Back, too): the selected attribute stops
    // counting once a resident has chosen an option, the value property does not.
    const filters = this.url.filters;
    for (const key of SELECTS) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`select#${key}`);
      if (select && select.value !== filters[key]) select.value = filters[key];
    }
    if (this.focusFrom !== undefined) {
      // Focus moves to the first result that "Show more" added, so keyboard users continue there.
      const items = this.renderRoot.querySelectorAll<HTMLElement>('.results > li > article');
      items[this.focusFrom]?.focus();
      this.focusFrom = undefined;
    }
  }

  override render() {
    const pkg = this.pkg;
    const choices = this.choices;
    if (!pkg || !choices) return html`<div part="base" lang=${this.uiLocale}>${this.renderDataState(this.services) ?? nothing}</div>`;
    const filters = this.url.filters;
    const { matches, unknownHours, distances } = this.results();
    const level = clampLevel(this.headingLevel, 3);
    const card = { ...this.texts, districts: pkg.districts, now: new Date() };
    const form: FormContext = {
      filters,
      choices,
      uiLocale: this.uiLocale,
      pick: card.pick,
      set: (key, value, push) => this.setFilter(key, value, push),
      clear: () => this.clearFilters(),
      locate: () => this.locate(),
      located: Boolean(this.position),
      positionError: this.positionError,
    };
    const visible = matches.slice(0, this.pages * this.pageSize);
    const n = matches.length;
    const unknown = unknownHours.length;
    return html`<div part="base" lang=${this.uiLocale}>
      ${pkg.example ? this.renderExampleBadge() : nothing} ${renderFilters(form)}
      <p part="count" class="count" role="status">
        ${plural(n, { one: () => msg(str`${n} service found`), other: () => msg(str`${n} services found`) })}${
          filters.openNow && unknown
            ? html`,
              ${plural(unknown, {
                one: () => msg(str`and ${unknown} with unknown opening hours`),
                other: () => msg(str`and ${unknown} with unknown opening hours`),
              })}`
            : nothing
        }
      </p>
      ${n === 0 && unknown === 0 ? renderEmpty(form) : nothing}
      ${
        n > 0
          ? html`<ol part="results" class="results">
              ${visible.map((s) => html`<li>${renderService(s, level, { ...card, distance: distances.get(s.id) })}</li>`)}
            </ol>`
          : nothing
      }
      ${
        n > visible.length
          ? html`<button part="more" class="button more" type="button" @click=${this.showMore}>
              ${msg(str`Show more (${n - visible.length} more)`)}
            </button>`
          : nothing
      }
      ${
        unknown
          ? html`<section class="unknown-hours" aria-labelledby="unknown-hours">
              ${heading(Math.max(1, level - 1), 'section-title', msg('Opening hours not known'), 'unknown-hours')}
              <p class="note">
                ${msg('These services match your search, but their opening hours are not known. Check with them before you go.')}
              </p>
              <ol class="results">
                ${unknownHours.map((s) => html`<li>${renderService(s, level, card)}</li>`)}
              </ol>
            </section>`
          : nothing
      }
    </div>`;
  }
}
