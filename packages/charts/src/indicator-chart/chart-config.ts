/**
 * The chart.js configuration of a chart model: a pure function of the model and how the page wants
 * it drawn (chart type, motion, colours), so the element only decides when to draw.
 */
import { msg, str } from '@lit/localize';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { DASHES, PALETTE, POINTS, targetLine } from './chart-setup.js';
import { minMaxBuckets } from './decimate.js';
import type { ChartModel } from './model.js';
import { formatValue } from './summary.js';

/**
 * Above this many points a line chart draws a thinned copy of each series (min-max per bucket,
 * BUCKETS buckets: at most twice as many points), made here so chart.js never parses, lays out or
 * decimates the whole series itself; the table, the CSV and the summary keep every value.
 */
export const DECIMATE_ABOVE = 1000;
const BUCKETS = 250;

export type ChartKind = 'line' | 'bar';

export interface ChartLook {
  type: ChartKind;
  /** False when the reader prefers reduced motion: the chart draws at once. */
  animate: boolean;
  /** The colour of text, axes and the target line. */
  text: string;
  grid: string;
  /** Forced colours: every series in the text colour, told apart by dashes and point shapes. */
  monochrome: boolean;
  /** Called once, after the chart has drawn for the first time. */
  onFirstDraw?: () => void;
}

/** The element's `type` attribute applied to a model: lines over time, bars for categories. */
export function chartKind(model: ChartModel, type: 'auto' | ChartKind): ChartKind {
  return type === 'line' || type === 'bar' ? type : model.axis === 'time' ? 'line' : 'bar';
}

export function chartConfig(model: ChartModel, look: ChartLook): ChartConfiguration<ChartKind, unknown[]> {
  const { type, text, grid } = look;
  const colour = (i: number) => (look.monochrome ? text : PALETTE[i % PALETTE.length]);
  const count = model.periods.length;
  const line = type === 'line';
  const decimate = line && count > DECIMATE_ABOVE;
  const format = (value: number | null) => formatValue(model, value);
  const targetLabel = model.target ? msg(str`Target ${format(model.target.value)}`) : undefined;
  const datasets = model.series.map((s, i) => ({
    label: s.label,
    data: line ? (decimate ? minMaxBuckets(s.values, BUCKETS) : s.values.map((y, x) => ({ x, y }))) : s.values,
    borderColor: colour(i),
    backgroundColor: colour(i),
    borderDash: DASHES[i % DASHES.length],
    borderWidth: 2,
    pointStyle: POINTS[i % POINTS.length],
    pointRadius: count > 60 ? 0 : 4,
    pointHoverRadius: 7,
    spanGaps: false,
  }));
  let told = false;
  const ready = {
    id: 'hkiReady',
    afterDraw: () => {
      if (told) return;
      told = true;
      look.onFirstDraw?.();
    },
  };
  return {
    type,
    data: line ? { datasets } : { labels: model.periods, datasets },
    plugins: [targetLine, ready],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      // A long series is not animated: chart.js would tween each of its hundreds of points every frame.
      animation: look.animate && !decimate ? { duration: 300 } : (false as const),
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
          : {
              type: 'category' as const,
              ticks: { color: text },
              grid: { color: grid },
              title: { display: true, text: model.axisLabel, color: text },
            },
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
            title: (items: TooltipItem<ChartKind>[]) =>
              model.periods[line ? Number(items[0]?.parsed.x) : (items[0]?.dataIndex ?? -1)] ?? '',
            label: (item: TooltipItem<ChartKind>) => `${model.series.length > 1 ? `${item.dataset.label}: ` : ''}${format(item.parsed.y)}`,
          },
        },
        hkiTarget: { value: model.target?.value, label: targetLabel, colour: text },
      },
    },
  };
}
