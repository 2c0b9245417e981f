/**
 * Shared helpers for the feed adapters: defensive readers for untrusted JSON (every reader returns
 * undefined rather than throwing), the unit-connection mapping both Helsinki unit feeds share, and
 * the one place where a unit's facts become this project's Service.
 *
 * Link safety follows packages/core/src/safe/safe-url.ts: web contacts are kept only as absolute
 * http(s) URLs (mailto and tel are the email and phone contact kinds), so `javascript:`, `data:`,
 * relative and unparsable links are dropped here, before any widget sees them.
 */
import type {
  AccessibilityGroup,
  Channel,
  Contact,
  Coordinates,
  FactSource,
  LocalizedText,
  Location,
  OpeningHours,
  Service,
} from '@hki-widgets/data';

export type JsonObject = Record<string, unknown>;

/** What every adapter list function returns: the services it could read and how many entries it could not. */
export interface AdaptResult {
  services: Service[];
  skipped: number;
}

/** The languages Helsinki's feeds translate into (the `_fi` / `_sv` / `_en` suffixes and `{fi, sv, en}` objects). */
export const FEED_LANGUAGES = ['fi', 'sv', 'en'] as const;

/** The programme schema's LocaleCode pattern: keys of a LocalizedText must match it. */
const LOCALE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

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

/**
 * A unit connection, read from either feed: Service Map v2 gives `name` and `www` as `{fi, sv, en}`
 * objects, TPR v4 gives `name_fi`… and `www_fi`…; both give `section_type`, `phone`, `email`.
 */
export interface FeedConnection {
  sectionType: string;
  name?: LocalizedText;
  urls: string[];
  phone?: string;
  email?: string;
}

/**
 * Accessibility sentences as TPR gives them: one flat item per sentence (`sentence_fi`…), its group
 * repeated on each (`sentence_group_fi`…). Sentences are grouped by their displayed group, keyed by
 * its Finnish text as the Service Map front end does (City-of-Helsinki/servicemap,
 * src/accessibility-sentences.coffee); `sentence_group_name` is a finer internal key that does not
 * always match the displayed group, so it is only the last resort.
 */
export function accessibilityFromSentences(value: unknown): Omit<AccessibilityGroup, 'source'>[] {
  if (!Array.isArray(value)) return [];
  const groups = new Map<string, Omit<AccessibilityGroup, 'source'>>();
  for (const item of value) {
    if (!isRecord(item)) continue;
    const sentence = flatLocalized(item, 'sentence');
    if (!sentence) continue;
    const group = flatLocalized(item, 'sentence_group');
    const key = group ? (group.fi ?? Object.values(group)[0]) : (text(item.sentence_group_name) ?? '');
    let entry = groups.get(key);
    if (!entry) {
      entry = group ? { group, sentences: [] } : { sentences: [] };
      groups.set(key, entry);
    }
    entry.sentences.push(sentence);
  }
  return [...groups.values()];
}

/** The facts of one unit, read from a feed, before they become a Service. */
export interface UnitFacts {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  providerName?: LocalizedText;
  street?: LocalizedText;
  postalCode?: string;
  city?: LocalizedText;
  coordinates?: Coordinates;
  phone?: string;
  email?: string;
  urls: string[];
  connections: FeedConnection[];
  accessibility: Omit<AccessibilityGroup, 'source'>[];
}

/** Which feed the facts came from: the prefix of the service id and the source id of its facts. */
export interface FeedInfo {
  prefix: string;
  sourceId: string;
}

/** Section types whose links are contacts of the unit (Hauki's TPR importer treats the e-service ones as online services). */
const LINK_SECTIONS = new Set(['LINK', 'ESERVICE_LINK', 'SOCIAL_MEDIA_LINK']);

function addContact(contacts: Contact[], contact: Contact): void {
  if (!contacts.some((c) => c.kind === contact.kind && c.value === contact.value)) contacts.push(contact);
}

function labelled(kind: Contact['kind'], value: string, label: LocalizedText | undefined): Contact {
  return label ? { kind, value, label } : { kind, value };
}

