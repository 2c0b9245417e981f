import { svg, type SVGTemplateResult } from 'lit';

/**
 * The pictograms' drawings, keyed by id, each drawn on a 48 × 48 grid (viewBox `0 0 48 48`) within a
 * 2-unit safe margin, with one stroke: width 3, round caps and joins, `currentColor` for every stroke
 * and fill, so a sign's colour scheme and forced-colors mode reach them. Each value is the inner
 * content of an `<svg viewBox="0 0 48 48" fill="none" stroke="currentColor" stroke-width="3"
 * stroke-linecap="round" stroke-linejoin="round">` that `<hki-sign>` renders around it.
 *
 * Drawn for hki-widgets by "hki-widgets contributors" and released under CC0-1.0: they are not
 * copied or traced from Papunet, ARASAAC, Sclera or ISO 7001 symbols. No text or letters appear in
 * them (the information sign's "i" is a dot and a bar), and no national symbols.
 */
export const PICTOGRAMS: Record<string, SVGTemplateResult> = {
  information: svg`<circle cx="24" cy="24" r="20"/><circle cx="24" cy="14" r="1.5" fill="currentColor"/><path d="M24 21V34"/>`,
  reception: svg`<circle cx="14" cy="9" r="3.5" fill="currentColor"/><path d="M6 27V23a5 5 0 0 1 5-5h6a5 5 0 0 1 5 5v4"/><path d="M4 27H44M8 27V44M40 27V44"/><path d="M27 27a7 7 0 0 1 14 0ZM34 20V17M31 17H37"/>`,
  toilets: svg`<circle cx="12" cy="8" r="3.5" fill="currentColor"/><path d="M5 28V21a4 4 0 0 1 4-4h6a4 4 0 0 1 4 4v7M9 21V44M15 21V44"/><path d="M24 4V44"/>
    <circle cx="36" cy="8" r="3.5" fill="currentColor"/><path d="M29 28V21a4 4 0 0 1 4-4h6a4 4 0 0 1 4 4v7M33 18L28 32H44L39 18M33 32V44M39 32V44"/>`,
  'accessible-toilet': svg`<circle cx="14" cy="7" r="3.5" fill="currentColor"/><path d="M14 14V27H23L26 37H29M14 19H21M11.6 24.6a10 10 0 1 0 13.2 11.1"/><path d="M38 11H44V25H38ZM31 29H44M31 29a7 7 0 0 0 7 7H41a3 3 0 0 0 3-3V29M36 36L35 44H42L41 36"/>`,
  'changing-rooms': svg`<path d="M20 12a4 4 0 1 1 4 4V19L6 30H42L24 19"/><path d="M6 38H42M10 38V44M38 38V44"/>`,
  showers: svg`<path d="M8 44V12a6 6 0 0 1 6-6h10a6 6 0 0 1 6 6"/><path d="M21 20a9 9 0 0 1 18 0Z" fill="currentColor"/><path d="M23 27L21 31M30 27V31M37 27L39 31M21 36L19 40M30 36V40M39 36L41 40"/>`,
  sauna: svg`<circle cx="11" cy="8" r="3.5" fill="currentColor"/><path d="M11 15V25H24L28 34H32M11 18L18 24M4 30H22V38H38V44"/><path d="M34 4q-3 4 0 8t0 8M41 4q-3 4 0 8t0 8"/>`,
  'swimming-pool': svg`<circle cx="36" cy="13" r="3.5" fill="currentColor"/><path d="M6 26L30 20Q24 8 12 12"/><path d="M4 34q5-4 10 0t10 0t10 0t10 0M4 42q5-4 10 0t10 0t10 0t10 0"/>`,
  gym: svg`<path d="M16 24H32"/><rect x="10" y="12" width="6" height="24" rx="2" fill="currentColor"/><rect x="32" y="12" width="6" height="24" rx="2" fill="currentColor"/>
    <rect x="4" y="17" width="4" height="14" rx="1.5" fill="currentColor"/><rect x="40" y="17" width="4" height="14" rx="1.5" fill="currentColor"/>`,
  lockers: svg`<rect x="8" y="4" width="32" height="40" rx="3"/><path d="M24 4V44M13 11H19M13 16H19M29 11H35M29 16H35M19 26V30M29 26V30"/>`,
  entrance: svg`<path d="M26 5H38a4 4 0 0 1 4 4V39a4 4 0 0 1-4 4H26"/><path d="M5 24H31M23 16L31 24L23 32"/>`,
  exit: svg`<path d="M22 5H10a4 4 0 0 0-4 4V39a4 4 0 0 0 4 4H22"/><path d="M17 24H43M35 16L43 24L35 32"/>`,
  lift: svg`<rect x="8" y="4" width="32" height="40" rx="3"/><path d="M24 10L31 19H17Z" fill="currentColor"/><path d="M24 38L31 29H17Z" fill="currentColor"/>`,
  stairs: svg`<path d="M4 43H14V33H24V23H34V13H44"/><path d="M6 26L20 12M12 12H20V20"/>`,
  'first-aid': svg`<rect x="5" y="13" width="38" height="29" rx="4"/><path d="M18 13V10a3 3 0 0 1 3-3h6a3 3 0 0 1 3 3v3"/><path d="M21 20h6v5h5v6h-5v5h-6v-5h-5v-6h5Z" fill="currentColor"/>`,
  'drinking-water': svg`<path d="M4 10H20a6 6 0 0 1 6 6V18M12 10V5M8 5H16"/><path d="M26 23q-4 5-4 8a4 4 0 0 0 8 0q0-3-4-8Z" fill="currentColor"/><path d="M14 31L16 44H36L38 31"/>`,
  'shoes-off': svg`<circle cx="24" cy="24" r="20"/><path d="M38 15H31Q29 21 21 23L15 25a5 5 0 0 0-5 5V31H38Z"/><path d="M10 10L38 38"/>`,
  'quiet-area': svg`<circle cx="24" cy="20" r="16"/><path d="M16 16q2 2 4 0M28 16q2 2 4 0M18 27H30"/><rect x="22.5" y="22" width="3" height="14" rx="1.5" fill="currentColor"/><rect x="19" y="34" width="10" height="9" rx="3" fill="currentColor"/>`,
  'childrens-area': svg`<circle cx="16" cy="21" r="3.5" fill="currentColor"/><path d="M10 37V32a4 4 0 0 1 4-4h4l9-8M13 32V44M19 32V44M19 28V32"/><ellipse cx="33" cy="13" rx="7" ry="8"/><path d="M33 21L27 20"/>`,
  cafe: svg`<path d="M8 20H32V30a8 8 0 0 1-8 8H16a8 8 0 0 1-8-8Z"/><path d="M32 23h3a4 4 0 0 1 0 8h-3"/><path d="M4 43H40"/><path d="M15 14q-2-3 0-5t0-5M23 14q-2-3 0-5t0-5"/>`,
  'library-books': svg`<rect x="6" y="10" width="7" height="32"/><rect x="15" y="6" width="8" height="36"/><rect x="25" y="12" width="6" height="30"/><path d="M33 14L40 12L44 40L37 42Z"/><path d="M4 44H44"/>`,
  'borrowing-returns': svg`<path d="M8 9H38M32 4L38 9L32 14M40 20H10M16 15L10 20L16 25"/><path d="M24 33q-8-4-18-2V42q10-2 18 2q8-4 18-2V31q-10-2-18 2ZM24 33V44"/>`,
  'help-desk': svg`<circle cx="17" cy="13" r="3.5" fill="currentColor"/><path d="M9 31V27a5 5 0 0 1 5-5h6a5 5 0 0 1 5 5v4"/><path d="M4 31H44M8 31V44M40 31V44"/><path d="M28 4H42a2 2 0 0 1 2 2V14a2 2 0 0 1-2 2H34L30 20V16H28a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z"/>`,
  wifi: svg`<path d="M10.2 28.2a18 18 0 0 1 27.6 0M5 21.7a26 26 0 0 1 38 0M16 34.5a10 10 0 0 1 16 0"/><circle cx="24" cy="40" r="2" fill="currentColor"/>`,
};

/** Every pictogram id, in drawing order. */
export const PICTOGRAM_IDS = Object.keys(PICTOGRAMS);

/** The pictograms' licence, as an SPDX identifier. */
export const PICTOGRAM_LICENCE = 'CC0-1.0';
