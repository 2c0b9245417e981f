/**
 * The small validator that runs in the browser on data loaded from a `src` URL, and the
 * cross-reference checks that the full (ajv) validation adds to the schema.
 *
 * Why not ajv in the browser: compiled for this schema it would outweigh every widget together.
 * This checker knows the schema's shape from `schema-meta.ts`, which is generated from the schema,
 * so both stay in step; it checks what the widgets rely on (each collection's required fields,
 * every text in every declared locale, and every reference), and `hki-data validate` runs the full
 * JSON Schema on top. The tests feed both the same broken packages.
 */
import { COLLECTIONS, PROGRAMME, REQUIRED_TOP_LEVEL } from './schema-meta.js';

/** One problem, located by a JSON Pointer into the package. */
export interface ValidationIssue {
  pointer: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: ValidationIssue[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Escapes one JSON Pointer reference token (RFC 6901). */
export const pointerToken = (token: string | number): string => String(token).replace(/~/g, '~0').replace(/\//g, '~1');

/** Any value as text for a message, whatever it is (String() throws on {"toString": 1}). */
export function show(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

const join = (base: string, ...tokens: (string | number)[]): string => base + tokens.map((t) => `/${pointerToken(t)}`).join('');

/**
 * The values at a dotted path with `[]` for "each item" ("objectives[]", "target.text"),
 * each with its JSON Pointer.
 */
export function valuesAt(root: unknown, path: string, base: string): [string, unknown][] {
  let current: [string, unknown][] = [[base, root]];
  for (const part of path.split('.')) {
    const each = part.endsWith('[]');
    const key = each ? part.slice(0, -2) : part;
    const next: [string, unknown][] = [];
    for (const [pointer, value] of current) {
      if (!isObject(value) || !(key in value)) continue;
      const child = value[key];
      if (each) {
        if (Array.isArray(child)) child.forEach((item, i) => next.push([join(pointer, key, i), item]));
      } else {
        next.push([join(pointer, key), child]);
      }
    }
    current = next;
  }
  return current;
}

function checkText(value: unknown, pointer: string, locales: string[], errors: ValidationIssue[]): void {
  if (!isObject(value)) {
    errors.push({ pointer, message: 'must be object: a text in several languages, like {"fi": "…", "sv": "…", "en": "…"}' });
    return;
  }
  for (const locale of locales) {
    const text = value[locale];
    if (typeof text !== 'string' || text.trim() === '') {
      errors.push({ pointer: join(pointer, locale), message: `is missing: every text needs a non-empty "${locale}" version` });
    }
  }
}

function checkProvenance(item: Json, fields: Set<string>, pointer: string, locales: string[], errors: ValidationIssue[]): void {
  const provenance = item.provenance;
  if (!isObject(provenance)) return; // a missing provenance is reported as a missing required field
  for (const field of fields) {
    const entry = provenance[field];
    if (entry === undefined) {
      errors.push({ pointer: join(pointer, 'provenance'), message: `does not say where "${field}" came from` });
    } else if (isObject(entry)) {
      for (const locale of locales) {
        if (!(locale in entry)) {
          errors.push({ pointer: join(pointer, 'provenance', field), message: `does not say where the "${locale}" text came from` });
        }
      }
    }
  }
}

function checkItem(
  item: unknown,
  pointer: string,
  spec: { required: readonly string[]; localized: readonly string[] },
  locales: string[],
  errors: ValidationIssue[],
): void {
  if (!isObject(item)) {
    errors.push({ pointer, message: 'must be an object' });
    return;
  }
  for (const field of spec.required) {
    if (!(field in item)) errors.push({ pointer, message: `is missing the required field "${field}"` });
  }
  const present = new Set<string>();
  for (const path of spec.localized) {
    for (const [at, value] of valuesAt(item, path, pointer)) {
      checkText(value, at, locales, errors);
      present.add(path.split('.')[0].replace('[]', ''));
    }
  }
  checkProvenance(item, present, pointer, locales, errors);
}

const REFERENCES: [collection: string, path: string, target: string][] = [
  ['measureSets', 'themeId', 'themes'],
  ['measureSets', 'indicatorIds[]', 'indicators'],
  ['measureSets', 'responsibleIds[]', 'organisations'],
  ['measures', 'setId', 'measureSets'],
  ['measures', 'indicatorIds[]', 'indicators'],
  ['measures', 'responsibleIds[]', 'organisations'],
  ['measures', 'statusScale', 'statusScales'],
  ['indicators', 'responsibleIds[]', 'organisations'],
  ['indicators', 'informationSourceIds[]', 'organisations'],
  ['organisations', 'parentId', 'organisations'],
  ['bestPractices', 'themeId', 'themes'],
  ['bestPractices', 'measureIds[]', 'measures'],
  ['bestPractices', 'organisationIds[]', 'organisations'],
  ...['keyFigures', 'themes', 'measureSets', 'measures', 'indicators', 'organisations', 'bestPractices', 'concepts'].map(
    (c) => [c, 'source.sourceId', 'sources'] as [string, string, string],
  ),
];

const NAMES: Record<string, string> = {
  themes: 'theme',
  measureSets: 'measure set',
  measures: 'measure',
  indicators: 'indicator',
  organisations: 'organisation',
  bestPractices: 'best practice',
  statusScales: 'status scale',
  sources: 'source',
};

/**
 * Checks what a JSON Schema cannot: ids are unique within each collection, every id a field refers
 * to exists, a measure's number starts with its set's number, and each status belongs to the
 * measure's scale. Expects the top-level collections to be arrays (skips any that are not).
 */
export function checkReferences(pkg: Json): ValidationIssue[] {
  const errors: ValidationIssue[] = [];
  const ids = new Map<string, Map<string, Json>>();
  for (const collection of Object.keys(COLLECTIONS)) {
    const items = pkg[collection];
    const byId = new Map<string, Json>();
    ids.set(collection, byId);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!isObject(item) || typeof item.id !== 'string') return;
      if (byId.has(item.id)) {
        errors.push({
          pointer: join('', collection, i, 'id'),
          message: `"${item.id}" is used by more than one ${NAMES[collection] ?? 'item'}`,
        });
      } else {
        byId.set(item.id, item);
      }
    });
  }
  for (const [collection, path, target] of REFERENCES) {
    const items = pkg[collection];
    if (!Array.isArray(items)) continue;
    const known = ids.get(target)!;
    items.forEach((item, i) => {
      for (const [pointer, value] of valuesAt(item, path, join('', collection, i))) {
        if (typeof value !== 'string') {
          errors.push({ pointer, message: `must be an id (text), not ${show(value)}` });
        } else if (!known.has(value)) {
          errors.push({ pointer, message: `names ${NAMES[target]} "${value}", which is not in "${target}"` });
        }
      }
    });
  }
  const programme = pkg.programme;
  for (const path of ['approval.source.sourceId', 'sources[].sourceId']) {
    for (const [pointer, value] of valuesAt(programme, path, '/programme')) {
      if (typeof value === 'string' && !ids.get('sources')!.has(value)) {
        errors.push({ pointer, message: `names source "${value}", which is not in "sources"` });
      }
    }
  }
  const measures = pkg.measures;
  if (Array.isArray(measures)) {
    measures.forEach((measure, i) => {
      if (!isObject(measure)) return;
      const set = typeof measure.setId === 'string' ? ids.get('measureSets')!.get(measure.setId) : undefined;
      if (set && typeof measure.id === 'string' && measure.id.split('.')[0] !== show(set.number)) {
        errors.push({
          pointer: join('', 'measures', i, 'id'),
          message: `"${measure.id}" does not start with the number of its measure set (${show(set.number)})`,
        });
      }
      const scale = typeof measure.statusScale === 'string' ? ids.get('statusScales')!.get(measure.statusScale) : undefined;
      const status = isObject(measure.status) ? measure.status.value : undefined;
      if (scale && typeof status === 'string' && status !== 'not-reported' && Array.isArray(scale.values)) {
        const allowed = scale.values.map((v) => (isObject(v) ? v.value : undefined));
        if (!allowed.includes(status)) {
          errors.push({
            pointer: join('', 'measures', i, 'status', 'value'),
            message: `"${status}" is not on the "${show(scale.id)}" scale (${allowed.map(show).join(', ')}, or not-reported)`,
          });
        }
      }
    });
  }
  return errors;
}

/**
 * Validates a programme package in the browser: top-level shape, each collection's required fields,
 * every text in every locale the package declares, provenance for each text, and all references.
 * Never throws, whatever it is given.
 */
export function validatePackage(data: unknown): ValidationResult {
  const errors: ValidationIssue[] = [];
  if (!isObject(data)) {
    errors.push({ pointer: '', message: 'must be a JSON object (a programme data package)' });
    return { valid: false, errors };
  }
  for (const field of REQUIRED_TOP_LEVEL) {
    if (!(field in data)) errors.push({ pointer: '', message: `is missing the required field "${field}"` });
  }
  const locales = Array.isArray(data.locales) && data.locales.every((l) => typeof l === 'string') ? (data.locales as string[]) : [];
  if (locales.length === 0) {
    errors.push({ pointer: '/locales', message: 'must list the languages of the package, like ["fi", "sv", "en"]' });
  }
  if (data.programme !== undefined) checkItem(data.programme, '/programme', PROGRAMME, locales, errors);
  for (const [collection, spec] of Object.entries(COLLECTIONS)) {
    const items = data[collection];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      errors.push({ pointer: join('', collection), message: 'must be a list (a JSON array)' });
      continue;
    }
    items.forEach((item, i) => checkItem(item, join('', collection, i), spec, locales, errors));
  }
  errors.push(...checkReferences(data));
  return { valid: errors.length === 0, errors };
}

