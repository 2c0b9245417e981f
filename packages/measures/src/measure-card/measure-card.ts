import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  HkiElement,
  DataController,
  MediaQueryController,
  controlStyles,
  canDefine,
  formatNumber,
  formatPercent,
  asText,
} from '@hki-widgets/core';
import { hdsColour, monitoringAddress, programmeSource, reportOnce, setStyles, withMonitoring, type Monitored } from '@hki-widgets/core';
import { clampLevel, heading } from '@hki-widgets/core';
import type { Indicator, IntegrationProgrammePackage } from '@hki-widgets/data';
import { hasExampleData, measureView, setIdOf, type MeasureView } from '../shared/model.js';
import { getPlainPreference, onPlainPreference, setPlainPreference } from '../shared/plain-preference.js';
import { renderMonitoringProblem, renderStatus } from '../shared/status.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { cardStyles } from './measure-card.styles.js';

export interface HkiPlainChangeDetail {
  plain: boolean;
}

/**
 * One measure of the Integration Programme on a page: its number and title, theme and measure set,
 * what will be done (or a plain-language summary), its status, who is responsible, its indicators
 * with their targets, and any best practice tied to it.
 *
 * ```html
 * <hki-measure-card measure="4.12"></hki-measure-card>
 * ```
 *
 * @tagname hki-measure-card
 * @summary One measure of the programme as a card, with a plain-language switch.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The card.
 * @csspart header - Number, title, theme, measure set and status.
 * @csspart title - The heading.
 * @csspart status - The status badge.
 * @csspart body - Description, responsible bodies, indicators and best practices.
 * @csspart plain-switch - The plain-language switch.
 * @csspart example-badge - The "Example data" notice.
 * @csspart monitoring-problem - The note shown when the monitoring file could not be used.
 *
 * @cssprop --hki-measure-card-accent-width - Width of the theme-coloured edge. Defaults to 6px.
 * @cssprop --hki-measure-card-padding - Space inside the card.
 * @cssprop --hki-measure-card-background - The card's background.
 *
 * @fires hki-toggle - When a compact card's details open or close. `detail`: `{ open, measure }`.
 * @fires hki-plain-change - When the resident switches between full text and plain language. `detail`: `{ plain }`.
 */
export class HkiMeasureCard extends HkiElement {
  static override styles = [...HkiElement.styles, controlStyles, sharedStyles, cardStyles];

  /** The measure's number in the programme, such as `4.12`. */
  @property({ reflect: true }) measure = '';

  /** The level of the card's heading (1–6), so the card fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** `full` shows everything; `compact` shows number, title and status, with the rest behind a button. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Show the plain-language summary instead of the full text. The resident's last choice on this page wins. */
  @property({ type: Boolean, reflect: true }) plain = false;

  /** URL of another data package (same schema). Defaults to the bundled one. */
  @property({ reflect: true }) src?: string;

  /**
   * URL of a monitoring file: the statuses and indicator values the programme's coordinator
   * published, each with its date and source, shown over the programme. Defaults to the page's
   * `<meta name="hki-monitoring" content="…">`.
   */
  @property({ reflect: true }) monitoring?: string;

  /** The programme data, when a parent widget already has it (the explorer passes it to its cards). */
  @property({ attribute: false }) programme?: Monitored<IntegrationProgrammePackage>;

  /** Whether a compact card's details are shown. */
  @state() private expanded = false;

  /** Which indicators' charts are open. */
  @state() private openCharts = new Set<string>();

  /** @internal Whether the page prints: a compact card prints its details too. */
  private readonly print = new MediaQueryController(this, 'print');

  /**
   * @internal Only the measure set's slice of the bundled data; nothing when a parent gives the data.
   * Another measure set is another source: the card shows it loading, never the previous set's data.
   */
  private readonly data = new DataController(this, () =>
    this.programme
      ? undefined
      : withMonitoring(
          programmeSource({ src: this.src, locale: this.uiLocale, measureSet: setIdOf(asText(this.measure).trim()) }),
          monitoringAddress(this.monitoring),
        ),
  );

  /** The data in use: given by a parent, or loaded. */
  private get pkg(): Monitored<IntegrationProgrammePackage> | undefined {
    return this.programme ?? this.data.data;
  }

