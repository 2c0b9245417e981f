/**
 * The attributes of `<hki-sign>` as a web editor types them: trimmed, lower-cased, and checked.
 * A value that is not one of the documented ones falls back to the documented default, and the
 * fallback is a problem for the editor check and the console; a mistyped attribute never takes
 * the sign off the page. Properties set from script may be anything (`el.size = 42`, `el.languages
 * = null`): they are read as text first.
 */
export type Arrow = 'left' | 'right' | 'up' | 'down' | 'up-left' | 'up-right' | 'down-left' | 'down-right';
export type Size = 'screen' | 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';
export type Scheme = 'default' | 'inverse';

export const ARROWS: readonly Arrow[] = ['left', 'right', 'up', 'down', 'up-left', 'up-right', 'down-left', 'down-right'];
const SIZES: readonly Size[] = ['screen', 'a4', 'a3'];
const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape'];
const SCHEMES: readonly Scheme[] = ['default', 'inverse'];

/** The values each attribute can have. */
export const ALLOWED = { size: SIZES, orientation: ORIENTATIONS, arrow: [...ARROWS, 'none'], scheme: SCHEMES } as const;

export const DEFAULT_LANGUAGES = 'fi-x-plain sv-x-plain en';

/**
 * An attribute value the sign did not understand. `fallback` is the value used instead; without
 * one, the value is left out (a language tag) or the template's own is used (an arrow).
 */
export interface AttributeProblem {
  attribute: 'size' | 'orientation' | 'arrow' | 'scheme' | 'languages';
  value: string;
  fallback?: string;
}

/** What the sign's attributes mean. */
export interface SignAttributes {
  sign: string;
  size: Size;
  orientation: Orientation;
  /** undefined: the template's arrow; 'none': no arrow. */
  arrow?: Arrow | 'none';
  scheme: Scheme;
  languages: string[];
  viewingDistance: string;
  moreInfo: string;
  src: string;
  problems: AttributeProblem[];
}

/** The properties of the element that `normalise` reads (any of them may hold anything). */
export interface SignProperties {
  sign?: unknown;
  size?: unknown;
  orientation?: unknown;
  arrow?: unknown;
  scheme?: unknown;
  languages?: unknown;
  viewingDistance?: unknown;
  moreInfo?: unknown;
  src?: unknown;
}

/** Any value as trimmed text: null and undefined as '', a number as its digits, an object as ''. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

/**
 * How a property is written back to its attribute: a string as it is, anything else as text (an
 * object without a prototype would make `setAttribute` throw), null and undefined by removing it.
 */
export const asAttribute = { toAttribute: (value: unknown) => (typeof value === 'string' ? value : value == null ? null : asText(value)) };

/** True for a well-formed BCP 47 tag (`fi`, `fi-x-plain`, `ckb`), false for `__proto__`, `-1` or `<b>`. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** One of the allowed values (trimmed, lower-cased), or the default and a problem; empty means the default, quietly. */
function oneOf<T extends string>(
  attribute: AttributeProblem['attribute'],
  raw: unknown,
  allowed: readonly T[],
  fallback: T,
  problems: AttributeProblem[],
): T {
  const value = asText(raw).toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  if (value) problems.push({ attribute, value: asText(raw), fallback });
  return fallback;
}

export function normalise(el: SignProperties): SignAttributes {
  const problems: AttributeProblem[] = [];
  const size = oneOf('size', el.size, SIZES, 'screen', problems);
  const orientation = oneOf('orientation', el.orientation, ORIENTATIONS, 'portrait', problems);
  const scheme = oneOf('scheme', el.scheme, SCHEMES, 'default', problems);
  const arrowText = asText(el.arrow).toLowerCase();
  let arrow: Arrow | 'none' | undefined;
  if (arrowText === 'none' || (ARROWS as readonly string[]).includes(arrowText)) arrow = arrowText as Arrow | 'none';
  else if (arrowText) problems.push({ attribute: 'arrow', value: asText(el.arrow) });
  const tags = asText(el.languages).split(/\s+/).filter(Boolean);
  const wellFormed = tags.filter(isLanguageTag);
  let languages = [...new Set(wellFormed.map((t) => t.toLowerCase()))];
  if (!languages.length) {
    // Nothing readable (or nothing at all): the default languages, said only when something was written.
    languages = DEFAULT_LANGUAGES.split(' ');
    if (tags.length) problems.push({ attribute: 'languages', value: tags.join(' '), fallback: DEFAULT_LANGUAGES });
  } else for (const tag of tags.filter((t) => !isLanguageTag(t))) problems.push({ attribute: 'languages', value: tag });
  return {
    sign: asText(el.sign),
    size,
    orientation,
    arrow,
    scheme,
    languages,
    viewingDistance: asText(el.viewingDistance),
    moreInfo: asText(el.moreInfo),
    src: asText(el.src),
    problems,
  };
}
