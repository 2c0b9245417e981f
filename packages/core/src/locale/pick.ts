import type { LocalizedText } from '@hki-widgets/data';

export interface PickedText {
  text: string;
  /** The language the text is in. */
  lang: string;
  /** True when the text is not in the requested language (mark it with `lang`, WCAG 3.1.2). */
  fallback: boolean;
}

/** The order in which other languages are tried when a text lacks the requested one. */
export const FALLBACK_CHAIN = ['en', 'fi', 'sv'];

/**
 * Picks one language from a `{fi, sv, en, …}` text: the requested locale, then English, Finnish,
 * Swedish, then whatever the text has. Returns undefined only when the text has no usable string.
 */
export function pickText(text: LocalizedText | null | undefined, locale: string): PickedText | undefined {
  if (!text || typeof text !== 'object') return undefined;
  // (The requested language first, without making the chain: a list of 10,000 names asks this for each.)
  const own = (text as Record<string, unknown>)[locale];
  if (typeof own === 'string' && own.trim() !== '') return { text: own, lang: locale, fallback: false };
  const chain = [locale, ...FALLBACK_CHAIN, ...Object.keys(text)];
  for (const lang of chain) {
    const value = (text as Record<string, unknown>)[lang];
    if (typeof value === 'string' && value.trim() !== '') return { text: value, lang, fallback: lang !== locale };
  }
  return undefined;
}
