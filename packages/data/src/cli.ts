/**
 * The `hki-data` command line for editors:
 *   hki-data validate <file-or-url>   exit 0 when valid; otherwise every error with its JSON Pointer
 *   hki-data stats <file>             counts per theme, translation provenance, missing optional fields
 *   hki-data report <monitoring-file> the status review of a monitoring file, as Markdown or CSV
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { provenanceCounts } from './assemble.js';
import {
  isMonitoringFile,
  reviewCsv,
  reviewMarkdown,
  statusReview,
  validateMonitoring,
  type MonitoringFile,
  type MonitoringOptions,
  type ReviewLocale,
} from './monitoring.js';
import { formatIssues, packageKind, validateFull } from './schema-validate.js';
import type { ServicesPackage } from './services-types.js';
import { COLLECTIONS } from './schema-meta.js';
import type { IntegrationProgrammePackage } from './types.js';
import type { ValidationIssue, ValidationResult } from './validate.js';

const USAGE = `Usage:
  hki-data validate <file-or-url> [--programme <file>]
      check a data package against the schema and its references; a monitoring file (one with
      "programme" and "statuses") is checked against the bundled programme, or the one given
  hki-data stats <file-or-url>      counts per theme, translation provenance, missing optional fields
  hki-data report <monitoring-file> [--previous <monitoring-file>] [--format md|csv] [--lang fi|sv|en]
                  [--out <file>] [--programme <file>]
      the status review of a monitoring file: counts per theme and status, the changes since the
      previous file, each measure with its status, date, note and source (default: Markdown, fi,
      printed to standard output)
`;

/** Exit codes: 0 valid, 1 invalid data, 2 usage or read error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

type Out = { log: (s: string) => void; error: (s: string) => void };

async function load(location: string, timeoutMs = 15_000): Promise<unknown> {
  let text: string;
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${location} answered HTTP ${response.status} ${response.statusText}`);
    text = await response.text();
  } else {
    text = await readFile(location, 'utf8');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${location} is not valid JSON: ${(error as Error).message}`);
  }
}

function stats(pkg: IntegrationProgrammePackage, out: Out): void {
  const title = pkg.programme.title.en ?? Object.values(pkg.programme.title)[0];
  out.log(
    `${title} ${pkg.programme.period.start}–${pkg.programme.period.end} (data ${pkg.dataVersion ?? 'unversioned'}, schema ${pkg.schemaVersion})\n`,
  );
  out.log(`${'Per theme'.padEnd(34)} sets  measures  indicators`);
  for (const theme of pkg.themes) {
    const sets = pkg.measureSets.filter((s) => s.themeId === theme.id);
    const measures = pkg.measures.filter((m) => sets.some((s) => s.id === m.setId));
    const indicators = new Set([...measures.flatMap((m) => m.indicatorIds), ...sets.flatMap((s) => s.indicatorIds ?? [])]);
    out.log(
      `${`${theme.number} ${theme.id}`.padEnd(34)} ${String(sets.length).padStart(4)}  ${String(measures.length).padStart(8)}  ${String(indicators.size).padStart(10)}`,
    );
  }
  const total = (key: keyof IntegrationProgrammePackage) => (Array.isArray(pkg[key]) ? (pkg[key] as unknown[]).length : 0);
  out.log(
    `\nIn all: ${Object.keys(COLLECTIONS)
      .map((c) => `${total(c as keyof IntegrationProgrammePackage)} ${c}`)
      .join(', ')}\n`,
  );

  const kinds = ['seed-en', 'seed-sv', 'seed-other', 'draft-translation', 'editorial'];
  const counts = new Map(pkg.locales.map((l) => [l, new Map(kinds.map((k) => [k, 0]))]));
  const items: unknown[] = [
    pkg.programme,
    ...Object.keys(COLLECTIONS).flatMap((c) => (pkg as unknown as Record<string, unknown[]>)[c] ?? []),
  ];
  for (const item of items) {
    const provenance = (item as { provenance?: Record<string, unknown> }).provenance ?? {};
    for (const entry of Object.values(provenance)) {
      for (const locale of pkg.locales) {
        const kind = typeof entry === 'string' ? entry : (entry as Record<string, string>)[locale];
        const row = counts.get(locale)!;
        if (kind) row.set(kind, (row.get(kind) ?? 0) + 1);
      }
    }
  }
  out.log(`Translation provenance (texts per language)\n        ${kinds.map((k) => k.padStart(18)).join('')}`);
  for (const [locale, row] of counts) out.log(`${locale.padEnd(8)}${kinds.map((k) => String(row.get(k)).padStart(18)).join('')}`);
  const fi = provenanceCounts(pkg, 'fi');
  if (pkg.locales.includes('fi')) {
    out.log(
      `Finnish texts still drafts (draft-translation): ${fi.get('draft-translation') ?? 0} of ${[...fi.values()].reduce((a, b) => a + b, 0)}`,
    );
  }

  const missing: [string, string[]][] = [
    ['measures with no indicator', pkg.measures.filter((m) => m.indicatorIds.length === 0).map((m) => m.id)],
    [
      'measures with no best practice',
      pkg.measures.filter((m) => !pkg.bestPractices.some((b) => b.measureIds?.includes(m.id))).map((m) => m.id),
    ],
    ['measures with no reported status', pkg.measures.filter((m) => m.status.value === 'not-reported').map((m) => m.id)],
    ['indicators with no target', pkg.indicators.filter((i) => !i.target).map((i) => i.id)],
    ['indicators with no observations', pkg.indicators.filter((i) => i.observations.length === 0).map((i) => i.id)],
    ['organisations with no role', pkg.organisations.filter((o) => !o.role).map((o) => o.id)],
  ];
  out.log('\nMissing optional fields');
  for (const [label, ids] of missing) {
    out.log(`${label}: ${ids.length}${ids.length ? ` (${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''})` : ''}`);
  }
  const unreviewed = pkg.programme.plainLanguage && !pkg.programme.plainLanguage.reviewed;
  if (unreviewed) out.log('\nPlain-language summaries: not reviewed by the Finnish Centre for Easy Language.');
}

function servicesStats(pkg: ServicesPackage, out: Out): void {
  const services = pkg.services;
  out.log(
    `${services.length} services, ${pkg.districts.length} districts, ${pkg.sources.length} sources (data ${pkg.dataVersion ?? 'unversioned'})\n`,
  );
  const topics = new Map<string, number>();
  for (const s of services) for (const t of s.topics) topics.set(t, (topics.get(t) ?? 0) + 1);
  out.log('Per topic');
  for (const [topic, count] of [...topics].sort((a, b) => b[1] - a[1])) out.log(`${topic.padEnd(20)} ${String(count).padStart(4)}`);
  const known = (label: string, test: (s: ServicesPackage['services'][number]) => boolean) => {
    const missing = services.filter((s) => !test(s)).map((s) => s.id);
    out.log(
      `${label}: ${services.length - missing.length} of ${services.length}${missing.length ? ` (not known: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''})` : ''}`,
    );
  };
  out.log('\nFacts known (the rest are left out: never guessed)');
  known('address', (s) => Boolean(s.locations?.some((l) => l.street)));
  known('coordinates', (s) => Boolean(s.locations?.some((l) => l.coordinates)));
  known('opening hours', (s) => s.openingHours.kind !== 'unknown');
  known('service languages', (s) => s.languages.length > 0);
  known('contacts', (s) => Boolean(s.contacts?.length));
  known('accessibility', (s) => Boolean(s.accessibility?.length));
}

const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
let monitoringSchema: ReturnType<Ajv2020['compile']> | undefined;

/** The bundled programme package (dist/programme.json), which monitoring files are checked against. */
export const BUNDLED_PROGRAMME = new URL('../programme.json', import.meta.url);

