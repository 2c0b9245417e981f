/**
 * Shared helpers for the adapters: defensive readers for untrusted JSON (every reader returns
 * undefined rather than throwing), and the reading of a list entry by entry.
 *
 * Link safety follows packages/core/src/safe/safe-url.ts: web contacts are kept only as absolute
 * http(s) URLs (mailto and tel are the email and phone contact kinds), so `javascript:`, `data:`,
 * relative and unparsable links are dropped here, before any widget sees them.
 */
import type { Coordinates, LocalizedText, Service } from '@hki-widgets/data';

export type JsonObject = Record<string, unknown>;

/**
 * What every adapter list function returns: the services it could read, how many entries it could
 * not, and (only when there were any) how many links it left out of the services it read because
 * they were no absolute http(s) address (`javascript:`, `data:`, relative…).
 */
export interface AdaptResult {
  services: Service[];
  skipped: number;
  dropped?: number;
}

/** A running count of what a reader left out of the units it read (see AdaptResult.dropped). */
export interface Tally {
  dropped: number;
}

/** The languages Helsinki's feeds translate into (the `_fi` / `_sv` / `_en` suffixes and `{fi, sv, en}` objects). */
export const FEED_LANGUAGES = ['fi', 'sv', 'en'] as const;

/** The programme schema's LocaleCode pattern: keys of a LocalizedText must match it. */
export const LOCALE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty, trimmed string with Windows line ends normalised; anything else is undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\r\n?/g, '\n').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A translated field given as an object (`{fi, sv, en}`, values may be null): its non-empty texts. */
export function localized(value: unknown): LocalizedText | undefined {
  if (!isRecord(value)) return undefined;
  const out: LocalizedText = {};
  for (const [lang, raw] of Object.entries(value)) {
    const t = text(raw);
    if (t !== undefined && LOCALE_CODE.test(lang)) out[lang] = t;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A translated field given flat (`name_fi`, `name_sv`, `name_en`), as TPR writes them. */
export function flatLocalized(record: JsonObject, base: string): LocalizedText | undefined {
  const out: LocalizedText = {};
  for (const lang of FEED_LANGUAGES) {
    const t = text(record[`${base}_${lang}`]);
    if (t !== undefined) out[lang] = t;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Per language, the first text that has that language (so a short text wins over a long one). */
export function mergeLocalized(...texts: (LocalizedText | undefined)[]): LocalizedText | undefined {
  const out: LocalizedText = {};
  for (const t of texts) {
    if (!t) continue;
    for (const [lang, value] of Object.entries(t)) if (!(lang in out)) out[lang] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** An absolute http(s) URL (normalised), or undefined for every other protocol and for unparsable text. */
export function httpUrl(value: unknown): string | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

/** An absolute https URL (normalised), or undefined; a string that is no http(s) URL at all is counted as dropped. */
export function httpsUrl(value: unknown, tally?: Tally): string | undefined {
  const url = httpUrl(value);
  if (url === undefined && text(value) !== undefined && tally) tally.dropped += 1;
  return url?.startsWith('https:') ? url : undefined;
}

/** A web address as a feed gives it: one address, and the address per language when the feed writes one per language. */
export interface WebAddress {
  value: string;
  values?: LocalizedText;
}

/**
 * A web address given per language (`{fi, sv, en}` or TPR's `www_fi`…, as a LocalizedText of raw
 * values): the http(s) ones, `value` the first in fi, sv, en order. `values` is left out when every
 * language links to the same address (the link then has no language of its own). Strings that are
 * no http(s) URL are dropped and counted in the tally.
 */
export function webAddress(perLanguage: Record<string, unknown>, tally?: Tally): WebAddress | undefined {
  const values: LocalizedText = {};
  const order = [...FEED_LANGUAGES, ...Object.keys(perLanguage).filter((l) => !(FEED_LANGUAGES as readonly string[]).includes(l))];
  for (const lang of order) {
    if (!Object.hasOwn(perLanguage, lang) || !LOCALE_CODE.test(lang)) continue;
    const raw = perLanguage[lang];
    const url = httpUrl(raw);
    if (url !== undefined) values[lang] = url;
    else if (text(raw) !== undefined && tally) tally.dropped += 1;
  }
  const urls = Object.values(values);
  if (urls.length === 0) return undefined;
  const same = urls.every((u) => u === urls[0]) && FEED_LANGUAGES.every((l) => l in values);
  return same ? { value: urls[0] } : { value: urls[0], values };
}

/** A web address given as one string (language unknown) or per language as a `{fi, sv, en}` object. */
export function webAddressOf(value: unknown, tally?: Tally): WebAddress | undefined {
  if (isRecord(value)) return webAddress(value, tally);
  const url = httpUrl(value);
  if (url === undefined && text(value) !== undefined && tally) tally.dropped += 1;
  return url === undefined ? undefined : { value: url };
}

const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[^\s@<>()[\]\\,;:"']+$/;

/** One plain email address (a `mailto:` prefix is removed); anything else is undefined. */
export function emailAddress(value: unknown): string | undefined {
  const t = text(value)?.replace(/^mailto:/i, '');
  return t !== undefined && EMAIL.test(t) ? t : undefined;
}

const PHONE = /^\+?[0-9(][0-9 ()./-]{2,39}$/;

/**
 * One phone number written with digits and the usual separators (a `tel:` prefix is removed).
 * Numbers mixed with words ("… (vaihde)") are dropped rather than turned into broken tel: links.
 */
export function phoneNumber(value: unknown): string | undefined {
  const t = text(value)?.replace(/^tel:/i, '');
  if (t === undefined || !PHONE.test(t)) return undefined;
  return (t.match(/[0-9]/g)?.length ?? 0) >= 5 ? t : undefined;
}

/** A Finnish five-digit postal code (the schema's pattern). */
export function postalCode(value: unknown): string | undefined {
  const t = text(value);
  return t !== undefined && /^[0-9]{5}$/.test(t) ? t : undefined;
}

/**
 * WGS 84 coordinates from two numbers. Out-of-range values (for example projected ETRS-TM35FIN
 * metres) and (0, 0), which the feeds use for "no coordinates", give undefined.
 */
export function coordinates(lat: unknown, lon: unknown): Coordinates | undefined {
  if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return undefined;
  if (lat === 0 && lon === 0) return undefined;
  return { lat, lon };
}

/** A unit id as the feeds give it (a non-negative integer, or a string of digits), as a string. */
export function unitId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
  if (typeof value === 'string' && /^[0-9]{1,15}$/.test(value.trim())) return value.trim();
  return undefined;
}
/** Runs a reader and turns anything it throws (hostile getters, proxies) into undefined. */
export function readSafely<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Reads a list entry by entry: entries that cannot be read, and repeated ids, are counted in
 * `skipped`; links a reader left out of the entries it read are counted in `dropped` (only when any).
 */
export function readEntries(items: unknown[], read: (item: unknown, tally: Tally) => Service | undefined): AdaptResult {
  const services: Service[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let dropped = 0;
  for (const item of items) {
    const tally: Tally = { dropped: 0 };
    const service = readSafely(() => read(item, tally));
    if (!service || seen.has(service.id)) {
      skipped += 1;
      continue;
    }
    seen.add(service.id);
    services.push(service);
    dropped += tally.dropped;
  }
  return dropped > 0 ? { services, skipped, dropped } : { services, skipped };
}