/**
 * Builds a Service from a unit's facts. What the feeds do not say stays empty or unknown: topics,
 * audiences and languages are [], channels holds 'in-person' only when the unit has an address or
 * coordinates (and 'online' only for an e-service link), opening hours are free text only when an
 * OPENING_HOURS connection gives text, otherwise { kind: 'unknown' }.
 */
export function buildService(facts: UnitFacts, feed: FeedInfo): Service {
  const source: FactSource = { sourceId: feed.sourceId, ref: `unit ${facts.id}` };

  const contacts: Contact[] = [];
  if (facts.phone) addContact(contacts, { kind: 'phone', value: facts.phone });
  if (facts.email) addContact(contacts, { kind: 'email', value: facts.email });
  for (const url of facts.urls) addContact(contacts, { kind: 'web', value: url });

  const hourLines: LocalizedText[] = [];
  let online = false;
  for (const connection of facts.connections) {
    const { sectionType, name } = connection;
    if (sectionType === 'OPENING_HOURS') {
      // A connection with a link points at a page of hours (its name is only the link's label);
      // one without a link carries the hours themselves as text.
      if (connection.urls.length > 0) for (const url of connection.urls) addContact(contacts, labelled('web', url, name));
      else if (name) hourLines.push(name);
    } else if (sectionType === 'PHONE_OR_EMAIL') {
      if (connection.phone) addContact(contacts, labelled('phone', connection.phone, name));
      if (connection.email) addContact(contacts, labelled('email', connection.email, name));
    } else if (LINK_SECTIONS.has(sectionType)) {
      for (const url of connection.urls) addContact(contacts, labelled('web', url, name));
      if (sectionType === 'ESERVICE_LINK' && connection.urls.length > 0) online = true;
    }
  }

  let openingHours: OpeningHours = { kind: 'unknown' };
  if (hourLines.length > 0) {
    const joined: LocalizedText = {};
    for (const line of hourLines) {
      for (const [lang, value] of Object.entries(line)) joined[lang] = lang in joined ? `${joined[lang]}\n${value}` : value;
    }
    openingHours = { kind: 'text', text: joined, source };
  }

  const location: Location = {};
  if (facts.street) location.street = facts.street;
  if (facts.postalCode) location.postalCode = facts.postalCode;
  if (facts.city) location.city = facts.city;
  if (facts.coordinates) location.coordinates = facts.coordinates;
  const hasLocation = Object.keys(location).length > 0;
  const inPerson = Boolean(facts.street || facts.coordinates);

  const channels: Channel[] = [];
  if (inPerson) channels.push('in-person');
  if (online) channels.push('online');

  const service: Service = {
    id: `${feed.prefix}-${facts.id}`,
    name: facts.name,
    // The schema requires a description; a unit without one repeats its name rather than inventing text.
    description: facts.description ?? facts.name,
    topics: [],
    audiences: [],
    languages: [],
    channels,
    openingHours,
    sources: [source],
    provenance: { name: 'seed-other', description: 'seed-other' },
  };
  if (facts.providerName) service.providerName = facts.providerName;
  if (hasLocation) service.locations = [{ ...location, source }];
  if (contacts.length > 0) service.contacts = contacts;
  if (facts.accessibility.length > 0) service.accessibility = facts.accessibility.map((group) => ({ ...group, source }));
  return service;
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
 * Reads a list response (a plain array, or `{count, next, results: [...]}`) unit by unit. Entries
 * that cannot be read, and repeated ids, are counted in `skipped`; a single unit object is read as
 * a list of one; any other top-level value counts as one skipped entry.
 */
export function adaptUnitList(json: unknown, adaptUnit: (unit: unknown) => Service | undefined): AdaptResult {
  let items: unknown[];
  if (Array.isArray(json)) items = json;
  else if (isRecord(json) && Array.isArray(json.results)) items = json.results;
  else if (isRecord(json) && 'id' in json) items = [json];
  else return { services: [], skipped: 1 };

  const services: Service[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of items) {
    const service = readSafely(() => adaptUnit(item));
    if (!service || seen.has(service.id)) {
      skipped += 1;
      continue;
    }
    seen.add(service.id);
    services.push(service);
  }
  return { services, skipped };
}