/**
 * Full validation of a monitoring file for Node: the coordinator-friendly checks of
 * `validateMonitoring` (against `programme` when given), then the JSON Schema
 * (`schema/monitoring.schema.json`, through ajv) for anything they did not already report.
 */
export function validateMonitoringFull(
  data: unknown,
  programme?: IntegrationProgrammePackage,
  options: MonitoringOptions = {},
): ValidationResult {
  const errors: ValidationIssue[] = [...validateMonitoring(data, programme, options).errors];
  if (!monitoringSchema) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8'));
    ajv.addSchema(schema('programme.schema.json'));
    monitoringSchema = ajv.compile(schema('monitoring.schema.json'));
  }
  if (!monitoringSchema(data)) {
    for (const error of monitoringSchema.errors ?? []) {
      if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') continue;
      const pointer = error.instancePath;
      // Already said in plainer words at this place or inside it.
      if (errors.some((e) => e.pointer === pointer || e.pointer.startsWith(`${pointer}/`) || pointer.startsWith(`${e.pointer}/`))) continue;
      errors.push({ pointer, message: `${error.message ?? 'is not valid'} (JSON Schema)` });
    }
  }
  return { valid: errors.length === 0, errors };
}

const FLAGS: Record<string, readonly string[]> = {
  validate: ['--programme'],
  stats: [],
  report: ['--previous', '--format', '--lang', '--out', '--programme'],
};

