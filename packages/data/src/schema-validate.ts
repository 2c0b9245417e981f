/**
 * Full validation for Node (build, tests, the `hki-data` CLI): the JSON Schema (draft 2020-12)
 * through ajv, then the cross-reference checks the schema cannot express.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import {
  checkReferences,
  checkServices,
  checkSigns,
  formatIssues,
  validatePackage,
  type ValidationIssue,
  type ValidationResult,
} from './validate.js';

const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

/** The schema files that ship in `schema/`, by package kind. */
export const SCHEMA_FILES = {
  programme: 'programme.schema.json',
  services: 'services.schema.json',
  signs: 'signs.schema.json',
} as const;

export type PackageKind = keyof typeof SCHEMA_FILES;

export const schemaUrl = (kind: PackageKind): URL => new URL(`../../schema/${SCHEMA_FILES[kind]}`, import.meta.url);

const cache = new Map<PackageKind, ReturnType<Ajv2020['compile']>>();

function validator(kind: PackageKind) {
  let validate = cache.get(kind);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    // Every schema knows the others (the services schema uses the programme's shared definitions).
    for (const other of Object.keys(SCHEMA_FILES) as PackageKind[]) {
      if (other !== kind) ajv.addSchema(JSON.parse(readFileSync(schemaUrl(other), 'utf8')));
    }
    validate = ajv.compile(JSON.parse(readFileSync(schemaUrl(kind), 'utf8')));
    cache.set(kind, validate);
  }
  return validate;
}

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `${typeof value} ${JSON.stringify(value)}`;

/** Turns ajv's terse message into one an editor can act on. */
function explain(error: ErrorObject, data: unknown): string {
  const p = error.params as Record<string, unknown>;
  const found = describe(valueAtPointer(data, error.instancePath));
  switch (error.keyword) {
    case 'required':
      return `must have required property '${String(p.missingProperty)}': add the field "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `must NOT have additional properties: "${String(p.additionalProperty)}" is not a field the schema knows (a typo?)`;
    case 'type':
      if (p.type === 'object' && error.schemaPath.includes('LocalizedText')) {
        return `must be object: a text in several languages, like {"fi": "…", "sv": "…", "en": "…"}; found ${found}`;
      }
      return `must be ${String(p.type)}; found ${found}`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}; found ${found}`;
    case 'pattern':
      return `is not in the expected form (${String(p.pattern)}); found ${found}`;
    case 'format':
      return `must be a ${String(p.format)}${p.format === 'date' ? ' like 2019-05-28' : ''}; found ${found}`;
    case 'minLength':
      return 'must not be empty';
    case 'minItems':
      return `must list at least ${String(p.limit)} item(s)`;
    case 'propertyNames':
      return `has a key that is not a language code like "fi" or "en-GB": "${String(p.propertyName)}"`;
    default:
      return error.message ?? 'is not valid';
  }
}

export function valueAtPointer(data: unknown, pointer: string): unknown {
  if (!pointer) return data;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, token) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined),
      data,
    );
}

/**
 * Validates a package against its JSON Schema and, for programme packages, the reference and
 * locale-completeness checks. Errors carry JSON Pointers and plain explanations.
 */
/** Which schema a package follows, by its contents. */
export function packageKind(data: unknown): PackageKind {
  if (data === null || typeof data !== 'object' || 'measures' in data) return 'programme';
  if ('services' in data) return 'services';
  if ('signs' in data) return 'signs';
  return 'programme';
}

export function validateFull(data: unknown, kind: PackageKind = packageKind(data)): ValidationResult {
  const validate = validator(kind);
  const errors: ValidationIssue[] = [];
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      // oneOf/anyOf summaries repeat what their branches said.
      if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
      errors.push({ pointer: error.instancePath, message: explain(error, data) });
    }
  }
  if (kind === 'services' && errors.length === 0) errors.push(...checkServices(data as Record<string, unknown>));
  if (kind === 'signs' && errors.length === 0) errors.push(...checkSigns(data as Record<string, unknown>));
  if (kind === 'programme' && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    // The light validator adds locale completeness and provenance; references come with it.
    const seen = new Set(errors.map((e) => `${e.pointer}|${e.message}`));
    const extra = errors.length === 0 ? validatePackage(data).errors : checkReferences(data as Record<string, unknown>);
    for (const issue of extra) if (!seen.has(`${issue.pointer}|${issue.message}`)) errors.push(issue);
  }
  return { valid: errors.length === 0, errors };
}

export { formatIssues };
