/**
 * The chart for keyboard users: the plot is one tab stop; the arrow keys move between values and
 * series, Home and End jump to the first and last value, each value is announced ("2019: 14,2 %")
 * and shown on the chart as a pointer hover would show it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import type { ChartModel } from './model.js';
import { formatValue } from './summary.js';

/** A series and the index of one of its values. */
interface ChartPosition {
  series: number;
  index: number;
}

/** Where a key moves the position, kept within the data (which may have changed); undefined for other keys. */
function moveTo(key: string, from: ChartPosition | undefined, model: ChartModel): ChartPosition | undefined {
  const last = model.periods.length - 1;
  const lastSeries = model.series.length - 1;
  const series = Math.min(from?.series ?? 0, lastSeries);
  const index = Math.min(from?.index ?? -1, last);
  switch (key) {
    case 'ArrowRight':
      return { series, index: Math.min(last, index + 1) };
    case 'ArrowLeft':
      return { series, index: index < 0 ? last : Math.max(0, index - 1) };
    case 'ArrowUp':
      return { series: Math.max(0, series - 1), index: Math.max(0, index) };
    case 'ArrowDown':
      return { series: Math.min(lastSeries, series + 1), index: Math.max(0, index) };
    case 'Home':
      return { series, index: 0 };
    case 'End':
      return { series, index: last };
    default:
      return undefined;
  }
}

/** What a screen reader says for a position: the series (when there are several), the period, the value. */
function announce(model: ChartModel, { series, index }: ChartPosition): string {
  const s = model.series[series];
  return `${model.series.length > 1 ? `${s.label}, ` : ''}${model.periods[index]}: ${formatValue(model, s.values[index] ?? null)}`;
}

type AnyChart = Chart<'line' | 'bar', unknown[]>;

/** Where a value of the model is among a dataset's drawn points: a thinned line draws only some of them. */
function drawnIndex(data: unknown[], index: number, count: number): number {
  if (data.length === count) return index;
  // A thinned line's points are { x, y } in order of x: find x === index, if it was kept.
  let low = 0;
  let high = data.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const x = (data[middle] as { x: number }).x;
    if (x === index) return middle;
    if (x < index) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Shows a position on the chart, as a pointer hover would (on a thinned line, only a value that is drawn). */
function highlight(chart: AnyChart, { series, index }: ChartPosition, count: number): void {
  const data = chart.data.datasets[series]?.data as unknown[] | undefined;
  const drawn = data ? drawnIndex(data, index, count) : -1;
  const value = drawn < 0 ? undefined : data![drawn];
  const missing = value === undefined || value === null || (typeof value === 'object' && (value as { y: unknown }).y === null);
  show(chart, missing ? [] : [{ datasetIndex: series, index: drawn }]);
}

function show(chart: AnyChart, elements: { datasetIndex: number; index: number }[]): void {
  chart.setActiveElements(elements);
  chart.tooltip?.setActiveElements(elements, { x: 0, y: 0 });
  chart.update('none');
}

/** One chart's keyboard position and its announcement, which the element renders in a live region. */
export class ChartKeyboard {
  /** The text of the polite live region. */
  announcement = '';
  private position?: ChartPosition;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The chart drawn now, if any. */
    private readonly chart: () => AnyChart | undefined,
  ) {}

  /** New data: the keyboard starts afresh. */
  reset(): void {
    this.position = undefined;
  }

  keydown(event: KeyboardEvent, model: ChartModel): void {
    const position = moveTo(event.key, this.position, model);
    if (!position) return;
    event.preventDefault();
    this.position = position;
    this.announcement = announce(model, position);
    this.host.requestUpdate();
    const chart = this.chart();
    if (chart) highlight(chart, position, model.periods.length);
  }

  /** Leaving the chart hides the highlight. */
  blur(): void {
    const chart = this.chart();
    if (chart) show(chart, []);
  }
}
