/** The languages the widgets' own interface is written in. */
export const UI_LOCALES = ['en', 'fi', 'sv'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/**
 * The interface languages written right to left: none of fi, sv and en. The widgets' own content takes the
 * direction of its language, not the page's: English on an Arabic page reads left to right.
 */
const RIGHT_TO_LEFT_UI_LOCALES: ReadonlySet<string> = new Set<string>();

/** The writing direction of an interface language (for `dir` on the content written in it). */
export function uiDirection(locale: UiLocale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT_UI_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/** The locale the interface falls back to for any other page language. */
export const FALLBACK_LOCALE: UiLocale = 'en';

export interface ResolvedLocale {
  /** The interface language to use. */
  locale: UiLocale;
  /** True when the page's language is not one the interface is written in. */
  fallback: boolean;
}

/**
 * Maps a page's BCP 47 language tag to an interface language: fi, sv, en and their regional forms
 * (fi-FI, sv-FI, en-GB) map to their language; anything else, or nothing, falls back to English.
 */
export function resolveLocale(tag: string | null | undefined): ResolvedLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const match = UI_LOCALES.find((l) => l === language);
  return match ? { locale: match, fallback: false } : { locale: FALLBACK_LOCALE, fallback: true };
}
