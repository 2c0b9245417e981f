/**
 * Where a chart's numbers come from, and what the element shows: the programme (for `indicator`),
 * a JSON-stat dataset (for `jsonstat`), or a `<table>` written inside the element, in that order.
 * Only the source the attributes name is active. The view is worked out after the data controllers
 * have updated, so it is always the current sources' view, never a previous indicator's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { DataController, pickText, programmeSource, reportOnce, withMonitoring, type UiLocale } from '@hki-widgets/core';
import type { Indicator, IntegrationProgrammePackage, LocalizedText } from '@hki-widgets/data';
import { jsonStatProblem, jsonStatSource, type JsonStatData } from './jsonstat-source.js';
import type { ChartModel } from './model.js';
import { readTable } from './table.js';
import { setOfIndicator } from './indicator-set.js';

/** What the element shows. A problem's `detail` is the console line, when the data controller has not logged it. */
export type ChartView =
  | { state: 'loading' }
  | { state: 'ready'; model: ChartModel }
  | { state: 'empty'; indicator: Indicator }
  | { state: 'problem'; message: string; detail?: string };

/** The element's attributes that choose and read the data, and the interface language. */
export interface ChartInputs {
  indicator: string;
  jsonstat: string;
  src?: string;
  /** The monitoring file's address (the element's `monitoring`, or the page's meta tag). */
  monitoring?: string;
  time?: string;
  series?: string;
  filter?: string;
  locale: UiLocale;
}

type Programme = DataController<IntegrationProgrammePackage>;

const findIndicator = (pkg: IntegrationProgrammePackage, id: string) => pkg.indicators.find((i) => i.id === id);

/** An indicator of the programme as a chart model, its texts in the interface language. */
function indicatorModel(pkg: IntegrationProgrammePackage, indicator: Indicator, locale: UiLocale): ChartModel {
  const pick = (text: LocalizedText | undefined) => pickText(text, locale);
  const name = pick(indicator.name);
  const target = indicator.target;
  return {
    title: name?.text ?? indicator.id,
    lang: name?.fallback ? name.lang : undefined,
    axis: 'time',
    axisLabel: msg('Period'),
    periods: indicator.observations.map((o) => o.period),
    series: [{ id: indicator.id, label: name?.text ?? indicator.id, values: indicator.observations.map((o) => o.value) }],
    unit: indicator.kind === 'share' ? 'percent' : 'number',
    unitLabel: pick(indicator.unit)?.text,
    target:
      target?.value !== undefined ? { value: target.value, comparator: target.comparator, label: pick(target.text)?.text } : undefined,
    context: [],
    // Values from a monitoring file name where each was published; otherwise the indicator's own source.
    source:
      [...new Set(indicator.observations.map((o) => pick(o.source?.name)?.text).filter(Boolean))].join('; ') ||
      pick(indicator.informationSource)?.text ||
      pick(pkg.programme.title)?.text,
    updated: pkg.dataVersion ? msg(str`data package ${pkg.dataVersion}`) : undefined,
    example: Boolean(pkg.example || indicator.observations.some((o) => o.example)),
  };
}

function programmeView(data: Programme, { indicator: attribute, locale }: ChartInputs): ChartView {
  if (data.status === 'error') return { state: 'problem', message: data.message ?? '' };
  const pkg = data.data;
  const indicator = pkg && findIndicator(pkg, attribute.trim());
  // Nothing yet, or the previous language's package (meanwhile) without the indicator.
  if (!pkg || (!indicator && data.status !== 'ready')) return { state: 'loading' };
  if (!indicator) {
    return {
      state: 'problem',
      message: msg(str`Indicator ${attribute} was not found in the programme.`),
      detail: `no indicator "${attribute}" in the programme data; indicators have ids like i-1.1-a, edu-3 or mon-neet`,
    };
  }
  if (indicator.observations.every((o) => o.value === null)) return { state: 'empty', indicator };
  return { state: 'ready', model: indicatorModel(pkg, indicator, locale) };
}

