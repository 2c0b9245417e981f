/**
 * Adapter: TPR (Toimipisterekisteri, the Service Map's older REST API v4,
 * https://www.hel.fi/palvelukarttaws/rest/v4/unit/) flat units → Service.
 *
 * Field names and shapes are taken from public material, not guessed:
 * - REST API for City of Helsinki Service Map, version 4 (https://www.hel.fi/palvelukarttaws/restpages/ver4.html):
 *   the unit, connection and accessibility-sentence data models.
 * - City-of-Helsinki/hauki, hours/tests/fixtures/test_import_tprek_units.json and
 *   test_import_tprek_connections.json: real v4 units (id, name_fi/_sv/_en, short_desc_*, desc_*,
 *   latitude / longitude as numbers, street_address_*, address_zip, address_city_*, phone, email,
 *   www_*, extra_searchwords_fi, provider_type, dept_id…) and connections (section_type, name_*,
 *   www_*, phone, email, contact_person); hours/importer/tprek.py (the v4 base URL and how
 *   connection section types map to resources: LINK and ESERVICE_LINK are online services).
 * - City-of-Helsinki/unified-search, sources/ingest/importers/tests/mock_responses/unit-41102.json:
 *   a v4 unit fetched with `newfeatures=yes`, with `connections` and `accessibility_sentences`
 *   (sentence_group_name, sentence_group_*, sentence_*) embedded in the unit.
 * - City-of-Helsinki/smbackend, services/management/commands/services_import/units.py: how the
 *   Service Map itself imports these fields (desc → description, short_desc → short_description,
 *   latitude / longitude of 0 treated as missing).
 *
 * Mapping choices (see also units.ts): description is short_desc_*, then desc_*, per language, else
 * the name; a unit with no coordinates and no street address gets no 'in-person' channel; www_fi,
 * www_sv, www_en of the unit and of each connection are one contact, its address per language when
 * they differ; picture_url (https only) is a picture only with picture_caption_* as its alt text.
 * Not mapped: extra_searchwords_* (search words, not descriptions), provider_type, org_id / dept_id
 * (UUIDs, not organisations of the programme package), call_charge_info_*, accessibility_viewpoints
 * (coded colours per viewpoint), provided_languages and service_descriptions (their meaning for
 * "languages the service is given in" is not stated in the documentation read; never guessed),
 * TOPICAL / HIGHLIGHT / OTHER_INFO / OTHER_ADDRESS / PRICE connections.
 */
import type { Service } from '@hki-widgets/data';
import {
  coordinates,
  flatLocalized,
  httpsUrl,
  mergeLocalized,
  webAddress,
  type AdaptResult,
  type JsonObject,
  type Tally,
} from './shared.js';
import { adaptUnitList, pictureOf, unitReader, type FeedDialect } from './units.js';

/** TPR v4 writes translated fields and links flat: `name_fi`, `name_sv`, `name_en`, `www_fi`… */
const TPR: FeedDialect = {
  prefix: 'tpr',
  sourceId: 'tpr',
  localized: flatLocalized,
  www: (record, tally) => webAddress({ fi: record.www_fi, sv: record.www_sv, en: record.www_en }, tally),
};

const readUnit = unitReader(TPR, (unit: JsonObject, tally: Tally) => ({
  description: mergeLocalized(flatLocalized(unit, 'short_desc'), flatLocalized(unit, 'desc')),
  city: flatLocalized(unit, 'address_city'),
  coordinates: coordinates(unit.latitude, unit.longitude),
  picture: pictureOf(httpsUrl(unit.picture_url, tally), flatLocalized(unit, 'picture_caption')),
}));

/**
 * One TPR v4 unit as a Service, or undefined when it has no usable id or name. Links that are no
 * http(s) address are left out (and counted in `tally` when one is given). Never throws.
 */
export function fromTprUnit(unit: unknown, tally?: Tally): Service | undefined {
  return readUnit(unit, tally);
}

/** A TPR v4 unit list (the API's plain array, or `{results: [...]}`). Never throws. */
export function fromTprList(json: unknown): AdaptResult {
  return adaptUnitList(json, fromTprUnit);
}
