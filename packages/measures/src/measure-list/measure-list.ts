import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { HkiElement, DataController, UrlStateController, controlStyles, filterPanelStyles, downloadText } from '@hki-widgets/core';
import { fold, matchesAll, optionParam, plural, programmeSource, queryTerms, textParam } from '@hki-widgets/core';
import { monitoringAddress, withMonitoring } from '@hki-widgets/core';
import { clampLevel, formatDate, heading } from '@hki-widgets/core';
import { csvCell, type IntegrationProgrammePackage, type LocalizedText, type Measure } from '@hki-widgets/data';
import { hasExampleData, responsibleIds, statusCounts, statusOrder } from '../shared/model.js';
import { renderMonitoringProblem, statusIcon, statusLabel } from '../shared/status.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { listStyles } from './measure-list.styles.js';

/** Cards made in one task by `view="cards"` (each is an element of its own, rendered at once). */
const CARDS_PER_TASK = 12;

/** The explorer's filters; an empty string means "all". */
export type MeasureFilters = {
  theme: string;
  set: string;
  responsible: string;
  status: string;
  q: string;
};

export type { HkiFilterChangeDetail } from '@hki-widgets/core';

/**
 * The programme explorer: every measure, grouped by theme and measure set, with filters (theme, measure set, responsible body, status), a search that ignores case and
 * diacritics, an announced result count, a status summary and downloads of the selection.
 *
 * The filters live in the page address (`?theme=learning&q=ohjaamo`), so a filtered view can be
 * shared and the back button works; `url-state="off"` keeps them out of it (for pages with several
 * lists). A value in the address that is not one of a filter's options is ignored, with one console
 * warning. `theme`, `measure-set`, `responsible` and `status` attributes preset the filters for a
 * division's page.
 *
 * By default each measure is one row of a compact list: its number, title, status and responsible
 * bodies (one line on a wide screen), and a "Show details" button, named by the measure, that opens
 * the measure's full `<hki-measure-card>` in place. A card is rendered only when its row is opened.
 * `view="cards"` shows every measure as a compact card instead, as earlier versions did.
 *
 * @tagname hki-measure-list
 * @summary The programme explorer: every measure, with filters, search, status summary and downloads.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The explorer.
 * @csspart filters - The search field and filters.
 * @csspart count - The announced number of results.
 * @csspart monitoring-problem - The note shown when the monitoring file could not be used.
 * @csspart summary - The status summary of the selection.
 * @csspart results - The grouped measures.
 * @csspart row - One measure in the list view: number, title, status, responsible bodies and its button.
 * @csspart row-toggle - A row's "Show details" button.
 * @csspart empty - The message shown when nothing matches.
 *
 * @cssprop --hki-measure-list-gap - Space between the cards (`view="cards"`).
 *
 * @fires hki-filter-change - When the filters change. `detail`: `{ filters, count }`.
 * @fires hki-toggle - When a row's details open or close (list view). `detail`: `{ open, measure }`.
 */
export class HkiMeasureList extends HkiElement {
  static override styles = [...HkiElement.styles, controlStyles, filterPanelStyles, sharedStyles, listStyles];

  /** Preset: a theme id (`skilled-workforce`, `learning`, `open-city`, `counteracting-differentiation`). */
  @property({ reflect: true }) theme = '';

  /** Preset: a measure set number (`1`–`11`). */
  @property({ attribute: 'measure-set', reflect: true }) measureSet = '';

  /** Preset: an organisation id, such as `education-division`. */
  @property({ reflect: true }) responsible = '';

  /** Preset: a status value, such as `not-reported` or `in-progress`. */
  @property({ reflect: true }) status = '';

  /** `off` keeps the filters out of the page address. */
  @property({ attribute: 'url-state', reflect: true }) urlState: 'on' | 'off' = 'on';

  /** The level of the theme headings; measure sets and cards take the next levels. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** URL of another data package (same schema). Defaults to the bundled one. */
  @property({ reflect: true }) src?: string;

  /**
   * URL of a monitoring file: the statuses (and indicator values) the programme's coordinator
   * published, each with its date and source, shown over the programme. Defaults to the page's
   * `<meta name="hki-monitoring" content="…">`.
   */
  @property({ reflect: true }) monitoring?: string;

