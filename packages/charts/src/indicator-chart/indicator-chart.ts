import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HkiElement, controlStyles, ProgrammeDataController, downloadText, loadJson, type JsonResult } from '@hki-widgets/core';
import type { Indicator, IntegrationProgrammePackage } from '@hki-widgets/data';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { Chart, DASHES, PALETTE, POINTS, targetLine } from './chart-setup.js';
import type { JsonStatError, JsonStatResult } from './jsonstat.js';
import { rows, toCsv, type ChartModel } from './model.js';
import { describeChart, formatValue } from './summary.js';
import { readTable } from './table.js';
import { chartStyles } from './indicator-chart.styles.js';

type Problem = { message: string; detail: string };

export interface HkiChartReadyDetail {
  /** How many values the chart holds (periods × series). */
  points: number;
}
type Source = { state: 'loading' } | { state: 'ready'; model: ChartModel; indicator?: Indicator } | { state: 'problem'; problem: Problem } | { state: 'empty'; indicator: Indicator };

/**
 * The measure set whose slice of the bundled data holds an indicator, read from the programme's id
 * convention (i-4.12-a, edu-3); undefined (the whole package) for the monitoring indicators.
 */
export function setOfIndicator(id: string): string | undefined {
  if (/^edu-\d+$/.test(id) || id.startsWith('i-4-')) return '4';
  return /^i-(\d+)[.-]/.exec(id)?.[1];
}

