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

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Escapes one JSON Pointer reference token (RFC 6901). */
export const pointerToken = (token: string | number): string =>
  String(token).replace(/~/g, '~0').replace(/\//g, '~1');

const join = (base: string, ...tokens: (string | number)[]): string =>
  base + tokens.map((t) => `/${pointerToken(t)}`).join('');

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
        errors.push({ pointer: join('', collection, i, 'id'), message: `"${item.id}" is used by more than one ${NAMES[collection] ?? 'item'}` });
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
        if (typeof value === 'string' && !known.has(value)) {
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
      const set = ids.get('measureSets')!.get(String(measure.setId));
      if (set && typeof measure.id === 'string' && measure.id.split('.')[0] !== String(set.number)) {
        errors.push({ pointer: join('', 'measures', i, 'id'), message: `"${measure.id}" does not start with the number of its measure set (${String(set.number)})` });
      }
      const scale = ids.get('statusScales')!.get(String(measure.statusScale));
      const status = isObject(measure.status) ? measure.status.value : undefined;
      if (scale && typeof status === 'string' && status !== 'not-reported' && Array.isArray(scale.values)) {
        const allowed = scale.values.map((v) => (isObject(v) ? v.value : undefined));
        if (!allowed.includes(status)) {
          errors.push({ pointer: join('', 'measures', i, 'status', 'value'), message: `"${status}" is not on the "${String(scale.id)}" scale (${allowed.join(', ')}, or not-reported)` });
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
export const formatIssues = (errors: ValidationIssue[]): string =>
  errors.map((e) => `${e.pointer || '/'}: ${e.message}`).join('\n');
