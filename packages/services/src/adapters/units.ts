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
  Picture,
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
  type Tally,
  type WebAddress,
} from './shared.js';

/**
 * A unit connection, read from either feed: Service Map v2 gives `name` and `www` as `{fi, sv, en}`
 * objects, TPR v4 gives `name_fi`… and `www_fi`…; both give `section_type`, `phone`, `email`. One
 * connection is one contact, whatever the number of languages its address is given in.
 */
interface FeedConnection {
  sectionType: string;
  name?: LocalizedText;
  www?: WebAddress;
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
  www?: WebAddress;
  connections: FeedConnection[];
  accessibility: Omit<AccessibilityGroup, 'source'>[];
  picture?: Omit<Picture, 'source'>;
}

/**
 * One feed and how it writes its records: the prefix of its service ids, the source id of its
 * facts, and its readers of translated fields and links (Service Map v2: `{fi, sv, en}` objects;
 * TPR v4: flat `name_fi`, `www_fi`… fields). `www` counts the links it leaves out in the tally.
 */
export interface FeedDialect {
  prefix: string;
  sourceId: string;
  localized(record: JsonObject, field: string): LocalizedText | undefined;
  www(record: JsonObject, tally: Tally): WebAddress | undefined;
}

/** Section types whose links are contacts of the unit (Hauki's TPR importer treats the e-service ones as online services). */
const LINK_SECTIONS = new Set(['LINK', 'ESERVICE_LINK', 'SOCIAL_MEDIA_LINK']);

/**
 * Adds a contact unless one of the same kind and address is there already; a nameless one that is
 * there (the unit's own phone) takes the name of the later one (the "Cashier" connection of that number).
 */
function addContact(contacts: Contact[], contact: Contact): void {
  const same = contacts.find((c) => c.kind === contact.kind && c.value === contact.value);
  if (!same) contacts.push(contact);
  else if (!same.label && contact.label) same.label = contact.label;
}

function labelled(kind: Contact['kind'], value: string, label: LocalizedText | undefined): Contact {
  return label ? { kind, value, label } : { kind, value };
}

/** One web contact from an address given once or per language. */
function webContact(www: WebAddress, label: LocalizedText | undefined): Contact {
  const contact: Contact = { kind: 'web', value: www.value };
  if (www.values) contact.values = www.values;
  if (label) contact.label = label;
  return contact;
}

/**
 * Builds a Service from a unit's facts. What the feeds do not say stays empty or unknown: topics,
 * audiences and languages are [], channels holds 'in-person' only when the unit has an address or
 * coordinates (and 'online' only for an e-service link), opening hours are free text only when an
 * OPENING_HOURS connection gives text (each connection a line, its own line breaks kept),
 * otherwise { kind: 'unknown' }. Each connection is one contact, named by the connection's name.
 */
function buildService(facts: UnitFacts, feed: Pick<FeedDialect, 'prefix' | 'sourceId'>): Service {
  const source: FactSource = { sourceId: feed.sourceId, ref: `unit ${facts.id}` };

  const contacts: Contact[] = [];
  if (facts.phone) addContact(contacts, { kind: 'phone', value: facts.phone });
  if (facts.email) addContact(contacts, { kind: 'email', value: facts.email });
  if (facts.www) addContact(contacts, webContact(facts.www, undefined));

  const hourLines: LocalizedText[] = [];
  let online = false;
  for (const connection of facts.connections) {
    const { sectionType, name, www } = connection;
    if (sectionType === 'OPENING_HOURS') {
      // A connection with a link points at a page of hours (its name is only the link's label);
      // one without a link carries the hours themselves as text.
      if (www) addContact(contacts, webContact(www, name));
      else if (name) hourLines.push(name);
    } else if (sectionType === 'PHONE_OR_EMAIL') {
      if (connection.phone) addContact(contacts, labelled('phone', connection.phone, name));
      if (connection.email) addContact(contacts, labelled('email', connection.email, name));
    } else if (LINK_SECTIONS.has(sectionType) && www) {
      addContact(contacts, webContact(www, name));
      if (sectionType === 'ESERVICE_LINK') online = true;
    }
  }

  let openingHours: OpeningHours = { kind: 'unknown' };
  if (hourLines.length > 0) {
    const joined: LocalizedText = {};
    for (const line of hourLines) {
      for (const [lang, value] of Object.entries(line)) joined[lang] = lang in joined ? `${joined[lang]}\n${value}` : value;
    }
    openingHours = hourLines.length > 1 ? { kind: 'text', text: joined, lines: hourLines, source } : { kind: 'text', text: joined, source };
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
  if (facts.picture) service.picture = { ...facts.picture, source };
  return service;
}

/**
 * A unit connection in a feed's dialect (`section_type`, the translated `name`, the links, `phone`, `email`).
 */
function readConnection(raw: unknown, dialect: FeedDialect, tally: Tally): FeedConnection | undefined {
  if (!isRecord(raw)) return undefined;
  const sectionType = text(raw.section_type);
  if (sectionType === undefined) return undefined;
  const out: FeedConnection = { sectionType };
  const www = dialect.www(raw, tally);
  if (www) out.www = www;
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
 * unit without a usable id or name gives undefined; links that are no http(s) address are left
 * out and counted in the tally. Never throws.
 */
export function unitReader(
  dialect: FeedDialect,
  own: (unit: JsonObject, tally: Tally) => Partial<UnitFacts>,
): (unit: unknown, tally?: Tally) => Service | undefined {
  const read = (unit: unknown, tally: Tally): Service | undefined => {
    if (!isRecord(unit)) return undefined;
    const id = unitId(unit.id);
    const name = dialect.localized(unit, 'name');
    if (id === undefined || name === undefined) return undefined;
    const connections = Array.isArray(unit.connections)
      ? unit.connections.map((c) => readConnection(c, dialect, tally)).filter((c): c is FeedConnection => c !== undefined)
      : [];
    const facts: UnitFacts = {
      id,
      name,
      street: dialect.localized(unit, 'street_address'),
      postalCode: postalCode(unit.address_zip),
      phone: phoneNumber(unit.phone),
      email: emailAddress(unit.email),
      www: dialect.www(unit, tally),
      connections,
      accessibility: accessibilityFromSentences(unit.accessibility_sentences),
      ...own(unit, tally),
    };
    return buildService(facts, dialect);
  };
  return (unit, tally = { dropped: 0 }) => readSafely(() => read(unit, tally));
}

/**
 * A picture only with the source's own description of it: an https address (read with httpsUrl,
 * which counts a `picture_url` that is no http(s) address at all as a dropped link) and an alt
 * text in at least one language; anything else is no picture.
 */
export function pictureOf(url: string | undefined, alt: LocalizedText | undefined): Omit<Picture, 'source'> | undefined {
  return url && alt ? { url, alt } : undefined;
}

/**
 * Reads a list response (a plain array, or `{count, next, results: [...]}`) unit by unit. Entries
 * that cannot be read, and repeated ids, are counted in `skipped`, links left out of the units read
 * in `dropped`; a single unit object is read as a list of one; any other top-level value counts as
 * one skipped entry.
 */
export function adaptUnitList(json: unknown, adaptUnit: (unit: unknown, tally: Tally) => Service | undefined): AdaptResult {
  if (Array.isArray(json)) return readEntries(json, adaptUnit);
  if (isRecord(json) && Array.isArray(json.results)) return readEntries(json.results, adaptUnit);
  if (isRecord(json) && 'id' in json) return readEntries([json], adaptUnit);
  return { services: [], skipped: 1 };
}