  /**
   * `list` (the default): one compact row per measure, its full card one button press away.
   * `cards`: every measure as a compact card (much taller: about 13,700 px for all 64 at 1,280 px).
   */
  @property({ reflect: true }) view: 'list' | 'cards' = 'list';

  /** The measures whose rows are open, by number. Kept while the filters change. */
  @state() private openRows = new Set<string>();

  @query('#q') private searchField?: HTMLInputElement;

  /** @internal */
  private readonly data = new DataController(this, () =>
    withMonitoring(programmeSource({ src: this.src, locale: this.uiLocale }), monitoringAddress(this.monitoring)),
  );

  /** @internal The filters, kept in the page address (`?theme=open-city&q=library`); each option is checked against the data. */
  private readonly url = new UrlStateController<MeasureFilters>(this, {
    params: {
      theme: optionParam(() => this.data.data?.themes.map((t) => t.id)),
      set: optionParam(() => this.data.data?.measureSets.map((s) => s.id)),
      responsible: optionParam(() => this.data.data && responsibleIds(this.data.data)),
      status: optionParam(() => this.data.data && statusOrder(this.data.data)),
      q: textParam,
    },
    prefix: () => '',
    enabled: () => this.urlState !== 'off',
    presets: () => ({ theme: this.theme, set: this.measureSet, responsible: this.responsible, status: this.status, q: '' }),
    restored: () => this.announceChange(),
  });