function statisticsView(data: DataController<JsonStatData>, { jsonstat, time, series, filter }: ChartInputs): ChartView {
  if (data.status === 'error') return { state: 'problem', message: data.message ?? '' };
  if (!data.value) return { state: 'loading' };
  const read = data.value.read(data.value.dataset, { time, series, filter });
  return read.ok ? { state: 'ready', model: read.model } : { state: 'problem', ...jsonStatProblem(read.error, jsonstat) };
}

/** Runs the element's sources, watches its light-DOM table, and works out the view. */
export class ChartSource implements ReactiveController {
  /** What to show, as of this update. */
  view: ChartView = { state: 'loading' };

  /** The programme: the slice of the measure set the indicator's id names, the whole package, or `src`. */
  private readonly programme: Programme;
  /** The whole bundled package, asked for only when the indicator is not in the slice its id suggests. */
  private readonly whole: Programme;
  private readonly statistics: DataController<JsonStatData>;
  /** The chart read from a `<table>` inside the element. */
  private slotted?: ChartModel;
  private readonly observer = new MutationObserver(() => this.readTable());
  private key?: unknown[];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => ChartInputs,
  ) {
    this.programme = new DataController(host, () => this.programmeFor('slice'));
    // Decided from the slice's result, read in this update after the slice's controller has run.
    this.whole = new DataController(host, () => this.wholeIfNeeded());
    this.statistics = new DataController(host, () => {
      const { indicator, jsonstat } = this.inputs();
      return jsonstat && !indicator ? jsonStatSource(jsonstat) : undefined;
    });
    // Added after the data controllers: hostUpdate runs once they have updated.
    host.addController(this);
  }

  /** The programme for the indicator: the slice of the measure set its id names, or the whole package. */
  private programmeFor(part: 'slice' | 'whole') {
    const { indicator, src, locale, monitoring } = this.inputs();
    if (!indicator) return undefined;
    return withMonitoring(
      programmeSource({ src, locale, measureSet: part === 'slice' ? setOfIndicator(indicator.trim()) : undefined }),
      monitoring,
    );
  }

  /** The whole package, when the slice (or its previous language, while it loads) lacks the indicator. */
  private wholeIfNeeded() {
    const slice = this.programme.data;
    if (!slice || findIndicator(slice, this.inputs().indicator.trim())) return undefined;
    const whole = this.programmeFor('whole');
    // With `src`, or for an id that names no slice, the first source was the whole package already.
    return whole && whole.key !== this.programmeFor('slice')?.key ? whole : undefined;
  }

  hostConnected(): void {
    this.readTable();
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Reads the light-DOM table again: edits to it redraw the chart. */
  private readTable(): void {
    const table = this.host.querySelector(':scope > table');
    this.slotted = table instanceof HTMLTableElement ? readTable(table) : undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const inputs = this.inputs();
    const programme = this.whole.status === 'idle' ? this.programme : this.whole;
    const { statistics } = this;
    const key = [
      inputs.indicator,
      inputs.jsonstat,
      inputs.time,
      inputs.series,
      inputs.filter,
      inputs.locale,
      this.slotted,
      programme,
      programme.status,
      programme.data,
      programme.error,
      statistics.status,
      statistics.value,
      statistics.error,
    ];
    // Worked out again only when something it depends on changed: the same model is not redrawn.
    const previous = this.key;
    if (previous && key.every((k, i) => k === previous[i])) return;
    this.key = key;
    this.view = this.viewOf(inputs, programme);
    if (this.view.state === 'problem' && this.view.detail) reportOnce(this.host, this.view.detail);
  }

  private viewOf(inputs: ChartInputs, programme: Programme): ChartView {
    if (inputs.indicator) return programmeView(programme, inputs);
    if (inputs.jsonstat) return statisticsView(this.statistics, inputs);
    if (this.slotted) return { state: 'ready', model: this.slotted };
    return {
      state: 'problem',
      message: msg('This chart has no data: it needs an indicator, a JSON-stat address or a table.'),
      detail: 'set the indicator or jsonstat attribute, or write a <table> inside the element',
    };
  }
}
