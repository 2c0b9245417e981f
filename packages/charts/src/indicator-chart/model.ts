/**
 * What a chart shows, whatever it was read from (the programme data, JSON-stat, an HTML table):
 * periods or categories along the x axis, one or more series of values, an optional target.
 * The chart, its table, its CSV and its text summary are all drawn from this one model, so they
 * cannot disagree.
 */
export interface ChartSeries {
  id: string;
  label: string;
  /** One value per period; null where the source has none. */
  values: (number | null)[];
}

export interface ChartModel {
  title: string;
  /** The language of the title and labels when they come from data in another language. */
  lang?: string;
  /** What the x axis is: a time dimension (line chart) or categories (bar chart). */
  axis: 'time' | 'category';
  /** The x axis's name, such as "Year". */
  axisLabel: string;
  /** Period or category labels, in order. */
  periods: string[];
  series: ChartSeries[];
  /** `percent` values are percentages (14.2 means 14.2 %). */
  unit: 'percent' | 'number';
  /** The unit in words, when the source gives one ("new clients a year"). */
  unitLabel?: string;
  target?: { value: number; comparator?: 'at-least' | 'at-most' | 'exactly'; label?: string };
  /** Fixed dimensions and other context, shown in the caption ("Area: Helsinki"). */
  context: string[];
  source?: string;
  updated?: string;
  example: boolean;
}

/** The plotted values as rows: one per period, a column per series (the table and the CSV). */
export function rows(model: ChartModel): { period: string; values: (number | null)[] }[] {
  return model.periods.map((period, i) => ({ period, values: model.series.map((s) => s.values[i] ?? null) }));
}

/** A number as a CSV wants it: plain digits, a decimal point, nothing for a missing value. */
const csvNumber = (value: number | null) => (value === null ? '' : String(value));
const csvText = (text: string) =>
  /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"` : text;

/** The same values as the chart and the table, as CSV. */
export function toCsv(model: ChartModel): string {
  const header = [model.axisLabel, ...model.series.map((s) => s.label)].map(csvText).join(',');
  const body = rows(model).map((r) => [csvText(r.period), ...r.values.map(csvNumber)].join(','));
  return `\ufeff${[header, ...body].join('\r\n')}\r\n`;
}

/** Reads a number written in Finnish (1 050,5 or 14,2 %) or with a decimal point (14.2). */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f%]/g, '').replace(/\u2212/g, '-');
  if (cleaned === '' || cleaned === '..' || cleaned === '-' || cleaned === '–') return null;
  const normalised = cleaned.includes(',') && !cleaned.includes('.') ? cleaned.replace(',', '.') : cleaned.replace(/,/g, '');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