  /** @internal Folded search text per measure, for the package and language it was made from. */
  private index?: { pkg: IntegrationProgrammePackage; locale: string; text: Map<string, string> };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetChanged = changed.has('theme') || changed.has('measureSet') || changed.has('responsible') || changed.has('status');
    // A new preset keeps what the resident typed.
    if (presetChanged && this.hasUpdated) this.url.presetsChanged(['q']);
  }

  private setFilter(key: keyof MeasureFilters, value: string, push = true): void {
    const { set } = this.url.filters;
    // A measure set belongs to one theme: choosing another theme clears a set outside it.
    const outside = key === 'theme' && value && set && this.data.data?.measureSets.find((s) => s.id === set)?.themeId !== value;
    if (outside) this.url.assign({ theme: value, set: '' }, push);
    else this.url.set(key, value, push);
    void this.updateComplete.then(() => this.announceChange());
  }

  private clearFilters(): void {
    this.url.clear();
    void this.updateComplete.then(() => {
      this.announceChange();
      this.searchField?.focus();
    });
  }

  private announceChange(): void {
    this.emit('hki-filter-change', { filters: this.url.filters, count: this.selection().length });
  }

  private searchText(pkg: IntegrationProgrammePackage, measure: Measure): string {
    if (this.index?.pkg !== pkg || this.index.locale !== this.uiLocale) {
      this.index = { pkg, locale: this.uiLocale, text: new Map() };
    }
    let text = this.index.text.get(measure.id);
    if (text === undefined) {
      const texts = [measure.title, measure.description, measure.plain].map((t) => this.pick(t)?.text ?? '');
      text = fold([measure.id, ...texts].join(' '));
      this.index.text.set(measure.id, text);
    }
    return text;
  }

  /**
   * The filters as they apply: a measure set outside the chosen theme (from an old link, or
   * contradicting presets) is ignored rather than silently showing nothing.
   */
  private effectiveFilters(pkg: IntegrationProgrammePackage): MeasureFilters {
    const f = this.url.filters;
    const set = pkg.measureSets.find((s) => s.id === f.set);
    return set && (!f.theme || set.themeId === f.theme) ? f : { ...f, set: '' };
  }

  /** The measures that pass every filter, in programme order. */
  private selection(): Measure[] {
    const pkg = this.data.data;
    if (!pkg) return [];
    const { theme, set, responsible, status, q } = this.effectiveFilters(pkg);
    const setsOfTheme = theme ? new Set(pkg.measureSets.filter((s) => s.themeId === theme).map((s) => s.id)) : undefined;
    const terms = queryTerms(q);
    return pkg.measures.filter(
      (m) =>
        (!setsOfTheme || setsOfTheme.has(m.setId)) &&
        (!set || m.setId === set) &&
        (!responsible || m.responsibleIds.includes(responsible)) &&
        (!status || m.status.value === status) &&
        (terms.length === 0 || matchesAll(terms, this.searchText(pkg, m))),
    );
  }

  private toggleRow(id: string): void {
    const open = new Set(this.openRows);
    const opening = !open.has(id);
    if (opening) open.add(id);
    else open.delete(id);
    this.openRows = open;
    this.emit('hki-toggle', { open: opening, measure: id });
  }

  private download(kind: 'csv' | 'json'): void {
    const pkg = this.data.data;
    if (!pkg) return;
    const measures = this.selection();
    const text = (t: LocalizedText | undefined) => this.pick(t)?.text ?? '';
    const orgName = (id: string) => text(pkg.organisations.find((o) => o.id === id)?.name);
    let body: string;
    if (kind === 'csv') {
      const header = [
        msg('Number'),
        msg('Theme'),
        msg('Measure set'),
        msg('Title'),
        msg('Status'),
        msg('Reported'),
        msg('Responsible'),
        msg('Indicators'),
      ];
      const rows = measures.map((m) => {
        const set = pkg.measureSets.find((s) => s.id === m.setId);
        return [
          m.id,
          text(pkg.themes.find((t) => t.id === set?.themeId)?.title),
          text(set?.title),
          text(m.title),
          statusLabel(m.status.value, pkg.statusScales, (t) => this.pick(t)).text,
          m.status.reportedAt ?? '',
          m.responsibleIds.map(orgName).join('; '),
          m.indicatorIds.map((id) => text(pkg.indicators.find((i) => i.id === id)?.name)).join('; '),
        ];
      });
      // A byte-order mark so spreadsheet programs read the file as UTF-8 (ä, ö, å).
      body = `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
    } else {
      const about = { programme: text(pkg.programme.title), language: this.uiLocale, example: pkg.example ?? false };
      body = JSON.stringify({ ...about, filters: this.url.filters, measures }, null, 2);
    }
    downloadText(
      this.renderRoot,
      `measures-${this.uiLocale}.${kind}`,
      body,
      kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    );
  }

  override render() {
    const state = this.renderDataState(this.data);
    if (state) return html`<div part="base" lang=${this.uiLocale}>${state}</div>`;
    const pkg = this.data.data!;
    const measures = this.selection();
    return html`<div part="base" lang=${this.uiLocale}>
      ${hasExampleData(pkg) ? this.renderExampleBadge(pkg.exampleNote) : nothing} ${this.renderFilters(pkg)}
      ${renderMonitoringProblem(pkg.monitoring)}
      <p part="count" class="count" role="status">
        ${plural(measures.length, { one: () => msg(str`${measures.length} measure found`), other: () => msg(str`${measures.length} measures found`) })}
      </p>
      ${measures.length === 0 ? this.renderEmpty() : this.renderSummary(pkg, measures)} ${this.renderResults(pkg, measures)}
    </div>`;
  }

  private renderFilters(pkg: IntegrationProgrammePackage): TemplateResult {
    const f = this.effectiveFilters(pkg);
    const sets = pkg.measureSets.filter((s) => !f.theme || s.themeId === f.theme);
    const responsible = new Set(responsibleIds(pkg));
    const bodies = pkg.organisations
      .filter((o) => responsible.has(o.id))
      .map((o) => ({ id: o.id, name: this.pick(o.name)?.text ?? o.id }))
      .sort((a, b) => a.name.localeCompare(b.name, this.uiLocale));
    const option = (value: string, label: string, selected: string) =>
      html`<option value=${value} ?selected=${value === selected}>${label}</option>`;
    const select = (id: keyof MeasureFilters, label: string, all: string, options: TemplateResult[]) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} .value=${f[id]} @change=${(e: Event) => this.setFilter(id, (e.target as HTMLSelectElement).value)}>
          ${option('', all, f[id])} ${options}
        </select>
      </div>`;
    return html`<form
      part="filters"
      class="filters no-print"
      role="search"
      aria-label=${msg('Filter measures')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field search">
        <label for="q">${msg('Search measures')}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          .value=${f.q}
          @input=${(e: Event) => this.setFilter('q', (e.target as HTMLInputElement).value, false)}
        />
      </div>
      ${select(
        'theme',
        msg('Theme'),
        msg('All themes'),
        pkg.themes.map((t) => option(t.id, `${t.number}. ${this.pick(t.title)?.text ?? t.id}`, f.theme)),
      )}
      ${select(
        'set',
        msg('Measure set'),
        msg('All measure sets'),
        sets.map((s) => option(s.id, `${s.number}. ${this.pick(s.title)?.text ?? s.id}`, f.set)),
      )}
      ${select(
        'responsible',
        msg('Responsible'),
        msg('All responsible bodies'),
        bodies.map((b) => option(b.id, b.name, f.responsible)),
      )}
      ${select(
        'status',
        msg('Status'),
        msg('All statuses'),
        statusOrder(pkg).map((v) => option(v, statusLabel(v, pkg.statusScales, (t) => this.pick(t)).text, f.status)),
      )}
      <button class="button clear" type="button" @click=${this.clearFilters}>${msg('Clear filters')}</button>
    </form>`;
  }

  private renderEmpty(): TemplateResult {
    return html`<div part="empty" class="empty">
      <p>${msg('No measures match these filters. Try other words or fewer filters.')}</p>
      <button class="button no-print" type="button" @click=${this.clearFilters}>${msg('Clear filters')}</button>
    </div>`;
  }

  private renderSummary(pkg: IntegrationProgrammePackage, measures: Measure[]): TemplateResult {
    return html`<div part="summary" class="summary">
      <p class="summary-title">${msg('Status of the measures shown')}</p>
      <ul class="status-summary">
        ${statusCounts(pkg, measures).map(
          ([value, count]) =>
            html`<li data-status=${value}>
              ${statusIcon(value)}<span>${statusLabel(value, pkg.statusScales, (t) => this.pick(t)).text}: <strong>${count}</strong></span>
            </li>`,
        )}
      </ul>
      <div class="downloads no-print">
        <button class="button" type="button" @click=${() => this.download('csv')}>${msg('Download as CSV')}</button>
        <button class="button" type="button" @click=${() => this.download('json')}>${msg('Download as JSON')}</button>
      </div>
    </div>`;
  }

  /**
   * Every theme, set and measure, those the filters leave out `hidden`: a keystroke only changes which
   * are hidden, and the rows and cards keep their DOM (creating 60 rows again when a search is
   * cleared took more than a frame). Hidden parts are out of the accessibility tree and of find.
   */
  private renderResults(pkg: IntegrationProgrammePackage, measures: Measure[]): TemplateResult {
    const level = clampLevel(this.headingLevel, 2);
    const shown = new Set(measures.map((m) => m.id));
    const shownSets = new Set(measures.map((m) => m.setId));
    return html`<div part="results" class="results" ?hidden=${measures.length === 0}>
      ${repeat(
        pkg.themes,
        (theme) => theme.id,
        (theme) => {
          const sets = pkg.measureSets.filter((s) => s.themeId === theme.id);
          return html`<section class="theme" aria-labelledby=${`theme-${theme.id}`} ?hidden=${!sets.some((s) => shownSets.has(s.id))}>
            ${heading(level, 'theme-title', html`${msg(str`Theme ${theme.number}`)}: ${this.text(theme.title)}`, `theme-${theme.id}`)}
            ${repeat(
              sets,
              (set) => set.id,
              (set) => {
                const inSet = pkg.measures.filter((m) => m.setId === set.id);
                return html`<section class="set" aria-labelledby=${`set-${set.id}`} ?hidden=${!shownSets.has(set.id)}>
                  ${heading(level + 1, 'set-title', html`${set.number}. ${this.text(set.title)}`, `set-${set.id}`)}
                  ${this.view === 'cards' ? this.renderCards(inSet, shown, pkg, level + 2) : this.renderRows(inSet, shown, pkg, level + 2)}
                </section>`;
              },
            )}
          </section>`;
        },
      )}
    </div>`;
  }

  /** The measures whose card has been made (a card is made when first shown, then kept while hidden). */
  private readonly madeCards = new Set<string>();

  /**
   * How many cards may be made so far: CARDS_PER_TASK more each task, so that `view="cards"` never
   * renders 64 cards in one task (that took over 50 ms); those still to come follow within frames.
   */
  @state() private cardBudget = CARDS_PER_TASK;

  /** @internal The next task's cards, waiting. */
  private pendingCards?: ReturnType<typeof setTimeout>;

  /** @internal True when some card to show is not made yet (read after each render). */
  private cardsToCome = false;

  protected override update(changed: PropertyValues<this>): void {
    this.cardsToCome = false;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.cardsToCome || this.pendingCards !== undefined) return;
    this.pendingCards = setTimeout(() => {
      this.pendingCards = undefined;
      this.cardBudget = this.madeCards.size + CARDS_PER_TASK;
    }, 0);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back with cards still to come: they come.
    if (this.cardsToCome) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pendingCards);
    this.pendingCards = undefined;
  }

  private renderCards(measures: Measure[], shown: Set<string>, pkg: IntegrationProgrammePackage, level: number): TemplateResult {
    return html`<ul class="cards">
      ${repeat(
        measures,
        (m) => m.id,
        (m) => {
          if (shown.has(m.id) && !this.madeCards.has(m.id)) {
            if (this.madeCards.size < this.cardBudget) this.madeCards.add(m.id);
            else this.cardsToCome = true;
          }
          return html`<li ?hidden=${!shown.has(m.id)}>
            ${
              this.madeCards.has(m.id)
                ? html`<hki-measure-card variant="compact" measure=${m.id} heading-level=${level} .programme=${pkg}></hki-measure-card>`
                : nothing
            }
          </li>`;
        },
      )}
    </ul>`;
  }

  /** The compact list: one row per measure; the full card only for an opened row. */
  private renderRows(measures: Measure[], shown: Set<string>, pkg: IntegrationProgrammePackage, level: number): TemplateResult {
    const orgs = new Map(pkg.organisations.map((o) => [o.id, o]));
    return html`<ul class="rows">
      ${repeat(
        measures,
        (m) => m.id,
        (m) => {
          const open = this.openRows.has(m.id);
          const title = this.pick(m.title);
          const status = statusLabel(m.status.value, pkg.statusScales, (t) => this.pick(t));
          const responsible = m.responsibleIds.map((id) => orgs.get(id)).filter((o) => o !== undefined);
          const detailsId = `details-${m.id}`;
          return html`<li part="row" class="row" data-measure=${m.id} ?hidden=${!shown.has(m.id)}>
            <div class="row-line">
              ${heading(level, 'row-title', html`<span class="row-number">${m.id}</span> ${this.text(title)}`, `title-${m.id}`)}
              <p class="row-status" data-status=${m.status.value}>
                ${statusIcon(m.status.value)}<span class="visually-hidden">${msg('Status:')} </span
                ><span lang=${this.langOf(status)}>${status.text}</span>${
                  m.status.reportedAt
                    ? html` <span class="row-date">${msg(str`reported ${formatDate(m.status.reportedAt)}`)}</span>`
                    : nothing
                }
              </p>
              <p class="row-responsible">
                <span class="visually-hidden">${msg('Responsible')}: </span>${responsible.map(
                  (o, i) => html`${i > 0 ? ', ' : nothing}${this.text(o.name)}`,
                )}
              </p>
              <button
                part="row-toggle"
                class="button row-toggle no-print"
                type="button"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${detailsId}
                @click=${() => this.toggleRow(m.id)}
              >
                ${open ? msg('Hide details') : msg('Show details')}<span class="visually-hidden">: ${m.id} ${this.text(title)}</span>
              </button>
            </div>
            <div class="row-details" id=${detailsId} ?hidden=${!open}>
              ${open ? html`<hki-measure-card measure=${m.id} heading-level=${level + 1} .programme=${pkg}></hki-measure-card>` : nothing}
            </div>
          </li>`;
        },
      )}
    </ul>`;
  }
}
