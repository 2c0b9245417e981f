/**
 * The chart in words, in the interface language: for each series its latest value, the change
 * since the first period, the highest and lowest values, and the distance to the target.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, formatPercent } from '@hki-widgets/core';
import type { ChartModel, ChartSeries } from './model.js';

/** A value as the chart, its table and its summary show it. */
export const formatValue = (model: Pick<ChartModel, 'unit'>, value: number | null): string =>
  value === null ? msg('no value') : model.unit === 'percent' ? formatPercent(value) : formatNumber(value);

/** A change with its sign; percentages change by percentage points. */
function formatChange(model: ChartModel, change: number): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = formatNumber(Math.abs(change), { maximumFractionDigits: 1 });
  return model.unit === 'percent' ? msg(str`${sign}${size} percentage points`) : `${sign}${size}`;
}

function describeSeries(model: ChartModel, series: ChartSeries): string {
  const points = series.values
    .map((value, i) => ({ value, period: model.periods[i] }))
    .filter((p): p is { value: number; period: string } => p.value !== null);
  if (points.length === 0) return msg(str`${series.label}: no values.`);
  const sentences: string[] = [];
  const first = points[0];
  const last = points[points.length - 1];
  const named = model.series.length > 1 ? `${series.label}: ` : '';
  if (model.axis === 'time') {
    const latest = formatValue(model, last.value);
    sentences.push(
      named ? msg(str`${series.label}: latest value ${latest} (${last.period}).`) : msg(str`Latest value ${latest} (${last.period}).`),
    );
    if (points.length > 1) sentences.push(msg(str`Change since ${first.period}: ${formatChange(model, last.value - first.value)}.`));
  } else if (named) {
    sentences.push(named.trim());
  }
  if (points.length > 1) {
    const high = points.reduce((a, b) => (b.value > a.value ? b : a));
    const low = points.reduce((a, b) => (b.value < a.value ? b : a));
    sentences.push(
      msg(str`Highest ${formatValue(model, high.value)} (${high.period}), lowest ${formatValue(model, low.value)} (${low.period}).`),
    );
  }
  if (model.target && model.axis === 'time') {
    const { value, comparator } = model.target;
    const gap = value - last.value;
    const reached = comparator === 'at-most' ? last.value <= value : comparator === 'exactly' ? gap === 0 : last.value >= value;
    sentences.push(
      reached
        ? msg(str`The target of ${formatValue(model, value)} is reached.`)
        : msg(str`${formatChange(model, Math.abs(gap)).replace(/^[+−±]/, '')} to go to the target of ${formatValue(model, value)}.`),
    );
  }
  return sentences.join(' ');
}

/** The whole chart in a few sentences. */
export function describeChart(model: ChartModel): string {
  if (model.series.every((s) => s.values.every((v) => v === null))) return msg('No data published yet.');
  return model.series.map((s) => describeSeries(model, s)).join(' ');
}
