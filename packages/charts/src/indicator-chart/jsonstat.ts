/**
 * Reads a JSON-stat 2.0 dataset (what PxWeb statistics APIs return: Statistics Finland, Helsinki's
 * regional statistics) into a chart model, with jsonstat-toolkit. Pure: no fetching, no DOM.
 */
import JSONstat from 'jsonstat-toolkit';
import type { ChartModel, ChartSeries } from './model.js';

export interface JsonStatOptions {
  /** The dimension for the x axis; defaults to the dataset's time dimension (role.time). */
  time?: string;
  /** The dimension whose categories become the lines or bar groups. */
  series?: string;
  /** Fixes other dimensions: "area=091;sex=1". */
  filter?: string;
}

export type JsonStatError =
  | { code: 'not-jsonstat'; found: string }
  | { code: 'unknown-dimension'; attribute: 'time' | 'series' | 'filter'; name: string; available: string[] }
  | { code: 'unknown-category'; dimension: string; name: string; available: string[] }
  | { code: 'bad-filter'; part: string }
  | { code: 'series-is-axis'; name: string };

export type JsonStatResult = { ok: true; model: ChartModel } | { ok: false; error: JsonStatError };

interface Category {
  label: string;
  unit?: { label?: string; symbol?: string; decimals?: number } | null;
}
interface Dimension {
  id: string[];
  label: string;
  Category(id: string): Category | null;
}
interface Dataset {
  class: string;
  id: string[];
  size: number[];
  value: (number | null)[] | Record<string, number | null>;
  label: string | null;
  source: string | null;
  updated: string | null;
  role: { time?: string[] | null; metric?: string[] | null } | null;
  Dimension(id: string): Dimension | null;
}

const describe = (json: unknown): string => {
  if (json === null) return 'null';
  if (typeof json !== 'object' || Array.isArray(json)) return Array.isArray(json) ? 'a list' : typeof json;
  const { version, class: kind } = json as { version?: unknown; class?: unknown };
  return `version ${JSON.stringify(version ?? null)}, class ${JSON.stringify(kind ?? null)}`;
};

/** Parses "dim=code;dim=code" (also accepts commas between pairs). */
function parseFilter(filter: string | undefined): Map<string, string> | { part: string } {
  const fixed = new Map<string, string>();
  for (const part of (filter ?? '')
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([^=]+)=(.+)$/.exec(part);
    if (!match) return { part };
    fixed.set(match[1].trim(), match[2].trim());
  }
  return fixed;
}

/** The toolkit's reading of each dataset, made once (a chart's options change, the dataset does not). */
const toolkit = new WeakMap<object, Dataset>();
const toolkitDataset = (raw: object): Dataset => {
  let ds = toolkit.get(raw);
  if (!ds) {
    ds = JSONstat(raw) as unknown as Dataset;
    toolkit.set(raw, ds);
  }
  return ds;
};

/** The toolkit makes a new Dimension (reading all its categories) on every call: each is made once. */
const dimensionsOf = new WeakMap<Dataset, Map<string, Dimension | null>>();
function dimensionOf(ds: Dataset, id: string): Dimension | null {
  let made = dimensionsOf.get(ds);
  if (!made) dimensionsOf.set(ds, (made = new Map()));
  if (!made.has(id)) made.set(id, ds.Dimension(id));
  return made.get(id)!;
}

/**
 * Lets the toolkit read a dataset ahead of `readJsonStat`, so a caller can put the two in separate
 * tasks: for 10,000 periods each takes about 40 ms, together they made one long task. Never throws.
 */
export function prepareJsonStat(json: unknown): void {
  const raw = json as { version?: unknown; class?: unknown } | null;
  if (!raw || typeof raw !== 'object' || raw.version !== '2.0' || raw.class !== 'dataset') return;
  try {
    const ds = toolkitDataset(raw);
    for (const id of Array.isArray(ds.id) ? ds.id : []) dimensionOf(ds, id);
  } catch {
    // readJsonStat says what is wrong with it.
  }
}

export function readJsonStat(json: unknown, options: JsonStatOptions = {}): JsonStatResult {
  const raw = json as { version?: unknown; class?: unknown; extension?: { example?: unknown } } | null;
  if (!raw || typeof raw !== 'object' || raw.version !== '2.0' || raw.class !== 'dataset') {
    return { ok: false, error: { code: 'not-jsonstat', found: describe(json) } };
  }
  let ds: Dataset;
  try {
    ds = toolkitDataset(raw);
  } catch {
    return { ok: false, error: { code: 'not-jsonstat', found: 'a dataset the toolkit cannot read' } };
  }
  try {
    if (!ds || ds.class !== 'dataset' || !Array.isArray(ds.id) || ds.id.length === 0) {
      return { ok: false, error: { code: 'not-jsonstat', found: 'a dataset without dimensions' } };
    }
    // A sparse dataset's values are an object (possibly empty: every value missing).
    const value = ds.value ?? (raw as { value?: unknown }).value;
    if (
      value === null ||
      typeof value !== 'object' ||
      !Array.isArray(ds.size) ||
      ds.size.length !== ds.id.length ||
      ds.id.some((d) => !dimensionOf(ds, d))
    ) {
      return { ok: false, error: { code: 'not-jsonstat', found: 'a dataset whose values, sizes or dimensions are missing' } };
    }
    ds.value = value as Dataset['value'];
    // An empty attribute means "not given".
    return read(ds, raw, { time: options.time || undefined, series: options.series || undefined, filter: options.filter });
  } catch (error) {
    // A dataset malformed in a way the checks above did not foresee: say so, never throw.
    return { ok: false, error: { code: 'not-jsonstat', found: `a dataset that cannot be read (${(error as Error).message})` } };
  }
}