/** Above this many points a line chart thins what it draws (LTTB); the table and CSV keep all. */
const DECIMATE_ABOVE = 1000;

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

  @state() private tableOpen = false;

  /** True while the page prints: the table prints under the chart. */
  @state() private printing = false;
  @state() private announcement = '';
  @state() private json?: { url: string; result?: JsonResult; read?: (json: unknown, options: object) => JsonStatResult };
  @state() private slotted?: ChartModel;

  @query('canvas') private canvas?: HTMLCanvasElement;

  /** @internal Set when the indicator was not in the slice its id suggests: load the whole package. */
  private needWhole = false;

  /** @internal */
  private readonly data = new ProgrammeDataController(
    this,
    () => (this.needWhole ? {} : { measureSet: setOfIndicator(this.indicator.trim()) }),
    () => !this.indicator,
  );

  /** @internal */
  private chart?: Chart<'line' | 'bar', unknown[]>;

  /** @internal The chart's position for keyboard users: series and value index. */
  private active?: { series: number; index: number };

  /** @internal */
  private reported?: string;

  /** @internal Watches the light-DOM table, so edits to it redraw the chart. */
  private readonly tableObserver = new MutationObserver(() => this.readSlottedTable());

  /** @internal */
  private readonly media = ['(prefers-reduced-motion: reduce)', '(forced-colors: active)', 'print'].map((q) => window.matchMedia(q));

  /** @internal */
  private readonly onMediaChange = (event?: Event) => {
    this.printing = event?.type === 'beforeprint' || this.media[2].matches;
    this.rebuildChart();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back after being removed: the chart was destroyed, so draw it again.
    if (this.hasUpdated) {
      this.drawn = undefined;
      this.requestUpdate();
    }
    this.readSlottedTable();
    this.tableObserver.observe(this, { childList: true, subtree: true, characterData: true });
    for (const m of this.media) m.addEventListener('change', this.onMediaChange);
    window.addEventListener('beforeprint', this.onMediaChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.tableObserver.disconnect();
    for (const m of this.media) m.removeEventListener('change', this.onMediaChange);
    window.removeEventListener('beforeprint', this.onMediaChange);
    this.chart?.destroy();
    this.chart = undefined;
  }

  private readSlottedTable(): void {
    const table = this.querySelector(':scope > table');
    this.slotted = table instanceof HTMLTableElement ? readTable(table) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('indicator')) this.needWhole = false;
    if (changed.has('jsonstat') && this.jsonstat && !this.indicator) {
      const url = this.jsonstat;
      this.json = { url };
      // The JSON-stat reader (jsonstat-toolkit) is its own chunk: only pages with statistics load it.
      void Promise.all([loadJson(url), import('./jsonstat.js')]).then(([result, reader]) => {
        if (this.json?.url === url) this.json = { url, result, read: reader.readJsonStat };
      });
    }
  }

  /** @internal The source, worked out again only when something it depends on changed. */
  private memo?: { key: unknown[]; source: Source };

  /** What to show, from whichever source the element has. */
  private get source(): Source {
    const key = [this.indicator, this.needWhole, this.jsonstat, this.time, this.series, this.filter, this.slotted, this.json?.result, this.data.state, this.data.data, this.data.error, this.uiLocale];
    if (!this.memo || this.memo.key.some((k, i) => k !== key[i])) this.memo = { key, source: this.computeSource() };
    return this.memo.source;
  }

  private computeSource(): Source {
    if (this.indicator) return this.fromIndicator();
    if (this.jsonstat) return this.fromJsonStat();
    if (this.slotted) return { state: 'ready', model: this.slotted };
    return {
      state: 'problem',
      problem: {
        message: msg('This chart has no data: it needs an indicator, a JSON-stat address or a table.'),
        detail: 'set the indicator or jsonstat attribute, or write a <table> inside the element',
      },
    };
  }

  private fromIndicator(): Source {
    if (this.data.state === 'loading' && !this.data.data) return { state: 'loading' };
    if (this.data.state === 'error' && this.data.error) {
      return { state: 'problem', problem: { message: this.dataErrorMessage(this.data.error), detail: `data from ${this.data.error.url}: ${this.data.error.detail}` } };
    }
    const pkg = this.data.data!;
    const indicator = pkg.indicators.find((i) => i.id === this.indicator.trim());
    if (!indicator && !this.src && !this.needWhole && setOfIndicator(this.indicator.trim())) {
      // Not in the measure set's slice after all: ask for the whole package.
      this.needWhole = true;
      void Promise.resolve().then(() => this.requestUpdate());
      return { state: 'loading' };
    }
    if (!indicator) {
      return {
        state: 'problem',
        problem: {
          message: msg(str`Indicator ${this.indicator} was not found in the programme.`),
          detail: `no indicator "${this.indicator}" in the programme data; indicators have ids like i-1.1-a, edu-3 or mon-neet`,
        },
      };
    }
    if (indicator.observations.every((o) => o.value === null)) return { state: 'empty', indicator };
    return { state: 'ready', model: this.indicatorModel(pkg, indicator), indicator };
  }

  private indicatorModel(pkg: IntegrationProgrammePackage, indicator: Indicator): ChartModel {
    const name = this.pick(indicator.name);
    const target = indicator.target;
    return {
      title: name?.text ?? indicator.id,
      lang: name?.fallback ? name.lang : undefined,
      axis: 'time',
      axisLabel: msg('Period'),
      periods: indicator.observations.map((o) => o.period),
      series: [{ id: indicator.id, label: name?.text ?? indicator.id, values: indicator.observations.map((o) => o.value) }],
      unit: indicator.kind === 'share' ? 'percent' : 'number',
      unitLabel: this.pick(indicator.unit)?.text,
      target: target?.value !== undefined ? { value: target.value, comparator: target.comparator, label: this.pick(target.text)?.text } : undefined,
      context: [],
      source: this.pick(indicator.informationSource)?.text ?? this.pick(pkg.programme.title)?.text,
      updated: pkg.dataVersion ? msg(str`data package ${pkg.dataVersion}`) : undefined,
      example: Boolean(pkg.example || indicator.observations.some((o) => o.example)),
    };
  }

  private fromJsonStat(): Source {
    const result = this.json?.result;
    const readJsonStat = this.json?.read;
    if (!result || !readJsonStat) return { state: 'loading' };
    if (!result.ok) {
      return {
        state: 'problem',
        problem: {
          message: result.error.kind === 'json' ? msg('The statistics are not in the JSON-stat 2.0 format.') : msg('The statistics could not be loaded. Please try again later.'),
          detail: `statistics from ${result.error.url}: ${result.error.detail}`,
        },
      };
    }
    const read = readJsonStat(result.data, { time: this.time, series: this.series, filter: this.filter });
    return read.ok ? { state: 'ready', model: read.model } : { state: 'problem', problem: this.jsonStatProblem(read.error) };
  }

  private jsonStatProblem(error: JsonStatError): Problem {
    const where = `statistics from ${this.jsonstat}`;
    switch (error.code) {
      case 'not-jsonstat':
        return { message: msg('The statistics are not in the JSON-stat 2.0 format.'), detail: `${where}: expected version "2.0", class "dataset"; found ${error.found}` };
      case 'unknown-dimension': {
        const available = error.available.join(', ');
        return {
          message: msg(str`"${error.name}" is not a dimension of these statistics. Available: ${available}.`),
          detail: `${where}: the ${error.attribute} attribute names "${error.name}"; the dimensions are ${available}`,
        };
      }
      case 'unknown-category': {
        const available = error.available.slice(0, 30).join(', ') + (error.available.length > 30 ? ', …' : '');
        return {
          message: msg(str`"${error.name}" is not in the dimension ${error.dimension}. Available: ${available}.`),
          detail: `${where}: filter ${error.dimension}=${error.name}; the categories of ${error.dimension} are ${error.available.join(', ')}`,
        };
      }
      case 'bad-filter':
        return { message: msg(str`The filter "${error.part}" should look like dimension=code.`), detail: `${where}: cannot read the filter part "${error.part}"` };
      case 'series-is-axis':
        return {
          message: msg(str`"${error.name}" cannot be both the series and the x axis.`),
          detail: `${where}: the series attribute names "${error.name}", which is already the x axis (set time to another dimension, or series to another one)`,
        };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const source = this.source;
    if (source.state === 'problem') this.report(source.problem.detail);
    this.syncChart(source.state === 'ready' ? source.model : undefined);
  }

  private report(detail: string): void {
    if (this.reported === detail) return;
    this.reported = detail;
    console.error(`[hki-indicator-chart] ${detail}`);
  }

  private chartType(model: ChartModel): 'line' | 'bar' {
    return this.type === 'line' || this.type === 'bar' ? this.type : model.axis === 'time' ? 'line' : 'bar';
  }

  /** The model the chart was drawn from, so a re-render with the same model does not redraw. */
  private drawn?: { model: ChartModel; type: string; locale: string };

  /** Creates, updates or destroys the chart to match the model (the canvas exists only when there is one). */
  private syncChart(model: ChartModel | undefined): void {
    if (!model || !this.canvas) {
      this.chart?.destroy();
      this.chart = undefined;
      this.drawn = undefined;
      return;
    }
    const type = this.chartType(model);
    if (this.chart && this.chart.canvas !== this.canvas) {
      this.chart.destroy();
      this.chart = undefined;
    }
    if (this.chart && this.drawn?.model === model && this.drawn.type === type && this.drawn.locale === this.uiLocale) return;
    if (this.drawn?.model !== model) this.active = undefined; // new data: the keyboard starts afresh
    this.drawn = { model, type, locale: this.uiLocale };
    this.chart?.destroy();
    const config = this.config(model, type);
    let told = false;
    config.plugins = [
      ...(config.plugins ?? []),
      {
        id: 'hkiReady',
        afterDraw: () => {
          if (told) return;
          told = true;
          const points = model.periods.length * model.series.length;
          this.dispatchEvent(new CustomEvent<HkiChartReadyDetail>('hki-chart-ready', { detail: { points }, bubbles: true, composed: true }));
        },
      },
    ];
    this.chart = new Chart(this.canvas, config);
  }

  private rebuildChart(): void {
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

  private config(model: ChartModel, type: 'line' | 'bar'): ChartConfiguration<'line' | 'bar', unknown[]> {
    const [reduced, forced] = this.media.map((m) => m.matches);
    const text = forced ? this.systemColour('CanvasText') : getComputedStyle(this).color;
    const grid = forced ? this.systemColour('GrayText') : 'rgba(0, 0, 0, 0.15)';
    const colour = (i: number) => (forced ? text : PALETTE[i % PALETTE.length]);
    const count = model.periods.length;
    const line = type === 'line';
    const decimate = line && count > DECIMATE_ABOVE;
    const format = (value: number | null) => formatValue(model, value);
    const targetLabel = model.target ? msg(str`Target ${format(model.target.value)}`) : undefined;
    const datasets = model.series.map((s, i) => ({
      label: s.label,
      data: line ? s.values.map((y, x) => ({ x, y })) : s.values,
      borderColor: colour(i),
      backgroundColor: colour(i),
      borderDash: DASHES[i % DASHES.length],
      borderWidth: 2,
      pointStyle: POINTS[i % POINTS.length],
      pointRadius: count > 60 ? 0 : 4,
      pointHoverRadius: 7,
      spanGaps: false,
    }));
    return {
      type,
      data: line ? { datasets } : { labels: model.periods, datasets },
      plugins: [targetLine],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? (false as const) : { duration: 300 },
        parsing: line ? (false as const) : undefined,
        normalized: true,
        interaction: { mode: 'nearest' as const, intersect: false },
        // Room for the first and last points, which sit on the plot's edges.
        layout: { padding: { left: 4, right: 12, top: 8 } },
        color: text,
        scales: {
          x: line
            ? {
                type: 'linear' as const,
                min: 0,
                max: Math.max(0, count - 1),
                ticks: { precision: 0, maxTicksLimit: 10, color: text, callback: (v: number | string) => model.periods[Number(v)] ?? '' },
                grid: { color: grid },
                title: { display: true, text: model.axisLabel, color: text },
              }
            : { type: 'category' as const, ticks: { color: text }, grid: { color: grid }, title: { display: true, text: model.axisLabel, color: text } },
          y: {
            beginAtZero: true,
            suggestedMax: model.target?.value,
            ticks: { color: text, callback: (v: number | string) => format(Number(v)) },
            grid: { color: grid },
            title: { display: Boolean(model.unitLabel), text: model.unitLabel ?? '', color: text },
          },
        },
        plugins: {
          legend: { display: model.series.length > 1, labels: { usePointStyle: true, color: text } },
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'bar' | 'line'>[]) => model.periods[line ? Number(items[0]?.parsed.x) : (items[0]?.dataIndex ?? -1)] ?? '',
              label: (item: TooltipItem<'bar' | 'line'>) => `${model.series.length > 1 ? `${item.dataset.label}: ` : ''}${format(item.parsed.y)}`,
            },
          },
          decimation: { enabled: decimate, algorithm: 'lttb' as const, samples: 500 },
          hkiTarget: { value: model.target?.value, label: targetLabel, colour: text },
        },
      },
    };
  }

  private onKeydown(event: KeyboardEvent, model: ChartModel): void {
    const last = model.periods.length - 1;
    const current = this.active ?? { series: 0, index: -1 };
    // Kept within the data, which may have changed since the last key.
    let series = Math.min(current.series, model.series.length - 1);
    let index = Math.min(current.index, last);
    switch (event.key) {
      case 'ArrowRight':
        index = Math.min(last, index + 1);
        break;
      case 'ArrowLeft':
        index = index < 0 ? last : Math.max(0, index - 1);
        break;
      case 'ArrowUp':
        series = Math.max(0, series - 1);
        index = Math.max(0, index);
        break;
      case 'ArrowDown':
        series = Math.min(model.series.length - 1, series + 1);
        index = Math.max(0, index);
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.active = { series, index };
    const s = model.series[series];
    this.announcement = `${model.series.length > 1 ? `${s.label}, ` : ''}${model.periods[index]}: ${formatValue(model, s.values[index] ?? null)}`;
    this.highlight();
  }

  /** Shows the keyboard position on the chart, as a pointer hover would. */
  private highlight(): void {
    const chart = this.chart;
    const active = this.active;
    if (!chart || !active || chart.options.plugins?.decimation?.enabled) return;
    const value = (chart.data.datasets[active.series]?.data as unknown[] | undefined)?.[active.index];
    if (value === undefined) return;
    const elements = value === null || (typeof value === 'object' && (value as { y: unknown }).y === null) ? [] : [{ datasetIndex: active.series, index: active.index }];
    chart.setActiveElements(elements);
    chart.tooltip?.setActiveElements(elements, { x: 0, y: 0 });
    chart.update('none');
  }

  private onBlur(): void {
    this.chart?.setActiveElements([]);
    this.chart?.tooltip?.setActiveElements([], { x: 0, y: 0 });
    this.chart?.update('none');
  }

  private download(model: ChartModel): void {
    downloadText(this.renderRoot, `${this.indicator || 'chart'}.csv`.replace(/[^\w.-]+/g, '-'), toCsv(model), 'text/csv;charset=utf-8');
  }

  override render() {
    const source = this.source;
    switch (source.state) {
      case 'loading':
        return html`<div part="base" class="figure" lang=${this.uiLocale} dir="ltr">
          <div class="plot placeholder"><p class="hki-status" role="status">${msg('Loading…')}</p></div>
        </div>`;
      case 'problem':
        return html`<div part="base" class="figure" lang=${this.uiLocale} dir="ltr">${this.renderError(source.problem.message)}</div>`;
      case 'empty':
        return this.renderNoData(source.indicator);
      case 'ready':
        return this.renderChart(source.model);
    }
  }

  private renderNoData(indicator: Indicator): TemplateResult {
    const name = this.pick(indicator.name);
    const target = this.pick(indicator.target?.text);
    return html`<figure part="base" class="figure" lang=${this.uiLocale} dir="ltr">
      <figcaption part="caption"><span part="title" class="title" lang=${this.langOf(name)} dir="auto">${name?.text}</span></figcaption>
      ${target ? html`<p class="target">${msg('Target:')} <span lang=${this.langOf(target)} dir="auto">${target.text}</span></p>` : nothing}
      <p class="no-data" part="summary">${msg('No data published yet.')}</p>
    </figure>`;
  }

  private renderChart(model: ChartModel): TemplateResult {
    const lang = model.lang && model.lang !== this.uiLocale ? model.lang : nothing;
    const type = this.chartType(model);
    const instructions =
      model.series.length > 1
        ? msg('Use the left and right arrow keys to move between values, up and down to change series, Home and End to jump to the first and last value.')
        : msg('Use the left and right arrow keys to move between values, Home and End to jump to the first and last value.');
    return html`<figure part="base" class="figure" lang=${this.uiLocale} dir="ltr">
      <figcaption part="caption">
        <span part="title" class="title" lang=${lang} dir="auto">${model.title}</span>
        ${model.unitLabel || model.context.length
          ? html`<span class="context" dir="auto">${[model.unitLabel ? msg(str`Unit: ${model.unitLabel}`) : '', ...model.context].filter(Boolean).join(' · ')}</span>`
          : nothing}
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
        @keydown=${(e: KeyboardEvent) => this.onKeydown(e, model)}
        @blur=${this.onBlur}
      >
        <canvas aria-hidden="true"></canvas>
      </div>
      <p id="instructions" class="instructions no-print">${instructions}</p>
      <p id="summary" part="summary" class="summary" lang=${lang}>${describeChart(model)}</p>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      <div class="actions no-print">
        <button class="button" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table" @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${this.tableOpen ? msg('Hide table') : msg('Show as table')}
        </button>
        <button class="button" type="button" @click=${() => this.download(model)}>${msg('Download CSV')}</button>
      </div>
      <div id="table" part="table" class=${this.tableOpen ? 'table open' : 'table closed'}>
        ${this.tableOpen || this.printing ? this.renderTable(model) : nothing}
      </div>
      <p part="source" class="source">
        ${msg('Source:')} <span dir="auto">${model.source ?? msg('not given')}</span>${model.updated ? html` · ${msg('Updated:')} <span dir="auto">${model.updated}</span>` : nothing}
      </p>
    </figure>`;
  }

  private renderTable(model: ChartModel): TemplateResult {
    return html`<table>
      <caption dir="auto">${model.title}${model.unitLabel ? ` (${model.unitLabel})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col" dir="auto">${model.axisLabel}</th>
          ${model.series.map((s) => html`<th scope="col" dir="auto">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows(model).map(
          (r) => html`<tr>
            <th scope="row" dir="auto">${r.period}</th>
            ${r.values.map((v) => html`<td>${formatValue(model, v)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