/** The command, its one file and its flags (each with a value); undefined when the line is not usable. */
function parse(argv: string[]): { command: string; location: string; flags: Map<string, string> } | undefined {
  const [command, ...args] = argv;
  const allowed = FLAGS[command ?? ''];
  if (!allowed) return undefined;
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (!allowed.includes(arg) || value === undefined || flags.has(arg)) return undefined;
      flags.set(arg, value);
      i++;
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) return undefined;
  if (flags.has('--format') && !['md', 'csv'].includes(flags.get('--format')!)) return undefined;
  if (flags.has('--lang') && !['fi', 'sv', 'en'].includes(flags.get('--lang')!)) return undefined;
  return { command: command!, location: positional[0], flags };
}

async function loadProgramme(location: string | undefined, out: Out): Promise<IntegrationProgrammePackage | undefined> {
  const where = location ?? fileURLToPath(BUNDLED_PROGRAMME);
  try {
    const programme = await load(where);
    const result = validateFull(programme, 'programme');
    if (result.valid) return programme as IntegrationProgrammePackage;
    out.error(`hki-data: the programme ${where} is not valid; run "hki-data validate ${where}".`);
  } catch (error) {
    out.error(`hki-data: cannot read the programme ${where}: ${(error as Error).message}`);
  }
  return undefined;
}

async function report(location: string, data: unknown, flags: Map<string, string>, out: Out): Promise<number> {
  const programme = await loadProgramme(flags.get('--programme'), out);
  if (!programme) return EXIT.usage;
  const files: [string, unknown][] = [[location, data]];
  const previousLocation = flags.get('--previous');
  if (previousLocation) {
    try {
      files.push([previousLocation, await load(previousLocation)]);
    } catch (error) {
      out.error(`hki-data: cannot read ${previousLocation}: ${(error as Error).message}`);
      return EXIT.usage;
    }
  }
  for (const [where, file] of files) {
    const result = validateMonitoringFull(file, programme);
    if (!result.valid) {
      out.error(`${where}: ${result.errors.length} problem(s); no review written\n${formatIssues(result.errors)}`);
      return EXIT.invalid;
    }
  }
  const locale = (flags.get('--lang') ?? 'fi') as ReviewLocale;
  const review = statusReview(data as MonitoringFile, programme, files[1]?.[1] as MonitoringFile | undefined, { locale });
  const text = flags.get('--format') === 'csv' ? reviewCsv(review) : reviewMarkdown(review);
  const target = flags.get('--out');
  if (target) {
    try {
      await writeFile(target, text);
    } catch (error) {
      out.error(`hki-data: cannot write ${target}: ${(error as Error).message}`);
      return EXIT.usage;
    }
    out.error(`hki-data: wrote the status review of ${review.measures.length} measures to ${target}`);
  } else {
    out.log(text.replace(/\r?\n$/, ''));
  }
  return EXIT.ok;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function run(argv: string[], out: Out = console): Promise<number> {
  if (argv.length === 1 && ['--help', '-h', 'help'].includes(argv[0])) {
    out.log(USAGE);
    return EXIT.ok;
  }
  const args = parse(argv);
  if (!args) {
    out.error(USAGE);
    return EXIT.usage;
  }
  const { command, location, flags } = args;
  let data: unknown;
  try {
    data = await load(location);
  } catch (error) {
    out.error(`hki-data: cannot read ${location}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  if (command === 'report') return report(location, data, flags, out);
  if (isMonitoringFile(data)) {
    if (command === 'stats') {
      out.error(`${location} is a monitoring file; "hki-data report ${location}" gives its status review.`);
      return EXIT.usage;
    }
    const programme = await loadProgramme(flags.get('--programme'), out);
    if (!programme) return EXIT.usage;
    const result = validateMonitoringFull(data, programme);
    if (result.valid) {
      out.log(`${location}: valid (a monitoring file for ${programme.programme.id})`);
      return EXIT.ok;
    }
    out.error(`${location}: ${result.errors.length} problem(s)\n${formatIssues(result.errors)}`);
    return EXIT.invalid;
  }
  const result = validateFull(data);
  if (command === 'validate') {
    if (result.valid) {
      out.log(`${location}: valid`);
      return EXIT.ok;
    }
    out.error(`${location}: ${result.errors.length} problem(s)\n${formatIssues(result.errors)}`);
    return EXIT.invalid;
  }
  if (!result.valid) {
    out.error(`${location} is not valid; run "hki-data validate ${location}" for the ${result.errors.length} problem(s).`);
    return EXIT.invalid;
  }
  if (packageKind(data) === 'services') servicesStats(data as ServicesPackage, out);
  else stats(data as IntegrationProgrammePackage, out);
  return EXIT.ok;
}
