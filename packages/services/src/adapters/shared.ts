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

/** What every adapter list function returns: the services it could read and how many entries it could not. */
export interface AdaptResult {
  services: Service[];
  skipped: number;
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

/** The distinct http(s) URLs of a field that is a plain string or a `{fi, sv, en}` object, in fi, sv, en order. */
export function httpUrls(...values: unknown[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const candidates = isRecord(value) ? Object.values(value) : [value];
    for (const candidate of candidates) {
      const url = httpUrl(candidate);
      if (url !== undefined && !out.includes(url)) out.push(url);
    }
  }
  return out;
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

/** Reads a list entry by entry: entries that cannot be read, and repeated ids, are counted in `skipped`. */
export function readEntries(items: unknown[], read: (item: unknown) => Service | undefined): AdaptResult {
  const services: Service[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of items) {
    const service = readSafely(() => read(item));
    if (!service || seen.has(service.id)) {
      skipped += 1;
      continue;
    }
    seen.add(service.id);
    services.push(service);
  }
  return { services, skipped };
}
