/**
 * The `hki-data` command line for editors:
 *   hki-data validate <file-or-url>   exit 0 when valid; otherwise every error with its JSON Pointer
 *   hki-data stats <file>             counts per theme, translation provenance, missing optional fields
 */
import { readFile } from 'node:fs/promises';
import { provenanceCounts } from './assemble.js';
import { formatIssues, packageKind, validateFull } from './schema-validate.js';
import type { ServicesPackage } from './services-types.js';
import { COLLECTIONS } from './schema-meta.js';
import type { IntegrationProgrammePackage } from './types.js';

const USAGE = `Usage:
  hki-data validate <file-or-url>   check a data package against the schema and its references
  hki-data stats <file-or-url>      counts per theme, translation provenance, missing optional fields
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

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function run(argv: string[], out: Out = console): Promise<number> {
  const [command, location, ...rest] = argv;
  if ((command !== 'validate' && command !== 'stats') || !location || rest.length > 0) {
    out.error(USAGE);
    return EXIT.usage;
  }
  let data: unknown;
  try {
    data = await load(location);
  } catch (error) {
    out.error(`hki-data: cannot read ${location}: ${(error as Error).message}`);
    return EXIT.usage;
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