/** Formats issues one per line, as the CLI and the console print them. */
export const formatIssues = (errors: ValidationIssue[]): string => errors.map((e) => `${e.pointer || '/'}: ${e.message}`).join('\n');

const SERVICE_TEXTS = [
  'name',
  'description',
  'plain',
  'providerName',
  'languages[].note',
  'locations[].name',
  'locations[].street',
  'locations[].city',
  'contacts[].label',
  'openingHours.text',
  'openingHours.lines[]',
  'picture.alt',
  'accessibility[].group',
  'accessibility[].sentences[]',
];

/**
 * What the services schema cannot say: unique ids, every text in every declared language, each
 * location's district among the districts, each fact's source among the sources, and contacts that
 * can become safe links. Pass `programme` to also check providers and related measures.
 */
export function checkServices(pkg: Json, programme?: Json): ValidationIssue[] {
  const errors: ValidationIssue[] = [];
  const locales = Array.isArray(pkg.locales) ? pkg.locales.filter((l): l is string => typeof l === 'string') : [];
  const services = Array.isArray(pkg.services) ? pkg.services : [];
  const ids = new Set<string>();
  const districts = new Set((Array.isArray(pkg.districts) ? pkg.districts : []).map((d) => (isObject(d) ? d.id : undefined)));
  const sources = new Set((Array.isArray(pkg.sources) ? pkg.sources : []).map((s) => (isObject(s) ? s.id : undefined)));
  const organisations = new Set(
    (Array.isArray(programme?.organisations) ? programme.organisations : []).map((o) => (isObject(o) ? o.id : undefined)),
  );
  const measures = new Set((Array.isArray(programme?.measures) ? programme.measures : []).map((m) => (isObject(m) ? m.id : undefined)));
  services.forEach((service, i) => {
    const at = join('', 'services', i);
    if (!isObject(service)) return errors.push({ pointer: at, message: 'must be an object' });
    if (typeof service.id === 'string') {
      if (ids.has(service.id)) errors.push({ pointer: join(at, 'id'), message: `"${service.id}" is used by more than one service` });
      ids.add(service.id);
    }
    for (const path of SERVICE_TEXTS)
      for (const [pointer, value] of valuesAt(service, path, at)) checkText(value, pointer, locales, errors);
    for (const [pointer, value] of valuesAt(service, 'locations[].district', at)) {
      if (typeof value === 'string' && !districts.has(value))
        errors.push({ pointer, message: `names district "${value}", which is not in "districts"` });
    }
    for (const path of [
      'sources[].sourceId',
      'locations[].source.sourceId',
      'contacts[].source.sourceId',
      'openingHours.source.sourceId',
      'accessibility[].source.sourceId',
    ]) {
      for (const [pointer, value] of valuesAt(service, path, at)) {
        if (typeof value === 'string' && !sources.has(value))
          errors.push({ pointer, message: `names source "${value}", which is not in "sources"` });
      }
    }
    (Array.isArray(service.contacts) ? service.contacts : []).forEach((contact, c) => {
      if (!isObject(contact) || contact.kind !== 'web') return;
      const web = (value: unknown) => typeof value !== 'string' || /^https?:\/\//i.test(value);
      if (!web(contact.value))
        errors.push({ pointer: join(at, 'contacts', c, 'value'), message: 'a web contact must be an http(s) address' });
      if (isObject(contact.values))
        for (const [lang, value] of Object.entries(contact.values))
          if (!web(value))
            errors.push({ pointer: join(at, 'contacts', c, 'values', lang), message: 'a web contact must be an http(s) address' });
    });
    if (programme) {
      if (typeof service.providerId === 'string' && !organisations.has(service.providerId)) {
        errors.push({
          pointer: join(at, 'providerId'),
          message: `names organisation "${service.providerId}", which is not in the programme's "organisations"`,
        });
      }
      for (const [pointer, value] of valuesAt(service, 'relatedMeasureIds[]', at)) {
        if (typeof value === 'string' && !measures.has(value))
          errors.push({ pointer, message: `names measure "${value}", which is not in the programme` });
      }
    }
  });
  return errors;
}

