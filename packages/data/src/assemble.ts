/**
 * Assembles the authored content files into one package, and derives the per-locale packages and
 * the CSV table from it. Pure functions over JSON; the file I/O lives in build.ts.
 */
import { COLLECTIONS, PROGRAMME } from './schema-meta.js';
import type { IntegrationProgrammePackage, LocalizedText, Measure } from './types.js';

export const SCHEMA_VERSION = '1.0.0';
export const LOCALES = ['fi', 'sv', 'en'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Compares programme numbers numerically: "4.2" before "4.12", "2" before "3.1". */
export function compareMeasureIds(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

const ARRAYS = [
  'sources',
  'keyFigures',
  'themes',
  'measureSets',
  'measures',
  'indicators',
  'organisations',
  'bestPractices',
  'concepts',
  'statusScales',
] as const;

/** Concatenates the arrays of every authored file into one package, measures in programme order. */
export function assemble(files: Json[], dataVersion: string): IntegrationProgrammePackage {
  const pkg: Json = { schemaVersion: SCHEMA_VERSION, dataVersion, locales: [...LOCALES] };
  for (const key of ARRAYS) pkg[key] = [];
  for (const file of files) {
    for (const [key, value] of Object.entries(file)) {
      if (key === 'programme') pkg.programme = value;
      else if ((ARRAYS as readonly string[]).includes(key) && Array.isArray(value)) (pkg[key] as unknown[]).push(...value);
      else throw new Error(`content file has an unknown top-level field "${key}"`);
    }
  }
  (pkg.measures as Measure[]).sort((a, b) => compareMeasureIds(a.id, b.id));
  (pkg.measureSets as { number: number }[]).sort((a, b) => a.number - b.number);
  (pkg.themes as { number: number }[]).sort((a, b) => a.number - b.number);
  return pkg as unknown as IntegrationProgrammePackage;
}

/** Replaces every value at a dotted `[]` path (see validate.ts) with fn(value). */
function mapAt(node: unknown, parts: string[], fn: (value: unknown) => unknown): void {
  if (!isObject(node) || parts.length === 0) return;
  const [part, ...rest] = parts;
  const each = part.endsWith('[]');
  const key = each ? part.slice(0, -2) : part;
  if (!(key in node)) return;
  if (each && Array.isArray(node[key])) {
    const list = node[key] as unknown[];
    if (rest.length === 0) list.forEach((v, i) => (list[i] = fn(v)));
    else list.forEach((v) => mapAt(v, rest, fn));
  } else if (rest.length === 0) {
    node[key] = fn(node[key]);
  } else {
    mapAt(node[key], rest, fn);
  }
}

const pick = (locale: string) => (value: unknown) => (isObject(value) && locale in value ? { [locale]: value[locale] } : value);

/**
 * The same package with every text (and every per-language provenance) reduced to one locale:
 * the small payload a widget on a page in that language needs.
 */
export function forLocale(pkg: IntegrationProgrammePackage, locale: string): IntegrationProgrammePackage {
  const copy = structuredClone(pkg) as unknown as Json;
  copy.locales = [locale];
  const reduce = (item: unknown, localized: readonly string[]) => {
    for (const path of localized) mapAt(item, path.split('.'), pick(locale));
    if (isObject(item) && isObject(item.provenance)) {
      for (const key of Object.keys(item.provenance)) item.provenance[key] = pick(locale)(item.provenance[key]);
    }
  };
  reduce(copy.programme, PROGRAMME.localized);
  if (copy.exampleNote) copy.exampleNote = pick(locale)(copy.exampleNote);
  for (const [collection, spec] of Object.entries(COLLECTIONS)) {
    const items = copy[collection];
    if (Array.isArray(items)) items.forEach((item) => reduce(item, spec.localized));
  }
  return copy as unknown as IntegrationProgrammePackage;
}

/** An example overlay: illustrative statuses and observations for demos, never real figures. */
export interface ExampleOverlay {
  example: true;
  note: LocalizedText;
  statuses: Record<string, { value: string; reportedAt?: string }>;
  observations: Record<string, { period: string; value: number | null }[]>;
}

/** The package with the overlay applied; every value it adds is marked `example: true`. */
export function withExample(pkg: IntegrationProgrammePackage, overlay: ExampleOverlay): IntegrationProgrammePackage {
  const copy = structuredClone(pkg);
  copy.example = true;
  copy.exampleNote = overlay.note;
  for (const measure of copy.measures) {
    const status = overlay.statuses[measure.id];
    if (status) measure.status = { ...(status as Measure['status']), example: true };
  }
  for (const indicator of copy.indicators) {
    const values = overlay.observations[indicator.id];
    if (values) indicator.observations = values.map((o) => ({ ...o, example: true }));
  }
  const unknown = [
    ...Object.keys(overlay.statuses).filter((id) => !copy.measures.some((m) => m.id === id)),
    ...Object.keys(overlay.observations).filter((id) => !copy.indicators.some((i) => i.id === id)),
  ];
  if (unknown.length) throw new Error(`example overlay names unknown ids: ${unknown.join(', ')}`);
  return copy;
}

/** One CSV cell (RFC 4180), defused against formula injection in spreadsheet programs. */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The measures as a CSV table for open-data users: one row per measure, texts in fi, sv and en. */
export function measuresCsv(pkg: IntegrationProgrammePackage): string {
  const themeOf = new Map(pkg.measureSets.map((s) => [s.id, s.themeId]));
  const texts = ['title', 'summary', 'plain'] as const;
  const header = [
    'id',
    'set',
    'theme',
    ...texts.flatMap((t) => LOCALES.map((l) => `${t}_${l}`)),
    'status',
    'status_reported_at',
    'indicators',
    'responsible',
  ];
  const rows = pkg.measures.map((m) => [
    m.id,
    m.setId,
    themeOf.get(m.setId),
    ...texts.flatMap((t) => LOCALES.map((l) => m[t][l])),
    m.status.value,
    m.status.reportedAt,
    m.indicatorIds.join(' '),
    m.responsibleIds.join(' '),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The slice of a package that widgets showing one measure set need: the set, its theme, measures,
 * indicators, responsible bodies (with their parents), best practices and the status scales. It is
 * a valid package in its own right, so every widget reads it like the whole.
 */
export function sliceForSet(pkg: IntegrationProgrammePackage, setId: string): IntegrationProgrammePackage {
  const set = pkg.measureSets.find((s) => s.id === setId);
  if (!set) throw new Error(`no measure set "${setId}"`);
  const measures = pkg.measures.filter((m) => m.setId === setId);
  const measureIds = new Set(measures.map((m) => m.id));
  const bestPractices = pkg.bestPractices.filter((b) => b.measureIds?.some((id) => measureIds.has(id)));
  const indicatorIds = new Set([...(set.indicatorIds ?? []), ...measures.flatMap((m) => m.indicatorIds)]);
  const indicators = pkg.indicators.filter((i) => indicatorIds.has(i.id));
  const orgIds = new Set([
    ...(set.responsibleIds ?? []),
    ...measures.flatMap((m) => m.responsibleIds),
    ...indicators.flatMap((i) => [...(i.responsibleIds ?? []), ...(i.informationSourceIds ?? [])]),
    ...bestPractices.flatMap((b) => b.organisationIds ?? []),
  ]);
  for (const id of [...orgIds]) {
    for (
      let parent = pkg.organisations.find((o) => o.id === id)?.parentId;
      parent && !orgIds.has(parent);
      parent = pkg.organisations.find((o) => o.id === parent)?.parentId
    ) {
      orgIds.add(parent);
    }
  }
  const themeIds = new Set([set.themeId, ...bestPractices.map((b) => b.themeId).filter((t): t is string => Boolean(t))]);
  // Best practices may name measures of other sets; keep only the references the slice can resolve.
  const slicedPractices = bestPractices.map((b) => ({ ...b, measureIds: b.measureIds?.filter((id) => measureIds.has(id)) }));
  return {
    ...pkg,
    keyFigures: [],
    concepts: [],
    themes: pkg.themes.filter((t) => themeIds.has(t.id)) as IntegrationProgrammePackage['themes'],
    measureSets: [set],
    measures,
    indicators,
    organisations: pkg.organisations.filter((o) => orgIds.has(o.id)),
    bestPractices: slicedPractices,
  };
}

/** What an inline term needs: the concepts, the sources they cite and the programme's name. */
export type Glossary = Pick<IntegrationProgrammePackage, 'schemaVersion' | 'dataVersion' | 'locales' | 'sources' | 'concepts'> & {
  programme: Pick<IntegrationProgrammePackage['programme'], 'id' | 'title' | 'subtitle'>;
};

/**
 * The glossary alone, for a page with an inline term: 1–2 kB instead of the whole package's 28 kB.
 * A whole package is a glossary too (a term with `src` reads one).
 */
export function sliceForGlossary(pkg: IntegrationProgrammePackage): Glossary {
  const cited = new Set(pkg.concepts.map((c) => c.source?.sourceId));
  const { id, title, subtitle } = pkg.programme;
  return {
    schemaVersion: pkg.schemaVersion,
    dataVersion: pkg.dataVersion,
    locales: pkg.locales,
    programme: { id, title, subtitle },
    sources: pkg.sources.filter((s) => cited.has(s.id)),
    concepts: pkg.concepts,
  };
}

/** What the programme summary needs: themes, sets, each measure's status, the key figures and their sources. */
export type ProgrammeSummary = Pick<
  IntegrationProgrammePackage,
  | 'schemaVersion'
  | 'dataVersion'
  | 'locales'
  | 'example'
  | 'exampleNote'
  | 'programme'
  | 'sources'
  | 'keyFigures'
  | 'themes'
  | 'measureSets'
  | 'statusScales'
> & { measures: Pick<IntegrationProgrammePackage['measures'][number], 'id' | 'setId' | 'status'>[] };

/**
 * The summary alone, for a landing page: each measure only as its id, set and status (5 kB instead of
 * the whole package's 28 kB). A whole package is a summary too (a summary with `src` reads one).
 */
export function sliceForSummary(pkg: IntegrationProgrammePackage): ProgrammeSummary {
  const cited = new Set(pkg.keyFigures.map((f) => f.source.sourceId));
  const { schemaVersion, dataVersion, locales, example, exampleNote, programme, keyFigures, themes, measureSets, statusScales } = pkg;
  return {
    schemaVersion,
    dataVersion,
    locales,
    ...(example === undefined ? {} : { example }),
    ...(exampleNote === undefined ? {} : { exampleNote }),
    programme,
    sources: pkg.sources.filter((s) => cited.has(s.id)),
    keyFigures,
    themes,
    measureSets,
    statusScales,
    measures: pkg.measures.map(({ id, setId, status }) => ({ id, setId, status })),
  };
}

/**
 * How many texts of one language came from each provenance kind: one per localized field of the
 * programme and of every entity (a field's per-language kind, or its one kind for all languages).
 * `draft-translation` counts the texts still awaiting a source or the city's review.
 */
export function provenanceCounts(pkg: IntegrationProgrammePackage, locale: string): Map<string, number> {
  const counts = new Map<string, number>();
  const items: unknown[] = [
    pkg.programme,
    ...Object.keys(COLLECTIONS).flatMap((c) => ((pkg as unknown as Json)[c] as unknown[] | undefined) ?? []),
  ];
  for (const item of items) {
    const provenance = isObject(item) && isObject(item.provenance) ? item.provenance : {};
    for (const entry of Object.values(provenance)) {
      const kind = typeof entry === 'string' ? entry : isObject(entry) ? entry[locale] : undefined;
      if (typeof kind === 'string') counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return counts;
}
