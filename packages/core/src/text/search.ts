/**
 * Search that ignores case and diacritics, in the way residents type: "lattlast" finds "lättläst",
 * "ohjaamo" finds "Ohjaamo", "tyollisyys" finds "työllisyys".
 */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l', œ: 'oe', þ: 'th' };

/** Lower case, letters without their diacritics, runs of space as one. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøđłœþ]/g, (c) => SPECIAL[c])
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words, folded. */
export const queryTerms = (query: string): string[] => fold(query).split(' ').filter(Boolean);

/** True when every word of the query is found in the (already folded) text. */
export const matchesAll = (terms: string[], foldedText: string): boolean => terms.every((t) => foldedText.includes(t));
