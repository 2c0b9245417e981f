/**
 * The Helsinki unit feeds (Service Map v2 and TPR v4): what both name alike, read once for either
 * feed's way of writing its records, the unit-connection mapping they share, and the one place
 * where a unit's facts become this project's Service.
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
import {
  emailAddress,
  flatLocalized,
  isRecord,
  phoneNumber,
  postalCode,
  readEntries,
  readSafely,
  text,
  unitId,
  type AdaptResult,
  type JsonObject,
} from './shared.js';

/**
 * A unit connection, read from either feed: Service Map v2 gives `name` and `www` as `{fi, sv, en}`
 * objects, TPR v4 gives `name_fi`… and `www_fi`…; both give `section_type`, `phone`, `email`.
 */
interface FeedConnection {
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
function accessibilityFromSentences(value: unknown): Omit<AccessibilityGroup, 'source'>[] {
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

/**
 * One feed and how it writes its records: the prefix of its service ids, the source id of its
 * facts, and its readers of translated fields and links (Service Map v2: `{fi, sv, en}` objects;
 * TPR v4: flat `name_fi`, `www_fi`… fields).
 */
export interface FeedDialect {
  prefix: string;
  sourceId: string;
  localized(record: JsonObject, field: string): LocalizedText | undefined;
  urls(record: JsonObject): string[];
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
function buildService(facts: UnitFacts, feed: Pick<FeedDialect, 'prefix' | 'sourceId'>): Service {
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

/**
 * A unit connection in a feed's dialect (`section_type`, the translated `name`, the links, `phone`, `email`).
 */
function readConnection(raw: unknown, dialect: FeedDialect): FeedConnection | undefined {
  if (!isRecord(raw)) return undefined;
  const sectionType = text(raw.section_type);
  if (sectionType === undefined) return undefined;
  const out: FeedConnection = { sectionType, urls: dialect.urls(raw) };
  const name = dialect.localized(raw, 'name');
  if (name) out.name = name;
  const phone = phoneNumber(raw.phone);
  if (phone) out.phone = phone;
  const email = emailAddress(raw.email);
  if (email) out.email = email;
  return out;
}

/**
 * The reader of one feed's units: the facts both feeds name alike (id, name, street address, postal
 * code, phone, email, links, connections, accessibility sentences) and the feed's own (`own`). A
 * unit without a usable id or name gives undefined. Never throws.
 */
export function unitReader(dialect: FeedDialect, own: (unit: JsonObject) => Partial<UnitFacts>): (unit: unknown) => Service | undefined {
  const read = (unit: unknown): Service | undefined => {
    if (!isRecord(unit)) return undefined;
    const id = unitId(unit.id);
    const name = dialect.localized(unit, 'name');
    if (id === undefined || name === undefined) return undefined;
    const connections = Array.isArray(unit.connections)
      ? unit.connections.map((c) => readConnection(c, dialect)).filter((c): c is FeedConnection => c !== undefined)
      : [];
    const facts: UnitFacts = {
      id,
      name,
      street: dialect.localized(unit, 'street_address'),
      postalCode: postalCode(unit.address_zip),
      phone: phoneNumber(unit.phone),
      email: emailAddress(unit.email),
      urls: dialect.urls(unit),
      connections,
      accessibility: accessibilityFromSentences(unit.accessibility_sentences),
      ...own(unit),
    };
    return buildService(facts, dialect);
  };
  return (unit) => readSafely(() => read(unit));
}

/**
 * Reads a list response (a plain array, or `{count, next, results: [...]}`) unit by unit. Entries
 * that cannot be read, and repeated ids, are counted in `skipped`; a single unit object is read as
 * a list of one; any other top-level value counts as one skipped entry.
 */
export function adaptUnitList(json: unknown, adaptUnit: (unit: unknown) => Service | undefined): AdaptResult {
  if (Array.isArray(json)) return readEntries(json, adaptUnit);
  if (isRecord(json) && Array.isArray(json.results)) return readEntries(json.results, adaptUnit);
  if (isRecord(json) && 'id' in json) return readEntries([json], adaptUnit);
  return { services: [], skipped: 1 };
}
