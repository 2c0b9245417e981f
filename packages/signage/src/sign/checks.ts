/**
 * The editor's check of a sign: what makes it harder to read, said before it goes on a wall.
 * Pure functions, so the preview, the console and the tests agree.
 */
import type { AttributeProblem } from './attributes.js';

export type SignIssue =
  | { kind: 'long-line'; lang: string; length: number }
  | { kind: 'capitals'; lang: string; word: string }
  | { kind: 'missing-language'; lang: string }
  | { kind: 'not-reviewed'; lang: string }
  | { kind: 'overflow'; lang: '' }
  /** A word that cannot fit its line at the letter size `viewing-distance` sets (a sign never breaks a word). */
  | { kind: 'long-word'; lang: string; word: string }
  /** An attribute value the sign did not understand, and what it used instead (see attributes.ts). */
  | { kind: 'attribute'; lang: ''; problem: AttributeProblem };

/** About this many characters is the most a sign's line should hold. */
export const MAX_LINE = 60;

/** A word of three or more letters written all in capitals (scripts that have capitals). */
const CAPITALS = /(?<![\p{L}])(\p{Lu}{3,})(?![\p{L}])/u;

export function checkSignText(lang: string, text: unknown, reviewed: boolean | undefined): SignIssue[] {
  if (typeof text !== 'string' || !text.trim()) return [{ kind: 'missing-language', lang }];
  const issues: SignIssue[] = [];
  for (const line of text.split(/\n/)) {
    if (line.trim().length > MAX_LINE) issues.push({ kind: 'long-line', lang, length: line.trim().length });
  }
  const capitals = CAPITALS.exec(text);
  if (capitals) issues.push({ kind: 'capitals', lang, word: capitals[1] });
  if (reviewed === false) issues.push({ kind: 'not-reviewed', lang });
  return issues;
}

/** A language's text from data, only when it is the object's own text (`text['__proto__']` is not a text). */
export function ownText(texts: object | undefined, lang: string): string | undefined {
  const value: unknown = texts && Object.hasOwn(texts, lang) ? (texts as Record<string, unknown>)[lang] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Whether a language's translation has been reviewed: undefined when the data does not say. */
export function ownReview(reviewed: object | undefined, lang: string): boolean | undefined {
  const value: unknown = reviewed && Object.hasOwn(reviewed, lang) ? (reviewed as Record<string, unknown>)[lang] : undefined;
  return typeof value === 'boolean' ? value : undefined;
}

/** Right-to-left languages a sign may carry. */
const RTL = new Set(['ar', 'fa', 'prs', 'ckb', 'he', 'ur', 'ps', 'yi', 'dv']);

/** The writing direction of a language tag ("fi-x-plain" → ltr, "ckb" → rtl). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const base = lang.toLowerCase().split('-')[0];
  if (RTL.has(base)) return 'rtl';
  try {
    const info = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
