import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HkiElement, MediaQueryController, controlStyles, downloadText, asText, formatNumber, monitoringAddress } from '@hki-widgets/core';
import type { Indicator } from '@hki-widgets/data';
import { Chart } from './chart-setup.js';
import { chartConfig, chartKind, type ChartKind } from './chart-config.js';
import { ChartSource } from './chart-source.js';
import { ChartKeyboard } from './keyboard.js';
import { rows, toCsv, type ChartModel } from './model.js';
import { describeChart, formatValue } from './summary.js';
import { chartStyles } from './indicator-chart.styles.js';

export { setOfIndicator } from './indicator-set.js';

/** Above this many values the chart is created in a task after the one that read the data. */
const DEFER_ABOVE = 1000;

/**
 * Rows of the table shown at a time: the whole of any ordinary table; a long series' table in pages
 * (laying out thousands of rows blocked the page for a quarter of a second, and no one reads them
 * on screen: the CSV has them all, and a printed page every row).
 */
const TABLE_PAGE = 250;

export interface HkiChartReadyDetail {
  /** How many values the chart holds (periods × series). */
  points: number;
}

/**
 * An indicator of the programme, or a statistics table, as a chart every resident can read:
 * sighted or not, by mouse or keyboard, in Finnish, Swedish or English. The chart sits in a figure
 * with a visible title, a summary in words, a "Show as table" view of exactly the plotted values,
 * a CSV download and the source.
 *
 * One source per element: `indicator` (from the programme data), `jsonstat` (a JSON-stat 2.0
 * dataset, as PxWeb statistics APIs return), or a `<table>` written inside the element, which is
 * the content without JavaScript and the chart's data with it.
 *
 * Keyboard: the chart is one tab stop; the arrow keys move between values and series, Home and End
 * jump to the first and last, and each value is announced ("2019: 14,2 %").
 *
 * @tagname hki-indicator-chart
 * @summary An accessible line or bar chart of an indicator, a JSON-stat dataset or a table.
 * @status stable
 * @since 0.1.0
 *
 * @slot - A `<table>` to draw the chart from: first column periods or categories, one column per series.
 *
 * @csspart base - The figure.
 * @csspart caption - The title and its context.
 * @csspart plot - The focusable chart area.
 * @csspart summary - The chart in words.
 * @csspart table - The "Show as table" view.
 * @csspart table-pages - A long series' table's "Previous rows" and "Next rows" buttons and the rows shown.
 * @csspart source - The source and update line.
 * @csspart example-badge - The "Example data" notice.
 *
 * @cssprop --hki-indicator-chart-height - Height reserved for the chart before it draws. Defaults to 18rem.
 *
 * @fires hki-chart-ready - When the chart has drawn for the first time after its data changed. `detail`: `{ points }`.
 */
export class HkiIndicatorChart extends HkiElement {
  static override styles = [...HkiElement.styles, controlStyles, chartStyles];

  /** An indicator id from the programme data, such as `i-1.1-a`. */
  @property({ reflect: true }) indicator = '';

  /** URL of a JSON-stat 2.0 dataset. */
  @property({ reflect: true }) jsonstat = '';

  /** JSON-stat: the dimension for the x axis. Defaults to the dataset's time dimension. */
  @property({ reflect: true }) time?: string;

  /** JSON-stat: the dimension whose categories become the lines or bar groups. */
  @property({ reflect: true }) series?: string;

  /** JSON-stat: fixes the other dimensions, `"area=091;sex=1"`. */
  @property({ reflect: true }) filter?: string;

  /** `line`, `bar`, or `auto`: lines over time, bars for categories. */
  @property({ reflect: true }) type: 'auto' | 'line' | 'bar' = 'auto';

  /** URL of another programme data package (same schema), for `indicator`. */
  @property({ reflect: true }) src?: string;

  /**
   * With `indicator`: URL of a monitoring file whose values for the indicator (each with its period
   * and source) are drawn. Defaults to the page's `<meta name="hki-monitoring" content="…">`.
   */
  @property({ reflect: true }) monitoring?: string;

  @state() private tableOpen = false;

  /** The first row of the open table's page (a long series' table shows TABLE_PAGE rows at a time). */
  @state() private tableStart = 0;

  @query('canvas') private canvas?: HTMLCanvasElement;

  /** @internal What to show, from whichever source the attributes name. */
  private readonly source = new ChartSource(this, () => ({
    indicator: asText(this.indicator),
    jsonstat: asText(this.jsonstat),
    src: asText(this.src) || undefined,
    monitoring: monitoringAddress(this.monitoring),
    time: asText(this.time) || undefined,
    series: asText(this.series) || undefined,
    filter: asText(this.filter) || undefined,
    locale: this.uiLocale,
  }));

