/**
 * Adapter: Helsinki Service Map API v2 units (https://api.hel.fi/servicemap/v2/unit/) → Service.
 *
 * Field names and shapes are taken from the Service Map backend's own code, not guessed:
 * - City-of-Helsinki/smbackend, services/api.py: UnitSerializer (translated fields become
 *   `{fi, sv, en}` objects or null; `location` is GeoJSON `{type: 'Point', coordinates: [lon, lat]}`;
 *   `department` / `root_department` are UUIDs unless `include=department`; `provider_type` is a
 *   name such as 'SELF_PRODUCED'; `connections` are serialised by UnitConnectionSerializer with
 *   `section_type` as its name; `service_nodes` / `services` with `include=…`;
 *   `accessibility_shortcoming_count` is a count per accessibility profile).
 * - City-of-Helsinki/smbackend, services/translation.py: the translated Unit fields are name, www,
 *   street_address, description, short_description, picture_caption, address_postal_full,
 *   call_charge_info; the translated UnitConnection fields are name and www.
 * - City-of-Helsinki/smbackend, services/models/unit.py (address_zip, phone, email, municipality as
 *   a munigeo id such as 'helsinki') and services/models/unit_connection.py (SECTION_TYPES:
 *   PHONE_OR_EMAIL, LINK, TOPICAL, OTHER_INFO, OPENING_HOURS, SOCIAL_MEDIA_LINK, OTHER_ADDRESS,
 *   HIGHLIGHT, ESERVICE_LINK, PRICE; fields name, www, email, phone, contact_person).
 * - City-of-Helsinki/smbackend, services/tests/test_unit_view_set_api.py: list responses are
 *   `{count, next, previous, results}` with integer unit ids.
 *
 * Mapping choices (see also units.ts):
 * - description: short_description, then description, per language (`short_desc` is read too for
 *   older deployments); a unit with neither repeats its name.
 * - city: an `address_city` object if present, else the name of an included `municipality` object;
 *   a bare municipality id ('helsinki') is an identifier, not a display name, and is not used.
 * - providerName: the name of an included department (or root department) object; bare UUIDs are not
 *   mapped to providerId, which must name an organisation of the programme package.
 * - www (the unit's and each connection's): one contact per unit or connection, its address per
 *   language when they differ (see shared.ts webAddress); the connection's name is the link's text.
 * - picture: `picture_url` (https only) with `picture_caption` as its alt text; without a caption,
 *   no picture (a picture the source does not describe is not shown).
 * - Not mapped (no field in the schema, or mapping them would invent meaning): provider_type,
 *   service_nodes / services (topics stay []: no agreed mapping from the service tree to topics),
 *   accessibility_shortcoming_count and accessibility_description (shortcomings per profile, not
 *   sentences), contact_person (a person's name), TOPICAL / HIGHLIGHT / OTHER_INFO / OTHER_ADDRESS /
 *   PRICE connections.
 * - accessibility_sentences: v2 does not serialise them (City-of-Helsinki/servicemap,
 *   src/accessibility-sentences.coffee fetches them from the older palvelukarttaws unit API); when a
 *   unit carries them in that flat shape (merged in by whoever built the feed) they are read as in tpr.ts.
 */
import type { Service } from '@hki-widgets/data';
import {
  coordinates,
  httpsUrl,
  isRecord,
  localized,
  mergeLocalized,
  webAddressOf,
  type AdaptResult,
  type JsonObject,
  type Tally,
} from './shared.js';
import { adaptUnitList, pictureOf, unitReader, type FeedDialect } from './units.js';

/** Service Map v2 writes translated fields as `{fi, sv, en}` objects and links as a string or such an object. */
const SERVICEMAP: FeedDialect = {
  prefix: 'servicemap',
  sourceId: 'servicemap',
  localized: (record, field) => localized(record[field]),
  www: (record, tally) => webAddressOf(record.www, tally),
};

/** GeoJSON Point `[lon, lat]` → `{lat, lon}`. */
function pointCoordinates(location: unknown) {
  if (!isRecord(location) || location.type !== 'Point' || !Array.isArray(location.coordinates)) return undefined;
  const [lon, lat] = location.coordinates as unknown[];
  return coordinates(lat, lon);
}

function nameOf(value: unknown) {
  return isRecord(value) ? localized(value.name) : undefined;
}

const readUnit = unitReader(SERVICEMAP, (u: JsonObject, tally: Tally) => ({
  description: mergeLocalized(localized(u.short_description), localized(u.short_desc), localized(u.description)),
  providerName: nameOf(u.department) ?? nameOf(u.root_department),
  city: localized(u.address_city) ?? nameOf(u.municipality),
  coordinates: pointCoordinates(u.location),
  picture: pictureOf(httpsUrl(u.picture_url, tally), localized(u.picture_caption)),
}));

/**
 * One Service Map v2 unit as a Service, or undefined when it has no usable id or name. Links that
 * are no http(s) address are left out (and counted in `tally` when one is given). Never throws.
 */
export function fromServiceMapUnit(unit: unknown, tally?: Tally): Service | undefined {
  return readUnit(unit, tally);
}

/** A Service Map v2 unit list (`{count, next, results}` or a plain array). Never throws. */
export function fromServiceMapList(json: unknown): AdaptResult {
  return adaptUnitList(json, fromServiceMapUnit);
}
