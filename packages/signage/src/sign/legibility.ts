/**
 * Letter size for a viewing distance, by the visual character height rule of the 2010 ADA Standards
 * for Accessible Design, section 703.5.5 (signs mounted 1,015–1,780 mm above the floor): at least
 * 16 mm for a viewing distance under 1,830 mm, plus 3.2 mm for every 305 mm beyond that. Heights
 * are of the uppercase I; a sans-serif font's cap height is about 0.7 of its size.
 */
export const CAP_HEIGHT_RATIO = 0.7;

/** Parses "5m", "5 m", "500cm", "5000mm", "2.5m" into millimetres; undefined when unreadable. */
export function parseDistance(value: string | null | undefined): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|m)?\s*$/i.exec(value ?? '');
  if (!match) return undefined;
  const n = Number(match[1].replace(',', '.'));
  const unit = (match[2] ?? 'm').toLowerCase();
  const mm = unit === 'mm' ? n : unit === 'cm' ? n * 10 : n * 1000;
  return mm > 0 ? mm : undefined;
}

/** The minimum cap height (mm) for a viewing distance (mm). */
export function minimumCapHeight(distanceMm: number): number {
  return distanceMm < 1830 ? 16 : 16 + (3.2 * (distanceMm - 1830)) / 305;
}

/** The font size (mm) that gives that cap height. */
export const fontSizeFor = (distanceMm: number): number => minimumCapHeight(distanceMm) / CAP_HEIGHT_RATIO;
