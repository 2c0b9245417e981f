/** The printed sheet: paper sizes, the document's @page rule, and letters fitted to the sheet. */

export type PaperSize = 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';

/** Printable area (mm) of each paper size in portrait, inside 10 mm margins. */
const PAPER: Record<PaperSize, [number, number]> = { a4: [190, 277], a3: [277, 400] };

/** The printable width and height (mm) of a sheet. */
export function sheetSize(size: PaperSize, orientation: Orientation): [number, number] {
  const [w, h] = PAPER[size];
  return orientation === 'landscape' ? [h, w] : [w, h];
}

/** One document-level @page rule for printed signs (an @page inside a shadow root does nothing). */
const pageSheets = new Map<string, CSSStyleSheet>();
export function usePageSize(size: PaperSize, orientation: Orientation): void {
  const key = `${size} ${orientation}`;
  if (pageSheets.has(key) || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${size.toUpperCase()} ${orientation}; margin: 10mm; }`);
  pageSheets.set(key, sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Without a viewing distance, the largest letters (in whole millimetres, 8–60) with which the
 * text still fits on the sheet and `wordsFit()` holds (every word fits its line: see words.ts):
 * a binary search over forced layouts, a few steps per change. The letter size is set as
 * `--font-mm` on the sheet's parent (the preview).
 */
export function fitText(sheet: HTMLElement, wordsFit: () => boolean = () => true): void {
  const preview = sheet.parentElement!;
  const fits = (mm: number) => {
    preview.style.setProperty('--font-mm', String(mm));
    return sheet.scrollHeight <= sheet.clientHeight + 1 && wordsFit();
  };
  let low = 8;
  let high = 60;
  if (!fits(low)) return; // even the smallest letters overflow: the editor check says so
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  fits(low);
}