function read(ds: Dataset, raw: { extension?: { example?: unknown } }, options: JsonStatOptions): JsonStatResult {
  const dims = ds.id;
  const dimension = (id: string): Dimension => dimensionOf(ds, id)!;

  const filter = parseFilter(options.filter);
  if (!(filter instanceof Map)) return { ok: false, error: { code: 'bad-filter', part: filter.part } };
  for (const [dim, code] of filter) {
    if (!dims.includes(dim)) return { ok: false, error: { code: 'unknown-dimension', attribute: 'filter', name: dim, available: dims } };
    if (!dimension(dim).id.includes(code)) {
      return { ok: false, error: { code: 'unknown-category', dimension: dim, name: code, available: dimension(dim).id } };
    }
  }
  for (const attribute of ['time', 'series'] as const) {
    const name = options[attribute];
    if (name && !dims.includes(name)) return { ok: false, error: { code: 'unknown-dimension', attribute, name, available: dims } };
  }

  const time = options.time ?? ds.role?.time?.find((d) => dims.includes(d) && !filter.has(d));
  const seriesDim = options.series;
  const open = (d: string) => d !== seriesDim && !filter.has(d);
  const axisDim = time ?? dims.find((d) => open(d) && dimension(d).id.length > 1) ?? dims.find(open) ?? dims[0];

  // Dimensions neither on the axis nor the series: fixed by the filter, or at their first category.
  const fixed: Record<string, string> = {};
  const context: string[] = [];
  for (const d of dims) {
    if (d === axisDim || d === seriesDim) continue;
    const code = filter.get(d) ?? dimension(d).id[0];
    fixed[d] = code;
    if (dimension(d).id.length > 1 || filter.has(d)) context.push(`${dimension(d).label}: ${dimension(d).Category(code)?.label ?? code}`);
  }

  if (seriesDim && seriesDim === axisDim) return { ok: false, error: { code: 'series-is-axis', name: seriesDim } };
  const axis = dimension(axisDim);
  // Values by position (JSON-stat stores them row-major over the dimensions): one multiply-add per
  // dimension instead of a lookup by category names, which matters for long series.
  const strides = dims.map((_, i) => dims.slice(i + 1).reduce((product, d) => product * ds.size[dims.indexOf(d)], 1));
  const position = new Map(dims.map((d) => [d, new Map(dimension(d).id.map((code, i) => [code, i]))]));
  const at = (d: string, code: string) => (position.get(d)!.get(code) ?? 0) * strides[dims.indexOf(d)];
  const valueAt = (index: number): number | null => {
    const value = Array.isArray(ds.value) ? ds.value[index] : ds.value[String(index)];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  // The fixed dimensions' part of every index, then one step along the axis per period.
  const base = Object.entries(fixed).reduce((sum, [d, code]) => sum + at(d, code), 0);
  const step = strides[dims.indexOf(axisDim)];
  const seriesCodes = seriesDim ? (filter.has(seriesDim) ? [filter.get(seriesDim)!] : dimension(seriesDim).id) : [''];
  const series: ChartSeries[] = seriesCodes.map((code) => {
    const start = base + (seriesDim ? at(seriesDim, code) : 0);
    return {
      id: code || 'value',
      label: seriesDim ? (dimension(seriesDim).Category(code)?.label ?? code) : (ds.label ?? ''),
      values: axis.id.map((_, p) => valueAt(start + p * step)),
    };
  });

  // The axis's labels straight from the dataset: the toolkit's Category() looks each code up in a
  // list, which for 10,000 periods made one long task of the reading.
  const rawLabels = (raw as { dimension?: Record<string, { category?: { label?: unknown } }> }).dimension?.[axisDim]?.category?.label;
  const periodLabels: Record<string, unknown> = rawLabels && typeof rawLabels === 'object' ? (rawLabels as Record<string, unknown>) : {};

  // The unit: from the metric dimension's category, when the dataset gives one.
  const metric = ds.role?.metric?.find((d) => dims.includes(d));
  const unit = metric ? dimension(metric).Category(fixed[metric] ?? dimension(metric).id[0])?.unit : undefined;
  const percent = unit?.symbol === '%' || /percent|prosentti|procent/i.test(unit?.label ?? '');

  return {
    ok: true,
    model: {
      title: ds.label ?? '',
      axis: time && axisDim === time ? 'time' : 'category',
      axisLabel: axis.label,
      periods: axis.id.map((code) => (typeof periodLabels[code] === 'string' ? (periodLabels[code] as string) : code)),
      series,
      unit: percent ? 'percent' : 'number',
      unitLabel: unit?.label,
      context,
      source: ds.source ?? undefined,
      updated: ds.updated ?? undefined,
      example: raw.extension?.example === true,
    },
  };
}