  /** Whether the data in use is the data the card's attributes ask for (not still loading). */
  private get current(): boolean {
    return Boolean(this.programme) || this.data.status === 'ready';
  }

  /** @internal */
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = getPlainPreference();
    if (stored !== undefined) this.plain = stored;
    this.unsubscribe = onPlainPreference((plain) => (this.plain = plain));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportMissing();
  }

  private get view(): MeasureView | undefined {
    return this.pkg ? measureView(this.pkg, asText(this.measure).trim()) : undefined;
  }

  /** Logs a measure the data does not have, once the data for the current measure set is there. */
  private reportMissing(): void {
    if (!this.current || !this.pkg || this.view) return;
    const id = asText(this.measure).trim();
    reportOnce(
      this,
      id
        ? `no measure "${id}" in the programme data${this.src ? ` from ${this.src}` : ''}. Measures are numbered like 1.1, 2, 4.12 or 11.`
        : 'the measure attribute is empty: set it to a measure number, like measure="4.12".',
    );
  }

  private togglePlain(): void {
    this.plain = !this.plain;
    setPlainPreference(this.plain);
    this.emit('hki-plain-change', { plain: this.plain });
  }

  private toggleDetails(): void {
    this.expanded = !this.expanded;
    this.emit('hki-toggle', { open: this.expanded, measure: this.measure });
  }

  private toggleChart(id: string): void {
    const open = new Set(this.openCharts);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.openCharts = open;
  }

  override render() {
    const state = this.programme ? undefined : this.renderDataState(this.data);
    if (state) return html`<div part="base" lang=${this.uiLocale}>${state}</div>`;
    const view = this.view;
    // Data of the previous language without this measure: no verdict before the current data is there.
    if (!view && !this.current) return html`<div part="base" lang=${this.uiLocale}></div>`;
    if (!view) {
      const id = asText(this.measure).trim();
      return html`<div part="base" lang=${this.uiLocale}>
        ${this.renderError(id ? msg(str`Measure ${id} was not found in the programme.`) : msg('No measure was chosen for this card.'))}
      </div>`;
    }
    return this.renderCard(view);
  }

  private renderCard(view: MeasureView): TemplateResult {
    const { measure, set, theme } = view;
    const pkg = this.pkg!;
    const level = clampLevel(this.headingLevel);
    const title = this.pick(measure.title);
    const compact = this.variant === 'compact';
    // A closed compact card renders no details at all (the explorer shows 64 of them).
    const showBody = !compact || this.expanded || this.print.matches;
    // The theme and set the measure belongs to; a compact card keeps them with its details.
    const context = html`<p class="context">
      ${theme ? html`<span class="theme">${msg(str`Theme ${theme.number}`)}: ${this.text(theme.title)}</span>` : nothing}
      ${set ? html`<span class="set">${msg(str`Measure set ${set.number}`)}: ${this.text(set.title)}</span>` : nothing}
    </p>`;
    return html`<article
      part="base"
      lang=${this.uiLocale}
      aria-labelledby="title"
      ${setStyles({ '--hki-theme-color': hdsColour(theme?.colour) })}
    >
      <header part="header">
        ${compact ? nothing : context} ${heading(level, 'title', html`<span class="number">${measure.id}</span> ${this.text(title)}`)}
        ${renderStatus(measure.status, pkg, this.texts)} ${this.programme ? nothing : renderMonitoringProblem(pkg.monitoring)}
        ${hasExampleData(pkg, measure) ? this.renderExampleBadge(pkg.exampleNote) : nothing}
      </header>
      ${
        compact
          ? html`<button
              class="button details-toggle no-print"
              type="button"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              aria-controls="body"
              @click=${this.toggleDetails}
            >
              ${this.expanded ? msg('Hide details') : msg('Show details')}<span class="visually-hidden"
                >: ${measure.id} ${title?.text}</span
              >
            </button>`
          : nothing
      }
      <div part="body" id="body" class=${showBody ? 'open' : 'closed'}>
        ${showBody ? html`${compact ? context : nothing}${this.renderBody(view, level + 1)}` : nothing}
      </div>
    </article>`;
  }

  private renderBody(view: MeasureView, level: number): TemplateResult {
    const { measure } = view;
    const pkg = this.pkg!;
    const note = pkg.programme.plainLanguage?.note;
    return html`
      <button
        part="plain-switch"
        class="switch no-print"
        type="button"
        role="switch"
        aria-checked=${this.plain ? 'true' : 'false'}
        @click=${this.togglePlain}
      >
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
        <span>${msg('Plain language')}</span>
      </button>
      <div class="text">
        <p>${this.text(this.plain ? measure.plain : measure.description)}</p>
        ${this.plain && this.pick(note) ? html`<p class="plain-note">${this.text(note)}</p>` : nothing}
      </div>
      ${this.renderResponsible(view, level)} ${this.renderIndicators(view.indicators, level)} ${this.renderBestPractices(view, level)}
    `;
  }

  private renderResponsible(view: MeasureView, level: number): TemplateResult {
    return html`<section class="section" aria-labelledby="responsible">
      ${heading(level, 'section-title', msg('Responsible'), 'responsible')}
      <ul class="list">
        ${view.responsible.map((o) => html`<li>${this.text(o.name)}</li>`)}
      </ul>
    </section>`;
  }

  private renderIndicators(indicators: Indicator[], level: number): TemplateResult | typeof nothing {
    if (indicators.length === 0) return nothing;
    return html`<section class="section" aria-labelledby="indicators">
      ${heading(level, 'section-title', msg('Indicators'), 'indicators')}
      <ul class="list indicators">
        ${indicators.map((indicator) => this.renderIndicator(indicator))}
      </ul>
    </section>`;
  }

  private formatValue(indicator: Indicator, value: number | null): string {
    if (value === null) return msg('no value');
    return indicator.kind === 'share' ? formatPercent(value) : formatNumber(value);
  }

  private renderIndicator(indicator: Indicator): TemplateResult {
    const name = this.pick(indicator.name);
    const target = this.pick(indicator.target?.text);
    const observations = indicator.observations;
    const latest = [...observations].reverse().find((o) => o.value !== null);
    const chartAvailable = observations.length > 0 && canDefine('hki-indicator-chart');
    const chartOpen = this.openCharts.has(indicator.id);
    return html`<li class="indicator">
      <span class="indicator-name">${this.text(name)}</span>
      ${target ? html`<span class="target">${msg('Target:')} ${this.text(target)}</span>` : nothing}
      ${latest ? html`<span class="latest">${msg(str`Latest value: ${this.formatValue(indicator, latest.value)} (${latest.period})`)}</span>` : nothing}
      ${
        chartAvailable
          ? html`<button
                class="button chart-toggle no-print"
                type="button"
                aria-expanded=${chartOpen ? 'true' : 'false'}
                @click=${() => this.toggleChart(indicator.id)}
              >
                ${chartOpen ? msg('Hide chart') : msg('Show chart')}<span class="visually-hidden">: ${name?.text}</span>
              </button>
              ${chartOpen ? html`<hki-indicator-chart indicator=${indicator.id} src=${this.src ?? nothing}></hki-indicator-chart>` : nothing}`
          : observations.length > 0
            ? this.renderObservations(indicator, name?.text ?? indicator.id)
            : nothing
      }
    </li>`;
  }

  /** Without the chart element, the values themselves, as a small table. */
  private renderObservations(indicator: Indicator, name: string): TemplateResult {
    return html`<table class="observations">
      <caption class="visually-hidden">
        ${name}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Period')}</th>
          <th scope="col">${msg('Value')}</th>
        </tr>
      </thead>
      <tbody>
        ${indicator.observations.map(
          (o) =>
            html`<tr>
              <th scope="row">${o.period}</th>
              <td>${this.formatValue(indicator, o.value)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderBestPractices(view: MeasureView, level: number): TemplateResult | typeof nothing {
    if (view.bestPractices.length === 0) return nothing;
    return html`<section class="section" aria-labelledby="practices">
      ${heading(level, 'section-title', msg('Best practice'), 'practices')}
      ${view.bestPractices.map(
        (practice) =>
          html`<details class="practice">
            <summary>${this.text(practice.title)}</summary>
            <p>${this.text(practice.description)}</p>
            ${practice.period ? html`<p class="period">${practice.period}</p>` : nothing}
          </details>`,
      )}
    </section>`;
  }
}
