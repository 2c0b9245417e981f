/**
 * Reads a chart from an HTML table written inside the element (progressive enhancement): without
 * JavaScript the table is the content; with it, the chart is drawn from the same numbers.
 *
 * The first column holds the periods or categories (row headers); each further column is a series,
 * named by its header. Numbers may be written in Finnish (1 050,5; 14,2 %) or with a point.
 */
import { parseNumber, type ChartModel } from './model.js';

export function readTable(table: HTMLTableElement): ChartModel | undefined {
  const allRows = [...table.rows];
  if (allRows.length < 2) return undefined;
  const header = table.tHead?.rows[0] ?? allRows[0];
  const body = allRows.filter((r) => r !== header && r.parentElement?.tagName !== 'TFOOT');
  const headings = [...header.cells].map((c) => c.textContent?.trim() ?? '');
  if (headings.length < 2 || body.length === 0) return undefined;
  const periods = body.map((r) => r.cells[0]?.textContent?.trim() ?? '');
  const percent = [...table.querySelectorAll('td')].some((td) => td.textContent?.includes('%'));
  const looksLikeTime = periods.every((p) => /^\d{4}([-/ ]?(Q[1-4]|H[12]|M?\d{1,2}))?$/i.test(p));
  return {
    title: table.caption?.textContent?.trim() ?? '',
    lang: table.closest('[lang]')?.getAttribute('lang') ?? undefined,
    axis: looksLikeTime ? 'time' : 'category',
    axisLabel: headings[0],
    periods,
    series: headings.slice(1).map((label, column) => ({
      id: `column-${column + 1}`,
      label,
      values: body.map((r) => parseNumber(r.cells[column + 1]?.textContent ?? '')),
    })),
    unit: percent ? 'percent' : 'number',
    context: [],
    example: table.dataset.example === 'true',
  };
}