/** The browser-side check of a services package from a `src` URL: its shape, then checkServices. */
export function validateServicesPackage(data: unknown): ValidationResult {
  if (!isObject(data)) return { valid: false, errors: [{ pointer: '', message: 'must be a JSON object (a services data package)' }] };
  const errors: ValidationIssue[] = [];
  for (const field of ['locales', 'sources', 'districts', 'services']) {
    if (!Array.isArray(data[field])) errors.push({ pointer: join('', field), message: 'must be a list (a JSON array)' });
  }
  if (errors.length === 0) {
    (data.services as unknown[]).forEach((service, i) => {
      if (!isObject(service)) return;
      for (const field of ['id', 'name', 'description', 'topics', 'audiences', 'languages', 'channels', 'openingHours']) {
        if (!(field in service)) errors.push({ pointer: join('', 'services', i), message: `is missing the required field "${field}"` });
      }
    });
    errors.push(...checkServices(data));
  }
  return { valid: errors.length === 0, errors };
}

/**
 * What the signs schema cannot say: unique ids, each sign's pictogram exists, and every text and
 * review flag covers every language the package declares.
 */
export function checkSigns(pkg: Json): ValidationIssue[] {
  const errors: ValidationIssue[] = [];
  const locales = Array.isArray(pkg.locales) ? pkg.locales.filter((l): l is string => typeof l === 'string') : [];
  const pictograms = new Set<unknown>();
  for (const [collection, items] of [
    ['pictograms', pkg.pictograms],
    ['signs', pkg.signs],
  ] as const) {
    const seen = new Set<unknown>();
    (Array.isArray(items) ? items : []).forEach((item, i) => {
      const at = join('', collection, i);
      if (!isObject(item)) return;
      if (seen.has(item.id)) errors.push({ pointer: join(at, 'id'), message: `"${show(item.id)}" is used twice` });
      seen.add(item.id);
      if (collection === 'pictograms') pictograms.add(item.id);
      checkText(
        collection === 'pictograms' ? item.alt : item.text,
        join(at, collection === 'pictograms' ? 'alt' : 'text'),
        locales,
        errors,
      );
      const reviewed = isObject(item.reviewed) ? item.reviewed : {};
      for (const locale of locales) {
        if (typeof reviewed[locale] !== 'boolean')
          errors.push({ pointer: join(at, 'reviewed'), message: `does not say whether the "${locale}" text has been reviewed` });
      }
    });
  }
  (Array.isArray(pkg.signs) ? pkg.signs : []).forEach((sign, i) => {
    if (isObject(sign) && !pictograms.has(sign.pictogram)) {
      errors.push({
        pointer: join('', 'signs', i, 'pictogram'),
        message: `names pictogram "${show(sign.pictogram)}", which is not in "pictograms"`,
      });
    }
  });
  return errors;
}

export {
  REPORTED_STATUS_VALUES,
  isDate,
  isMonitoringFile,
  reviewCsv,
  reviewMarkdown,
  statusReview,
  validateMonitoring,
  type MonitoringFile,
  type MonitoringObservation,
  type MonitoringOptions,
  type MonitoringSource,
  type MonitoringStatus,
  type ReviewChange,
  type ReviewLocale,
  type ReviewMeasure,
  type ReviewOptions,
  type ReviewScale,
  type ReviewStatusValue,
  type ReviewThemeCounts,
  type StatusReview,
} from './monitoring.js';
