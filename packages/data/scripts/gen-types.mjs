#!/usr/bin/env node
// Generates src/types.ts and src/schema-meta.ts from schema/programme.schema.json, the single
// source of truth. `--check` fails (exit 1) when the committed files differ from what the schema
// gives, so the types can never drift from the schema.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const here = new URL('..', import.meta.url);
const check = process.argv.includes('--check');
const banner = '/* Generated from schema/programme.schema.json by scripts/gen-types.mjs. Do not edit. */\n';

const schema = JSON.parse(await readFile(new URL('schema/programme.schema.json', here), 'utf8'));
const servicesSchema = JSON.parse(await readFile(new URL('schema/services.schema.json', here), 'utf8'));
const signsSchema = JSON.parse(await readFile(new URL('schema/signs.schema.json', here), 'utf8'));
const options = { bannerComment: '', additionalProperties: false, unreachableDefinitions: true, style: { singleQuote: true } };

const types = banner + (await compile(structuredClone(schema), 'IntegrationProgrammePackage', options));
// The services and signs schemas refer to the programme schema's shared definitions (texts,
// sources, ids): inline them, then import the shared types instead of declaring them twice.
const shared = ['LocalizedText', 'LocaleCode', 'Id', 'Source', 'Provenance', 'ProvenanceKind'];
async function dependentTypes(dependent, name) {
  const inlined = JSON.parse(JSON.stringify(dependent).replace(/"programme\.schema\.json#\/\$defs\/(\w+)"/g, '"#/$defs/$1"'));
  for (const name of shared) inlined.$defs[name] = schema.$defs[name];
  let servicesTypes = await compile(inlined, name, options);
  for (const name of shared) {
    servicesTypes = servicesTypes.replace(
      new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*?\\*/\\n)?export (?:type|interface) ${name}\\b[\\s\\S]*?\\n(?=(?:/\\*\\*|export |$))`, 'g'),
      '',
    );
  }
  // A $ref with its own description becomes a numbered copy (LocalizedText1): use the one type.
  servicesTypes = servicesTypes
    .replace(/\/\*\*(?:(?!\*\/)[\s\S])*?\*\/\nexport interface LocalizedText\d+ \{[\s\S]*?\n\}\n/g, '')
    .replace(/\bLocalizedText\d+\b/g, 'LocalizedText');
  const used = shared.filter((name) => new RegExp(`\\b${name}\\b`).test(servicesTypes));
  return `${banner}import type { ${used.join(', ')} } from './types.js';\n\n${servicesTypes}`;
}
const servicesTypes = await dependentTypes(servicesSchema, 'ServicesPackage');
const signsTypes = await dependentTypes(signsSchema, 'SignsPackage');

/** Resolves a local `#/$defs/X` reference. */
const deref = (node) => (node && node.$ref ? deref(schema.$defs[node.$ref.split('/').pop()]) : node);
const isLocalized = (node) => node && node.$ref === '#/$defs/LocalizedText';

/** Paths of every LocalizedText below a schema node: "title", "objectives[]", "target.text". */
function localizedPaths(node, prefix = '', seen = new Set()) {
  if (isLocalized(node)) return [prefix];
  const resolved = deref(node);
  if (!resolved || seen.has(resolved)) return [];
  const next = new Set(seen).add(resolved);
  const paths = [];
  if (resolved.properties) {
    for (const [key, child] of Object.entries(resolved.properties)) {
      if (key === 'provenance') continue;
      paths.push(...localizedPaths(child, prefix ? `${prefix}.${key}` : key, next));
    }
  }
  if (resolved.items) paths.push(...localizedPaths(resolved.items, `${prefix}[]`, next));
  return paths;
}

const collections = {};
for (const [key, prop] of Object.entries(schema.properties)) {
  if (prop.type !== 'array' || !prop.items?.$ref) continue;
  const item = deref(prop.items);
  if (item.type !== 'object') continue;
  collections[key] = {
    required: item.required ?? [],
    localized: localizedPaths(prop.items),
  };
}
const programme = deref(schema.properties.programme);

const meta = `${banner}
/** Top-level fields every package has. */
export const REQUIRED_TOP_LEVEL = ${JSON.stringify(schema.required)} as const;

/** Per collection: the fields each item must have and the paths of its localized texts. */
export const COLLECTIONS: Record<string, { required: readonly string[]; localized: readonly string[] }> = ${JSON.stringify(collections, null, 2)};

/** The programme object's required fields and localized texts. */
export const PROGRAMME = ${JSON.stringify({ required: programme.required, localized: localizedPaths(schema.properties.programme) }, null, 2)};

/** The schema version this code was generated from. */
export const SCHEMA_ID = ${JSON.stringify(schema.$id)};
`;

let stale = false;
for (const [file, text] of [
  ['src/types.ts', types],
  ['src/services-types.ts', servicesTypes],
  ['src/signs-types.ts', signsTypes],
  ['src/schema-meta.ts', meta],
]) {
  const url = new URL(file, here);
  const current = await readFile(url, 'utf8').catch(() => '');
  if (current === text) continue;
  if (check) {
    console.error(`${file} is out of date with the schema: run npm run gen:types -w @hki-widgets/data`);
    stale = true;
  } else {
    await writeFile(url, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
