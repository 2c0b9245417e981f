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
  formatNumber,
  heading,
  pickText,
  optionParam,
  plural,
  reportOnce,
  textParam,
  asText,
} from '@hki-widgets/core';
import type { Service, ServicesPackage } from '@hki-widgets/data';
import { renderService } from '../shared/render-service.js';
import { LazyLiveHours } from '../shared/live-hours-lazy.js';
import { openState } from '../shared/hours.js';
import { DEFAULT_MAX_SERVICES, SERVER_SEARCH_HINT, feedPackage, servicesSource, unitLimit } from '../shared/services-source.js';
import { servicesStyles } from '../shared/services.styles.js';
import { filterChoices, renderEmpty, renderFilters, type FilterChoices, type FormContext } from './filters-form.js';
import { NO_FILTERS, SORTS, findServices, type LatLon, type Results, type ServiceFilters } from './results.js';
import { NameOrder, ServiceIndex } from './search-index.js';
import { ServerSearchController, searchSetup, type SearchSetup, type ServerResults } from './server-search.js';
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
 * When the finder itself is narrower than 40em (a phone, or a narrow column on a wide page: a
 * container query, not the window's width), the filters sit behind a disclosure button, closed at
 * first, that says how many are active ("Filters (2 active)"); the search field stays in view. The
 * count is of the chosen options and ticked boxes, a `district` preset included; the words, the
 * order and the `topics`, `audiences` and `languages` presets are not counted.
 *
 * Three set-ups:
 * - **Bundled** (no `src`): the city's services bundled with the widgets. No request beyond the
 *   widget's own files.
 * - **A list** (`src` with `format="servicemap"` or `"tpr"`): a Service Map v2 or TPR v4 unit list,
 *   read page by page through each page's `next` (a Service Map list is asked for 500 units a page
 *   when its address names no `page_size`), up to `max-services` units, with a progress message.
 *   Search and filters then run in the browser. One request per page: a list of 1,200 units is 3.
 *   At the limit the finder says so; the console says how to narrow the list.
 * - **The whole city** (`search="server"` with `src` a Service Map v2 base address ending in `/v2/`,
 *   such as `https://api.hel.fi/servicemap/v2/`): nothing is downloaded up front; each query, after
 *   a 250 ms pause in typing (the previous request cancelled), goes to the Service Map's search in
 *   the interface language, `page-size` results at a time, and "Show more" asks for the next page.
 *   One request per query and per "Show more". Only the words go to the server: the Service Map's
 *   search has no parameter for the finder's other filters, which apply to the results shown, and
 *   the count says so. With no words typed, the finder asks the resident to type (no request).
 *
 * ```html
 * <hki-service-finder src="https://api.hel.fi/servicemap/v2/" search="server"></hki-service-finder>
 * ```
 *
 * @tagname hki-service-finder
 * @summary Find the city's services by language, need and place.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The finder.
 * @csspart filters - The search field and filters.
 * @csspart filters-toggle - The disclosure that shows and hides the filters when the finder is narrower than 40em ("Filters (2 active)").
 * @csspart list-note - The note when only part of a Service Map or TPR list is included (`max-services`, or a page that failed).
 * @csspart count - The announced number of results (with server search: a hint to type, "Searching…", or who found how many).
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
  @property({ reflect: true }) format: 'package' | 'servicemap' | 'tpr' = 'package';

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

  /** How many results show at first, and how many more each "Show more" adds (with server search: each page asked of the server). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /**
   * How many units of a Service Map or TPR list (`format="servicemap"` or `"tpr"`) are read at most,
   * page by page; the finder says when a list has more. A positive whole number; default 2000.
   */
  @property({ attribute: 'max-services', type: Number }) maxServices: number = DEFAULT_MAX_SERVICES;

  /**
   * `hauki`: the current opening hours of the register units on screen (never of all) from Hauki,
   * for "Open now / opens at …" and the "open now" filter. Empty: the services' own hours.
   */
  @property({ reflect: true }) hours = '';

  /** Hauki's base address, with `hours="hauki"`. */
  @property({ attribute: 'hours-src', reflect: true }) hoursSrc = 'https://hauki.api.hel.fi/v1/';

  /** @internal Hauki's hours for the services on screen. */
  private readonly liveHours = new LazyLiveHours(this, {
    mode: () => this.hours,
    src: () => this.hoursSrc,
    services: () => this.onScreen(),
  });

  /**
   * Where the search runs: `local` (the default) in the browser, over the services loaded;
   * `server` sends each query to the Service Map's own search, for the whole city without
   * downloading it (`src` must then be a Service Map v2 base address ending in `/v2/`).
   */
  @property({ reflect: true }) search: 'local' | 'server' = 'local';

  /** How many pages of results are shown. */
  @state() private pages = 1;
  @state() private position?: LatLon;
  @state() private positionError = '';
  /** In a narrow finder: whether the filters' disclosure is open (closed at first). */
  @state() private filtersOpen = false;

  @query('#q') private searchField?: HTMLInputElement;

  /** @internal What `search` and `src` mean together. */
  private get setup(): SearchSetup {
    return this.data ? { mode: 'local' } : searchSetup(this.search, this.src);
  }

  /** @internal The services from `src` (or the bundled ones), unless `data` is given or the search runs on the server. */
  private readonly services = new DataController(this, () =>
    this.data || this.setup.mode !== 'local'
      ? undefined
      : servicesSource({ src: this.src, format: this.format, maxServices: this.maxServices }),
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

  /** @internal The server search (`search="server"`). */
  private readonly server = new ServerSearchController(this, {
    setup: () => this.setup,
    query: () => this.url.filters.q,
    language: () => this.uiLocale,
    pageSize: () => this.pageSize,
  });

  /** @internal The search index of the services shown, built in the background. */
  private index?: ServiceIndex;

  /** @internal */
  private readonly nameOrder = new NameOrder();

  /** @internal The first result "Show more" added, to move focus to. */
  private focusFrom?: number;

  /** @internal The last results, for the inputs they were computed from (render and the event share them). */
  private lastResults?: { key: unknown[]; value: Results };

  /** @internal The services of each server answer, as a package (made once per answer). */
  private readonly serverPackages = new WeakMap<ServerResults, ServicesPackage>();

  /** @internal Before the server's first answer: no services yet. */
  private readonly noServerResults = feedPackage('servicemap', []);

  /** @internal The services package shown: the `data` given, the one loaded, or the server's answer. */
  private get pkg(): ServicesPackage | undefined {
    if (this.data) return this.data;
    const setup = this.setup;
    if (setup.mode === 'invalid') return undefined;
    if (setup.mode === 'local') return this.services.data?.data;
    const results = this.server.results;
    if (!results) return this.noServerResults;
    let pkg = this.serverPackages.get(results);
    if (!pkg) this.serverPackages.set(results, (pkg = feedPackage('servicemap', results.services)));
    return pkg;
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
    this.index?.cancel();
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
    const onServer = this.setup.mode === 'server';
    // On the server the words were searched there: the results keep its order (best match first).
    const index = onServer ? undefined : this.indexOf(pkg.services);
    const locale = this.uiLocale;
    const nameOf = (s: Service) => pickText(s.name, locale)?.text ?? s.id;
    // The whole list in name order (no words, no filter): until all names are sorted (in slices, a
    // long list takes longer than a frame), the pages shown come from the first names alone.
    const wholeList = !onServer && !filters.q.trim() && !this.otherFiltersActive() && !(filters.sort === 'distance' && this.position);
    const sorted = wholeList ? this.nameOrder.soon(pkg.services, locale, nameOf, () => this.requestUpdate()) : undefined;
    const shown = wholeList && !sorted ? this.pages * this.pageSize : 0;
    const key = [
      ...Object.values(filters),
      pkg,
      this.uiLocale,
      this.position,
      this.topics,
      this.audiences,
      this.languages,
      index?.ready,
      shown,
    ];
    // (Open now depends on the clock, so it is never reused.)
    const last = this.lastResults;
    if (last && !filters.openNow && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.value;
    const byName = () =>
      sorted ?? (shown ? this.nameOrder.first(pkg.services, locale, nameOf, shown) : this.nameOrder.of(pkg.services, locale, nameOf));
    const live = this.liveHours.enabled;
    const query = {
      services: pkg.services,
      districts: pkg.districts,
      // With Hauki, "open now" is known only for the services asked for: it is applied below, to them.
      filters: { ...filters, q: onServer ? '' : filters.q, openNow: filters.openNow && !live },
      presets: { topics: this.topics, audiences: this.audiences, languages: this.languages },
      scores: index && filters.q.trim() ? index.scores(filters.q) : undefined,
      order: onServer && filters.sort !== 'name' ? new Map(pkg.services.map((s, i) => [s.id, i])) : byName(),
      position: this.position,
      now: new Date(),
    };
    const value = live && filters.openNow ? this.openNowFromHauki(findServices(query), query.now) : findServices(query);
    this.lastResults = { key, value };
    return value;
  }

  /**
   * "Open now" with Hauki: the hours of the services on screen are asked for (the first pages of
   * the results without the filter), and of those, the open ones are listed, the unknown ones apart.
   * `unchecked` counts the rest, which "Show more" brings in.
   */
  private openNowFromHauki(all: Results, now: Date): Results {
    const checked = this.window(all.matches);
    const state = (s: Service) => openState(this.liveHours.liveHours(s)?.hours ?? s.openingHours, now).state;
    return {
      matches: checked.filter((s) => state(s) === 'open'),
      unknownHours: checked.filter((s) => state(s) === 'unknown'),
      distances: all.distances,
      checked,
      unchecked: all.matches.length - checked.length,
    };
  }

  /** The services of a result list that are on screen: all of a server page, else the pages shown. */
  private window(services: Service[]): Service[] {
    return this.setup.mode === 'server' ? services : services.slice(0, this.pages * this.pageSize);
  }

  /** The services on screen, whose live hours are asked for (read before each render). */
  private onScreen(): Service[] {
    if (!this.liveHours.enabled) return [];
    // (With "open now", those checked stay asked for, closed ones too: their answer is what leaves them out.)
    const { matches, checked } = this.results();
    return checked ?? this.window(matches);
  }

  /** Whether any filter other than the words (and the order) narrows the results, presets included. */
  private otherFiltersActive(): boolean {
    const f = this.url.filters;
    const presets = [this.topics, this.audiences, this.languages].some((p) => asText(p).trim() !== '');
    return presets || Boolean(f.language || f.topic || f.audience || f.district || f.access || f.free || f.noAppointment || f.openNow);
  }

  private showMore(): void {
    if (this.setup.mode === 'server') {
      // (A click while the next page loads asks for nothing more.)
      if (this.server.busy) return;
      this.focusFrom = this.results().matches.length;
      this.server.more();
      return;
    }
    this.focusFrom = this.liveHours.enabled && this.url.filters.openNow ? this.results().matches.length : this.pages * this.pageSize;
    this.pages += 1;
  }

  /**
   * The ready signal (see HkiElement): also waits for a query waiting for the pause in typing to be
   * sent and answered.
   */
  override async dataComplete(): ReturnType<HkiElement['dataComplete']> {
    await this.server.idle();
    const state = await super.dataComplete();
    await this.liveHours.settled;
    await this.updateComplete;
    return state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportProblems();
    // A select's shown option follows the filters (after Back, too): the selected attribute stops
    // counting once a resident has chosen an option, the value property does not.
    const filters = this.url.filters;
    for (const key of SELECTS) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`select#${key}`);
      if (select && select.value !== filters[key]) select.value = filters[key];
    }
    if (this.focusFrom !== undefined && !this.server.busy) {
      // Focus moves to the first result that "Show more" added, so keyboard users continue there.
      const items = this.renderRoot.querySelectorAll<HTMLElement>('.results > li > article');
      items[this.focusFrom]?.focus();
      this.focusFrom = undefined;
    }
  }

  /** One console line for each problem with the attributes or the data (reportOnce). */
  private reportProblems(): void {
    const setup = this.setup;
    if (setup.mode === 'invalid') reportOnce(this, setup.problem);
    if (this.maxServices !== DEFAULT_MAX_SERVICES && unitLimit(this.maxServices) === DEFAULT_MAX_SERVICES)
      reportOnce(this, `max-services must be a positive whole number; the default ${DEFAULT_MAX_SERVICES} is used`, 'warn');
    const loaded = this.services.value;
    if (!loaded) return;
    const { skipped, dropped, feed } = loaded;
    const parts = [
      skipped ? `${skipped} unit(s) could not be read and were left out` : '',
      dropped ? `${dropped} link(s) that were no http(s) address were left out` : '',
    ].filter(Boolean);
    if (parts.length) reportOnce(this, `${this.src}: ${parts.join('; ')}`, 'warn');
    if (!feed) return;
    if (feed.stopped?.why === 'loop')
      reportOnce(
        this,
        `${this.src}: page ${feed.pages} gives as its next page ${feed.stopped.url}, which was read already; the paging stopped there`,
        'warn',
      );
    if (feed.stopped?.why === 'not-http')
      reportOnce(
        this,
        `${this.src}: page ${feed.pages} gives as its next page "${feed.stopped.url}", which is no http(s) address; the paging stopped there`,
        'warn',
      );
    if (feed.broken)
      reportOnce(
        this,
        `${this.src}: page ${feed.pages + 1} (${feed.broken.url}) could not be read (${feed.broken.detail}); the ${feed.pages} page(s) before it are shown`,
        'warn',
      );
    if (feed.limited)
      reportOnce(
        this,
        `${this.src} has ${feed.total !== undefined ? `${feed.total} units` : 'more units'}; only the first ${feed.max} are read (max-services). ` +
          `Narrow the list in the address (a Service Map list takes service=, service_node=, municipality= or division= parameters), raise max-services, or, ${SERVER_SEARCH_HINT}`,
        'warn',
      );
  }

  /** The loading state, with the progress of a list read page by page. */
  private renderLoading() {
    const progress = this.services.progress;
    if (this.services.status !== 'loading' || !progress) return this.renderDataState(this.services) ?? nothing;
    const loaded = formatNumber(progress.loaded);
    const total = progress.total !== undefined ? formatNumber(progress.total) : undefined;
    return html`<p class="hki-status" role="status">
      ${total !== undefined ? msg(str`Loading services… ${loaded} of ${total}`) : msg(str`Loading services… ${loaded} so far`)}
    </p>`;
  }

  /** What the resident is told about how the list was read: only part of it, or up to the limit. */
  private renderListNote() {
    const feed = this.setup.mode === 'local' && !this.data ? this.services.value?.feed : undefined;
    if (!feed) return nothing;
    const shown = formatNumber(this.pkg?.services.length ?? 0);
    if (feed.broken)
      return html`<p part="list-note" class="note list-note">
        ${msg(str`Only part of the list could be loaded: ${shown} services are included. Please try again later.`)}
      </p>`;
    if (!feed.limited) return nothing;
    const max = formatNumber(feed.max);
    return html`<p part="list-note" class="note list-note">
      ${
        feed.total !== undefined
          ? msg(str`Only the first ${max} of ${formatNumber(feed.total)} services are included in this search.`)
          : msg(str`Only the first ${max} services are included in this search.`)
      }
    </p>`;
  }

  /** The announced count: the results found, and with server search who found them. */
  private renderCount(n: number, unknown: number) {
    const filters = this.url.filters;
    const results = this.server.results;
    // Numbers in Finnish style in every language (2 000), as HDS advises.
    const nf = formatNumber(n);
    let found: unknown;
    if (this.setup.mode !== 'server') {
      found = plural(n, { one: () => msg(str`${nf} service found`), other: () => msg(str`${nf} services found`) });
    } else if (!this.server.query) {
      found = msg("Type what you are looking for to search all the city's services.");
    } else if (!results || this.server.busy) {
      found = msg('Searching…');
    } else {
      const total = formatNumber(results.count);
      const shown = formatNumber(results.services.length);
      found = !this.otherFiltersActive()
        ? plural(results.count, { one: () => msg(str`${total} service found`), other: () => msg(str`${total} services found`) })
        : plural(results.count, {
            one: () => msg(str`${total} service found by the Service Map; ${nf} of the ${shown} shown match your other filters`),
            other: () => msg(str`${total} services found by the Service Map; ${nf} of the ${shown} shown match your other filters`),
          });
    }
    return html`<p part="count" class="count" role="status">
      ${found}${
        filters.openNow && unknown
          ? html`,
            ${plural(unknown, {
              one: () => msg(str`and ${unknown} with unknown opening hours`),
              other: () => msg(str`and ${unknown} with unknown opening hours`),
            })}`
          : nothing
      }
    </p>`;
  }

  /** The "Show more" button: more of the results here, or the server's next page. */
  private renderMore(n: number, visible: number) {
    let more = n - visible;
    if (this.setup.mode === 'server') {
      const results = this.server.results;
      if (!results?.next || this.server.query === '') return nothing;
      more = Math.max(0, results.count - results.services.length);
    }
    if (more <= 0) return nothing;
    return html`<button part="more" class="button more" type="button" @click=${this.showMore}>
      ${msg(str`Show more (${formatNumber(more)} more)`)}
    </button>`;
  }

  /** Services as a list of result cards: the one place a result is rendered (`part`: the main list's). */
  private renderList(
    services: Service[],
    level: number,
    card: Parameters<typeof renderService>[2],
    { distances, part }: { distances?: Map<string, number>; part?: string } = {},
  ) {
    return html`<ol part=${part ?? nothing} class="results" aria-busy=${this.server.busy ? 'true' : nothing}>
      ${services.map((s) => html`<li>${renderService(s, level, { ...card, distance: distances?.get(s.id) })}</li>`)}
    </ol>`;
  }

  override render() {
    const setup = this.setup;
    if (setup.mode === 'invalid')
      return html`<div part="base" lang=${this.uiLocale}>
        ${this.renderError(msg('The service search is not set up correctly, so it cannot be used.'))}
      </div>`;
    const pkg = this.pkg;
    const choices = this.choices;
    if (!pkg || !choices) return html`<div part="base" lang=${this.uiLocale}>${this.renderLoading()}</div>`;
    const filters = this.url.filters;
    const { matches, unknownHours, distances, unchecked } = this.results();
    const level = clampLevel(this.headingLevel, 3);
    const card = { ...this.texts, districts: pkg.districts, now: new Date(), liveHours: this.liveHours.liveHours };
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
      filtersOpen: this.filtersOpen,
      toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
    };
    const onServer = setup.mode === 'server';
    // (With Hauki's "open now" the results are already those of the pages shown.)
    const visible = unchecked !== undefined ? matches : this.window(matches);
    const n = matches.length;
    const unknown = unknownHours.length;
    const serverError = onServer && this.server.data.status === 'error' ? (this.server.data.message ?? '') : '';
    const answered = !onServer || (this.server.query !== '' && this.server.results !== undefined && !this.server.busy);
    return html`<div part="base" lang=${this.uiLocale}>
      ${pkg.example ? this.renderExampleBadge() : nothing} ${renderFilters(form)} ${this.renderListNote()} ${this.renderCount(n, unknown)}
      ${serverError ? this.renderError(serverError) : nothing}
      ${answered && !serverError && n === 0 && unknown === 0 ? renderEmpty(form) : nothing}
      ${n > 0 && !serverError ? this.renderList(visible, level, card, { distances, part: 'results' }) : nothing}
      ${
        unchecked && !serverError
          ? html`<p class="note unchecked">
              ${plural(unchecked, {
                one: () =>
                  msg(str`The opening hours of ${formatNumber(unchecked)} more service have not been checked yet: Show more checks them.`),
                other: () =>
                  msg(str`The opening hours of ${formatNumber(unchecked)} more services have not been checked yet: Show more checks them.`),
              })}
            </p>`
          : nothing
      }
      ${serverError ? nothing : this.renderMore(n + (unchecked ?? 0), visible.length)}
      ${
        unknown && !serverError
          ? html`<section class="unknown-hours" aria-labelledby="unknown-hours">
              ${heading(Math.max(1, level - 1), 'section-title', msg('Opening hours not known'), 'unknown-hours')}
              <p class="note">
                ${msg('These services match your search, but their opening hours are not known. Check with them before you go.')}
              </p>
              ${this.renderList(unknownHours, level, card)}
            </section>`
          : nothing
      }
    </div>`;
  }
}