  /** @internal */
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)', () => this.rebuildChart());

  /** @internal */
  private readonly forcedColours = new MediaQueryController(this, '(forced-colors: active)', () => this.rebuildChart());

  /** @internal True while the page prints: the table prints under the chart. */
  private readonly printing = new MediaQueryController(this, 'print');

  /** @internal */
  private readonly keyboard = new ChartKeyboard(this, () => this.chart);

  /** @internal */
  private chart?: Chart<ChartKind, unknown[]>;

  /** @internal The model the chart was drawn from, so a re-render with the same model does not redraw. */
  private drawn?: { model: ChartModel; type: ChartKind; locale: string };

  /** @internal The chart waiting to be created in a task of its own (after the task that read its data). */
  private pendingDraw?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back after being removed: the chart was destroyed, so draw it again.
    if (this.hasUpdated) this.rebuildChart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pendingDraw);
    this.pendingDraw = undefined;
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.source.view;
    const model = view.state === 'ready' ? view.model : undefined;
    this.syncChart(model);
  }

  /** Creates, updates or destroys the chart to match the model (the canvas exists only when there is one). */
  private syncChart(model: ChartModel | undefined): void {
    if (!model || !this.canvas) {
      clearTimeout(this.pendingDraw);
      this.pendingDraw = undefined;
      this.chart?.destroy();
      this.chart = undefined;
      this.drawn = undefined;
      return;
    }
    const type = chartKind(model, this.type);
    if (this.chart && this.chart.canvas !== this.canvas) {
      this.chart.destroy();
      this.chart = undefined;
    }
    const same = this.drawn?.model === model && this.drawn.type === type && this.drawn.locale === this.uiLocale;
    if (same && (this.chart || this.pendingDraw !== undefined)) return;
    if (this.drawn?.model !== model) this.keyboard.reset(); // new data: the keyboard starts afresh
    this.drawn = { model, type, locale: this.uiLocale };
    this.chart?.destroy();
    this.chart = undefined;
    clearTimeout(this.pendingDraw);
    this.pendingDraw = undefined;
    const points = model.periods.length * model.series.length;
    if (points <= DEFER_ABOVE) {
      // A short series draws in this task, so a reader who prefers reduced motion sees it at once.
      this.createChart(this.canvas, model, type);
      return;
    }
    // A long series was read in this task (10,000 values of JSON-stat): the chart draws in the
    // next, so reading and drawing never make one long task together.
    this.pendingDraw = setTimeout(() => {
      this.pendingDraw = undefined;
      const canvas = this.canvas;
      if (this.isConnected && canvas && this.drawn?.model === model && this.drawn.type === type) this.createChart(canvas, model, type);
    }, 0);
  }

  private createChart(canvas: HTMLCanvasElement, model: ChartModel, type: ChartKind): void {
    const forced = this.forcedColours.matches;
    const text = forced ? this.systemColour('CanvasText') : getComputedStyle(this).color;
    this.chart = new Chart(
      canvas,
      chartConfig(model, {
        type,
        animate: !this.reducedMotion.matches,
        text,
        grid: forced ? this.systemColour('GrayText') : 'rgba(0, 0, 0, 0.15)',
        monochrome: forced,
        onFirstDraw: () => this.emit('hki-chart-ready', { points: model.periods.length * model.series.length }),
      }),
    );
  }

  /** Draws the chart afresh (reduced motion or forced colours changed, or the element was put back). */
  private rebuildChart(): void {
    clearTimeout(this.pendingDraw);
    this.pendingDraw = undefined;
    this.drawn = undefined;
    this.chart?.destroy();
    this.chart = undefined;
    this.requestUpdate();
  }

  /** A colour the canvas can use for a CSS system colour (forced-colors mode). */
  private systemColour(name: string): string {
    const probe = document.createElement('span');
    probe.style.color = name;
    this.renderRoot.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }

  private download(model: ChartModel): void {
    downloadText(this.renderRoot, `${this.indicator || 'chart'}.csv`.replace(/[^\w.-]+/g, '-'), toCsv(model), 'text/csv;charset=utf-8');
  }

  override render() {
    const view = this.source.view;
    switch (view.state) {
      case 'loading':
        return html`<div part="base" class="figure" lang=${this.uiLocale} dir="ltr">
          <div class="plot placeholder"><p class="hki-status" role="status">${msg('Loading…')}</p></div>
        </div>`;
      case 'problem':
        return html`<div part="base" class="figure" lang=${this.uiLocale} dir="ltr">${this.renderError(view.message)}</div>`;
      case 'empty':
        return this.renderNoData(view.indicator);
      case 'ready':
        return this.renderChart(view.model);
    }
  }

  private renderNoData(indicator: Indicator): TemplateResult {
    const target = this.pick(indicator.target?.text);
    return html`<figure part="base" class="figure" lang=${this.uiLocale} dir="ltr">
      <figcaption part="caption"><span part="title" class="title" dir="auto">${this.text(indicator.name)}</span></figcaption>
      ${target ? html`<p class="target">${msg('Target:')} ${this.text(target)}</p>` : nothing}
      <p class="no-data" part="summary">${msg('No data published yet.')}</p>
    </figure>`;
  }

  private renderChart(model: ChartModel): TemplateResult {
    const lang = model.lang && model.lang !== this.uiLocale ? model.lang : nothing;
    const type = chartKind(model, this.type);
    const context = [model.unitLabel ? msg(str`Unit: ${model.unitLabel}`) : '', ...model.context].filter(Boolean);
    const instructions =
      model.series.length > 1
        ? msg(
            'Use the left and right arrow keys to move between values, up and down to change series, Home and End to jump to the first and last value.',
          )
        : msg('Use the left and right arrow keys to move between values, Home and End to jump to the first and last value.');
    return html`<figure part="base" class="figure" lang=${this.uiLocale} dir="ltr">
      <figcaption part="caption">
        <span part="title" class="title" lang=${lang} dir="auto">${model.title}</span>
        ${context.length ? html`<span class="context" dir="auto">${context.join(' · ')}</span>` : nothing}
      </figcaption>
      ${model.example ? this.renderExampleBadge() : nothing}
      <div
        part="plot"
        class="plot"
        tabindex="0"
        role="application"
        aria-roledescription=${type === 'line' ? msg('line chart') : msg('bar chart')}
        aria-label=${model.title}
        aria-describedby="summary instructions"
        @keydown=${(e: KeyboardEvent) => this.keyboard.keydown(e, model)}
        @blur=${() => this.keyboard.blur()}
      >
        <canvas aria-hidden="true"></canvas>
      </div>
      <p id="instructions" class="instructions no-print">${instructions}</p>
      <p id="summary" part="summary" class="summary" lang=${lang}>${describeChart(model)}</p>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.keyboard.announcement}</p>
      <div class="actions no-print">
        <button
          class="button"
          type="button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="table"
          @click=${this.toggleTable}
        >
          ${this.tableOpen ? msg('Hide table') : msg('Show as table')}
        </button>
        <button class="button" type="button" @click=${() => this.download(model)}>${msg('Download CSV')}</button>
      </div>
      <div id="table" part="table" class=${this.tableOpen ? 'table open' : 'table closed'}>
        ${this.tableOpen || this.printing.matches ? this.renderTable(model) : nothing}
      </div>
      <p part="source" class="source">
        ${msg('Source:')} <span dir="auto">${model.source ?? msg('not given')}</span>${
          model.updated ? html` · ${msg('Updated:')} <span dir="auto">${model.updated}</span>` : nothing
        }
      </p>
    </figure>`;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
    this.tableStart = 0;
  }

  /** "Rows 1–250 of 10,000": where the open page of a long table is. */
  private rowRange(total: number): string {
    const from = formatNumber(this.tableStart + 1);
    const to = formatNumber(Math.min(total, this.tableStart + TABLE_PAGE));
    return msg(str`Rows ${from}–${to} of ${formatNumber(total)}`);
  }

  /** The buttons between a long table's pages; the range is announced as it changes. */
  private renderPages(total: number): TemplateResult {
    const turn = (by: number) => () => (this.tableStart = Math.min(Math.max(0, this.tableStart + by), total - 1));
    return html`<div part="table-pages" class="pages" role="group" aria-label=${msg('Pages of the table')}>
      <button class="button" type="button" ?disabled=${this.tableStart === 0} @click=${turn(-TABLE_PAGE)}>${msg('Previous rows')}</button>
      <p class="range" aria-live="polite">${this.rowRange(total)}</p>
      <button class="button" type="button" ?disabled=${this.tableStart + TABLE_PAGE >= total} @click=${turn(TABLE_PAGE)}>
        ${msg('Next rows')}
      </button>
    </div>`;
  }

  private renderTable(model: ChartModel): TemplateResult {
    const all = rows(model);
    const paged = all.length > 2 * TABLE_PAGE && !this.printing.matches;
    const shown = paged ? all.slice(this.tableStart, this.tableStart + TABLE_PAGE) : all;
    return html`${paged ? this.renderPages(all.length) : nothing}
      <table class=${paged ? 'long' : nothing}>
        <caption dir="auto">
          ${model.title}${model.unitLabel ? ` (${model.unitLabel})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" dir="auto">${model.axisLabel}</th>
            ${model.series.map((s) => html`<th scope="col" dir="auto">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (r) =>
              html`<tr>
                <th scope="row" dir="auto">${r.period}</th>
                ${r.values.map((v) => html`<td>${formatValue(model, v)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}
