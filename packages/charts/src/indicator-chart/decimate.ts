/**
 * Thins a long series before chart.js sees it: min-max per bucket. The x range is cut into buckets
 * (about two per pixel column of a wide chart); each bucket keeps its lowest and its highest value,
 * in their order, so every peak and trough still shows. A missing value keeps its gap. Linear in the
 * number of values; the table, the CSV and the summary in words use every value, never these.
 */
export interface XY {
  x: number;
  y: number | null;
}

export function minMaxBuckets(values: readonly (number | null)[], buckets: number): XY[] {
  const n = values.length;
  if (n <= buckets * 2) return values.map((y, x) => ({ x, y: y ?? null }));
  const out: XY[] = [];
  const size = n / buckets;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size);
    const to = Math.min(n, Math.floor((b + 1) * size));
    let min = -1;
    let max = -1;
    let gap = -1;
    for (let i = from; i < to; i++) {
      const v = values[i];
      if (v === null || v === undefined) {
        if (gap < 0) gap = i;
        continue;
      }
      if (min < 0 || v < values[min]!) min = i;
      if (max < 0 || v > values[max]!) max = i;
    }
    const keep = [min, max].filter((i) => i >= 0).sort((a, b) => a - b);
    if (keep[0] === keep[1]) keep.pop();
    // A gap inside the bucket breaks the line where it falls.
    const points: XY[] = keep.map((i) => ({ x: i, y: values[i]! }));
    if (gap >= 0) points.push({ x: gap, y: null });
    points.sort((a, b) => a.x - b.x);
    out.push(...points);
  }
  return out;
}
