/**
 * The monitoring file: what changes while the programme runs (a status per measure, values per
 * indicator), kept apart from the programme's fixed text. `schema/monitoring.schema.json` describes
 * it; this module checks it in words a coordinator understands and turns it into a status review.
 *
 * Browser-safe on purpose (no Node imports): the widgets import it lazily from
 * `@hki-widgets/data/validate`, and the reporting page reuses the review in the browser. The
 * `hki-data` CLI runs the JSON Schema (ajv) on top of `validateMonitoring`.
 */
import { csvCell } from './assemble.js';
import type { IntegrationProgrammePackage, LocalizedText, Measure, StatusScale } from './types.js';
import type { ValidationIssue, ValidationResult } from './validate.js';

/** Where a status or a value was published: a decision, a report or a page, with its address. */
export interface MonitoringSource {
  name: LocalizedText;
  url: string;
}

/** A measure's reported status. Every field but `note` is required. */
export interface MonitoringStatus {
  value: string;
  reportedAt: string;
  source: MonitoringSource;
  note?: LocalizedText;
}

/** One reported value of an indicator for one period (null: known to be missing). */
export interface MonitoringObservation {
  period: string;
  value: number | null;
  source?: MonitoringSource;
  note?: LocalizedText;
}

/** A monitoring file (see `schema/monitoring.schema.json`). */
export interface MonitoringFile {
  $schema?: string;
  schemaVersion?: string;
  /** The programme's `programme.id`, like "helsinki-integration-2017-2021". */
  programme: string;
  publishedAt?: string;
  example?: boolean;
  exampleNote?: LocalizedText;
  /** By measure id. */
  statuses: Record<string, MonitoringStatus>;
  /** By indicator id. */
  observations?: Record<string, MonitoringObservation[]>;
}

export interface MonitoringOptions {
  /** The day dates are compared with ("2020-04-01" or a Date); today when left out. */
  today?: string | Date;
}

export type ReviewLocale = 'fi' | 'sv' | 'en';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const token = (t: string | number): string => String(t).replace(/~/g, '~0').replace(/\//g, '~1');
const at = (...tokens: (string | number)[]): string => tokens.map((t) => `/${token(t)}`).join('');

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** The values a reported status may take (every scale's values; "not-reported" means: leave it out). */
export const REPORTED_STATUS_VALUES = ['not-started', 'in-progress', 'partially-achieved', 'achieved', 'no', 'partially', 'yes'] as const;

const TOP_LEVEL = new Set(['$schema', 'schemaVersion', 'programme', 'publishedAt', 'example', 'exampleNote', 'statuses', 'observations']);
const STATUS_FIELDS = new Set(['value', 'reportedAt', 'source', 'note']);
const OBSERVATION_FIELDS = new Set(['period', 'value', 'source', 'note']);
const LOCALE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** "YYYY-MM-DD" of a Date in local time, or of a string given as such. */
function isoDay(day: string | Date | undefined): string {
  if (typeof day === 'string') return day;
  const d = day ?? new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** True for a real calendar date written "YYYY-MM-DD" (what JSON Schema's "date" format accepts). */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkText(value: unknown, pointer: string, what: string, errors: ValidationIssue[]): void {
  if (!isObject(value) || Object.keys(value).length === 0) {
    errors.push({ pointer, message: `${what} must be a text in one or more languages, like {"fi": "…", "sv": "…", "en": "…"}` });
    return;
  }
  for (const [locale, text] of Object.entries(value)) {
    if (!LOCALE_CODE.test(locale)) {
      errors.push({ pointer: `${pointer}${at(locale)}`, message: `${what}: "${locale}" is not a language code like "fi", "sv" or "en"` });
    } else if (typeof text !== 'string' || text.trim() === '') {
      errors.push({ pointer: `${pointer}${at(locale)}`, message: `${what}: the "${locale}" text is empty` });
    }
  }
}

function checkSource(value: unknown, pointer: string, who: string, errors: ValidationIssue[]): void {
  if (!isObject(value)) {
    errors.push({ pointer, message: `${who}: the source must be an object like {"name": {"fi": "…"}, "url": "https://…"}` });
    return;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'name' && key !== 'url') {
      errors.push({ pointer: `${pointer}${at(key)}`, message: `${who}: "${key}" is not a field of a source (only name and url)` });
    }
  }
  if (!('name' in value)) errors.push({ pointer, message: `${who}: the source has no name (the decision, report or page it is)` });
  else checkText(value.name, `${pointer}/name`, `${who}: the source's name`, errors);
  if (!('url' in value)) {
    errors.push({ pointer, message: `${who}: the source has no address (url), like https://paatokset.hel.fi/…` });
  } else if (typeof value.url !== 'string' || !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value.url)) {
    errors.push({
      pointer: `${pointer}/url`,
      message: `${who}: the source's address must be a web address starting with https://; found ${show(value.url)}`,
    });
  } else if (/[^\x21-\x7e]/.test(value.url)) {
    // As the JSON Schema's "uri" format: an address, not an IRI.
    errors.push({
      pointer: `${pointer}/url`,
      message: `${who}: the source's address has characters a web address cannot hold; write letters such as ä as %-codes (%C3%A4), as a browser does when the address is copied; found ${show(value.url)}`,
    });
  }
}

function checkDate(value: unknown, pointer: string, what: string, today: string, errors: ValidationIssue[]): void {
  if (!isDate(value)) {
    errors.push({ pointer, message: `${what} must be a date like 2020-03-31; found ${show(value)}` });
  } else if (value > today) {
    errors.push({ pointer, message: `${what} ${value} is in the future (today is ${today})` });
  }
}

/**
 * Checks a monitoring file. Without `programme`: its shape, in the same terms as the JSON Schema,
 * plus dates in the future. With `programme`: also that it reports on that programme, that every
 * measure and indicator exists there, and that each status is on its measure's scale. Every
 * problem with a status names the measure. Never throws, whatever it is given.
 */
export function validateMonitoring(
  raw: unknown,
  programme?: IntegrationProgrammePackage,
  options: MonitoringOptions = {},
): ValidationResult {
  const errors: ValidationIssue[] = [];
  if (!isObject(raw)) {
    return {
      valid: false,
      errors: [{ pointer: '', message: 'must be a JSON object (a monitoring file with "programme" and "statuses")' }],
    };
  }
  const today = isoDay(options.today);
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.has(key)) errors.push({ pointer: at(key), message: `"${key}" is not a field of a monitoring file (a typo?)` });
  }
  if (!('programme' in raw)) {
    errors.push({
      pointer: '',
      message: 'does not say which programme it reports on: add "programme", like "helsinki-integration-2017-2021"',
    });
  } else if (typeof raw.programme !== 'string' || raw.programme === '') {
    errors.push({
      pointer: '/programme',
      message: `must be the programme's id, like "helsinki-integration-2017-2021"; found ${show(raw.programme)}`,
    });
  } else if (programme && raw.programme !== programme.programme.id) {
    errors.push({
      pointer: '/programme',
      message: `reports on programme "${raw.programme}", but this is programme "${programme.programme.id}": the file belongs to another programme`,
    });
  }
  if ('schemaVersion' in raw && (typeof raw.schemaVersion !== 'string' || !/^\d+\.\d+\.\d+$/.test(raw.schemaVersion))) {
    errors.push({ pointer: '/schemaVersion', message: `must be a version like "1.0.0"; found ${show(raw.schemaVersion)}` });
  }
  if ('publishedAt' in raw) checkDate(raw.publishedAt, '/publishedAt', 'the publication date (publishedAt)', today, errors);
  if ('example' in raw && typeof raw.example !== 'boolean') {
    errors.push({ pointer: '/example', message: `must be true or false; found ${show(raw.example)}` });
  }
  if ('exampleNote' in raw) checkText(raw.exampleNote, '/exampleNote', 'the example note', errors);
  if ('$schema' in raw && typeof raw.$schema !== 'string')
    errors.push({ pointer: '/$schema', message: 'must be the address of the schema' });

  const measures = new Map((programme?.measures ?? []).map((m) => [m.id, m]));
  const scales = new Map((programme?.statusScales ?? []).map((s) => [s.id, s]));
  const indicators = new Set((programme?.indicators ?? []).map((i) => i.id));

  if (!('statuses' in raw)) {
    errors.push({ pointer: '', message: 'has no "statuses": add {} when no measure has been reported yet' });
  } else if (!isObject(raw.statuses)) {
    errors.push({ pointer: '/statuses', message: 'must be an object of statuses by measure id, like {"1.1": {…}}' });
  } else {
    for (const [id, status] of Object.entries(raw.statuses)) {
      const pointer = at('statuses', id);
      const who = `measure ${id}`;
      if (programme && !measures.has(id)) {
        errors.push({
          pointer,
          message: `${who} is not in the programme "${programme.programme.id}" (measure ids are like "1.1", "2", "4.12")`,
        });
      }
      if (!isObject(status)) {
        errors.push({
          pointer,
          message: `${who}: the status must be an object like {"value": "in-progress", "reportedAt": "2020-03-31", "source": {…}}`,
        });
        continue;
      }
      for (const key of Object.keys(status)) {
        if (!STATUS_FIELDS.has(key))
          errors.push({ pointer: `${pointer}${at(key)}`, message: `${who}: "${key}" is not a field of a status (a typo?)` });
      }
      if (!('value' in status)) {
        errors.push({ pointer, message: `${who}: the status has no value (like "in-progress")` });
      } else if (status.value === 'not-reported') {
        errors.push({
          pointer: `${pointer}/value`,
          message: `${who}: "not-reported" is not a reported status; leave the measure out of the file instead`,
        });
      } else if (typeof status.value !== 'string' || !(REPORTED_STATUS_VALUES as readonly string[]).includes(status.value)) {
        errors.push({
          pointer: `${pointer}/value`,
          message: `${who}: ${show(status.value)} is not a status (${REPORTED_STATUS_VALUES.join(', ')})`,
        });
      } else {
        const scale = scales.get(measures.get(id)?.statusScale ?? '');
        const allowed = scale?.values.map((v) => v.value as string);
        if (scale && allowed && !allowed.includes(status.value)) {
          errors.push({
            pointer: `${pointer}/value`,
            message: `${who}: "${status.value}" is not on the measure's scale "${scale.id}" (${allowed.join(', ')})`,
          });
        }
      }
      if (!('reportedAt' in status)) {
        errors.push({ pointer, message: `${who}: the status has no date (reportedAt); add the date it was reported, like 2020-03-31` });
      } else {
        checkDate(status.reportedAt, `${pointer}/reportedAt`, `${who}: the date (reportedAt)`, today, errors);
      }
      if (!('source' in status)) {
        errors.push({
          pointer,
          message: `${who}: the status has no source; add the decision, report or page it comes from, with its name and address (url)`,
        });
      } else {
        checkSource(status.source, `${pointer}/source`, who, errors);
      }
      if ('note' in status) checkText(status.note, `${pointer}/note`, `${who}: the note`, errors);
    }
  }

  if ('observations' in raw) {
    if (!isObject(raw.observations)) {
      errors.push({ pointer: '/observations', message: 'must be an object of value lists by indicator id, like {"i-1.1-a": [{…}]}' });
    } else {
      for (const [id, list] of Object.entries(raw.observations)) {
        const pointer = at('observations', id);
        const who = `indicator ${id}`;
        if (programme && !indicators.has(id)) {
          errors.push({ pointer, message: `${who} is not in the programme "${programme.programme.id}"` });
        }
        if (!Array.isArray(list)) {
          errors.push({ pointer, message: `${who}: must be a list of values, like [{"period": "2019", "value": 1050}]` });
          continue;
        }
        const periods = new Set<string>();
        list.forEach((item, i) => {
          const here = `${pointer}/${i}`;
          if (!isObject(item)) {
            errors.push({ pointer: here, message: `${who}: each value must be an object like {"period": "2019", "value": 1050}` });
            return;
          }
          for (const key of Object.keys(item)) {
            if (!OBSERVATION_FIELDS.has(key))
              errors.push({ pointer: `${here}${at(key)}`, message: `${who}: "${key}" is not a field of a value (a typo?)` });
          }
          if (typeof item.period !== 'string' || item.period.trim() === '') {
            errors.push({
              pointer: `${here}/period`,
              message: `${who}: each value needs its period, like "2019"; found ${show(item.period)}`,
            });
          } else if (periods.has(item.period)) {
            errors.push({ pointer: `${here}/period`, message: `${who}: the period "${item.period}" is given twice` });
          } else {
            periods.add(item.period);
          }
          if (!('value' in item)) {
            errors.push({
              pointer: here,
              message: `${who}: the value for ${show(item.period)} is missing (use null when it is not known)`,
            });
          } else if (item.value !== null && (typeof item.value !== 'number' || !Number.isFinite(item.value))) {
            errors.push({ pointer: `${here}/value`, message: `${who}: the value must be a number or null; found ${show(item.value)}` });
          }
          if ('source' in item) checkSource(item.source, `${here}/source`, `${who} (${show(item.period)})`, errors);
          if ('note' in item) checkText(item.note, `${here}/note`, `${who}: the note`, errors);
        });
      }
    }
  }
  return { valid: errors.length === 0, errors };
}

/** True when the data looks like a monitoring file rather than a package (a programme id and statuses). */
export const isMonitoringFile = (data: unknown): boolean => isObject(data) && typeof data.programme === 'string' && 'statuses' in data;

// ---------------------------------------------------------------------------------------------
// The status review

/** One status value as the review shows it, with its label from the programme's status scales. */
export interface ReviewStatusValue {
  value: string;
  label: string;
}

export interface ReviewScale {
  id: string;
  name: string;
  /** "not-reported" first, then the scale's values in order. */
  values: ReviewStatusValue[];
}

export interface ReviewThemeCounts {
  themeId: string;
  number: number;
  title: string;
  /** Measures in the theme. */
  total: number;
  /** Measures per status value: every value of every scale and "not-reported", zeros included. */
  counts: Record<string, number>;
  /** The same per scale: scale id → value → measures. */
  byScale: Record<string, Record<string, number>>;
}

export interface ReviewChange {
  measureId: string;
  title: string;
  kind: 'new' | 'changed' | 'removed';
  oldValue?: string;
  oldLabel?: string;
  oldDate?: string;
  newValue?: string;
  newLabel?: string;
  newDate?: string;
}

export interface ReviewMeasure {
  id: string;
  title: string;
  themeId: string;
  themeTitle: string;
  setId: string;
  scaleId: string;
  /** "not-reported" when the file has no status for the measure. */
  status: string;
  statusLabel: string;
  reportedAt?: string;
  note?: string;
  source?: { name: string; url: string };
}

export interface StatusReview {
  locale: ReviewLocale;
  programme: { id: string; title: string; subtitle?: string; period: string };
  /** The day the review was made (YYYY-MM-DD). */
  generatedAt: string;
  publishedAt?: string;
  previousPublishedAt?: string;
  /** True when the monitoring file is an example; `exampleNote` says so in the locale. */
  example: boolean;
  exampleNote?: string;
  scales: ReviewScale[];
  themes: ReviewThemeCounts[];
  /** Every status value with its label, in order: "not-reported", then each scale's values. */
  values: ReviewStatusValue[];
  /** Null when no previous file was given. */
  changes: ReviewChange[] | null;
  measures: ReviewMeasure[];
}

export interface ReviewOptions extends MonitoringOptions {
  locale?: ReviewLocale;
}

/**
 * "Not reported": the label the widgets use for a measure without a status
 * (translations/measures/*.xlf, id sa70592421b2de75d), as status-scales.json has no such value.
 */
const NOT_REPORTED: Record<ReviewLocale, string> = { fi: 'Ei raportoitu', sv: 'Inte rapporterad', en: 'Not reported' };

/** The text in the locale, else Finnish, else English, else the first there is. */
function pick(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  return text[locale] ?? text.fi ?? text.en ?? Object.values(text)[0] ?? '';
}

const statusLabel = (scale: StatusScale | undefined, value: string, locale: ReviewLocale): string =>
  value === 'not-reported' ? NOT_REPORTED[locale] : pick(scale?.values.find((v) => v.value === value)?.label, locale) || value;

/**
 * What a status review needs, from the current monitoring file (and the previous one, for the
 * changes), in one locale: counts per theme and status value, the changes since `previous`, and
 * every measure with its status, date, note and source. A measure the file does not mention is
 * "not reported". Pure: give it valid files (see validateMonitoring).
 */
export function statusReview(
  current: MonitoringFile,
  programme: IntegrationProgrammePackage,
  previous?: MonitoringFile,
  options: ReviewOptions = {},
): StatusReview {
  const locale = options.locale ?? 'fi';
  const scales = new Map(programme.statusScales.map((s) => [s.id, s]));
  const sets = new Map(programme.measureSets.map((s) => [s.id, s]));
  const themes = new Map(programme.themes.map((t) => [t.id, t]));
  const reviewScales: ReviewScale[] = programme.statusScales.map((s) => ({
    id: s.id,
    name: pick(s.name, locale),
    values: [
      { value: 'not-reported', label: NOT_REPORTED[locale] },
      ...s.values.map((v) => ({ value: v.value, label: pick(v.label, locale) })),
    ],
  }));
  const values: ReviewStatusValue[] = [];
  for (const scale of reviewScales) for (const v of scale.values) if (!values.some((x) => x.value === v.value)) values.push(v);

  const themeOf = (m: Measure) => themes.get(sets.get(m.setId)?.themeId ?? '');
  const statuses = isObject(current.statuses) ? current.statuses : {};
  const measures: ReviewMeasure[] = programme.measures.map((m) => {
    const status = Object.hasOwn(statuses, m.id) ? statuses[m.id] : undefined;
    const theme = themeOf(m);
    const value = status?.value ?? 'not-reported';
    return {
      id: m.id,
      title: pick(m.title, locale),
      themeId: theme?.id ?? '',
      themeTitle: pick(theme?.title, locale),
      setId: m.setId,
      scaleId: m.statusScale,
      status: value,
      statusLabel: statusLabel(scales.get(m.statusScale), value, locale),
      ...(status?.reportedAt ? { reportedAt: status.reportedAt } : {}),
      ...(status?.note ? { note: pick(status.note, locale) } : {}),
      ...(status?.source ? { source: { name: pick(status.source.name, locale), url: status.source.url } } : {}),
    };
  });

  const themeCounts: ReviewThemeCounts[] = programme.themes.map((t) => {
    const inTheme = measures.filter((m) => m.themeId === t.id);
    const counts = Object.fromEntries(values.map((v) => [v.value, 0]));
    const byScale = Object.fromEntries(reviewScales.map((s) => [s.id, Object.fromEntries(s.values.map((v) => [v.value, 0]))]));
    for (const m of inTheme) {
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      const row = (byScale[m.scaleId] ??= {});
      row[m.status] = (row[m.status] ?? 0) + 1;
    }
    return { themeId: t.id, number: t.number, title: pick(t.title, locale), total: inTheme.length, counts, byScale };
  });

  let changes: ReviewChange[] | null = null;
  if (previous) {
    changes = [];
    const before = isObject(previous.statuses) ? previous.statuses : {};
    const label = (id: string, value: string) =>
      statusLabel(scales.get(programme.measures.find((m) => m.id === id)?.statusScale ?? ''), value, locale);
    const title = (id: string) => pick(programme.measures.find((m) => m.id === id)?.title, locale);
    const ids = [...new Set([...programme.measures.map((m) => m.id), ...Object.keys(before), ...Object.keys(statuses)])];
    for (const id of ids) {
      const old = Object.hasOwn(before, id) ? before[id] : undefined;
      const now = Object.hasOwn(statuses, id) ? statuses[id] : undefined;
      if (!old && !now) continue;
      if (old && now && old.value === now.value && old.reportedAt === now.reportedAt) continue;
      changes.push({
        measureId: id,
        title: title(id),
        kind: !old ? 'new' : !now ? 'removed' : 'changed',
        ...(old ? { oldValue: old.value, oldLabel: label(id, old.value), oldDate: old.reportedAt } : {}),
        ...(now ? { newValue: now.value, newLabel: label(id, now.value), newDate: now.reportedAt } : {}),
      });
    }
  }

  const p = programme.programme;
  return {
    locale,
    programme: {
      id: p.id,
      title: pick(p.title, locale),
      ...(p.subtitle ? { subtitle: pick(p.subtitle, locale) } : {}),
      period: `${p.period.start}–${p.period.end}`,
    },
    generatedAt: isoDay(options.today),
    ...(current.publishedAt ? { publishedAt: current.publishedAt } : {}),
    ...(previous?.publishedAt ? { previousPublishedAt: previous.publishedAt } : {}),
    example: current.example === true,
    ...(current.example === true ? { exampleNote: pick(current.exampleNote, locale) } : {}),
    scales: reviewScales,
    themes: themeCounts,
    values,
    changes,
    measures,
  };
}

const WORDS = {
  fi: {
    title: 'Tilannekatsaus',
    generated: 'Laadittu',
    published: 'Seurantatiedosto julkaistu',
    previous: 'Edellinen seurantatiedosto julkaistu',
    example: 'Esimerkkitiedot',
    counts: 'Toimenpiteiden tila teemoittain',
    theme: 'Teema',
    total: 'Yhteensä',
    changes: 'Muutokset edelliseen seurantatiedostoon',
    noPrevious: 'Edellistä seurantatiedostoa ei annettu, joten muutoksia ei verrattu.',
    noChanges: 'Ei muutoksia.',
    new: 'uusi',
    changed: 'muuttunut',
    removed: 'poistunut',
    measures: 'Toimenpiteet',
    status: 'Tila',
    reportedAt: 'Raportoitu',
    note: 'Huomautus',
    source: 'Lähde',
    sourceUrl: 'Lähteen osoite',
    measure: 'Toimenpide',
    id: 'Numero',
  },
  sv: {
    title: 'Lägesrapport',
    generated: 'Upprättad',
    published: 'Uppföljningsfilen publicerad',
    previous: 'Föregående uppföljningsfil publicerad',
    example: 'Exempeldata',
    counts: 'Åtgärdernas status per tema',
    theme: 'Tema',
    total: 'Totalt',
    changes: 'Ändringar sedan föregående uppföljningsfil',
    noPrevious: 'Ingen föregående uppföljningsfil angavs, så inga ändringar jämfördes.',
    noChanges: 'Inga ändringar.',
    new: 'ny',
    changed: 'ändrad',
    removed: 'borttagen',
    measures: 'Åtgärder',
    status: 'Status',
    reportedAt: 'Rapporterad',
    note: 'Anmärkning',
    source: 'Källa',
    sourceUrl: 'Källans adress',
    measure: 'Åtgärd',
    id: 'Nummer',
  },
  en: {
    title: 'Status review',
    generated: 'Prepared',
    published: 'Monitoring file published',
    previous: 'Previous monitoring file published',
    example: 'Example data',
    counts: 'Status of the measures by theme',
    theme: 'Theme',
    total: 'Total',
    changes: 'Changes since the previous monitoring file',
    noPrevious: 'No previous monitoring file was given, so no changes were compared.',
    noChanges: 'No changes.',
    new: 'new',
    changed: 'changed',
    removed: 'removed',
    measures: 'Measures',
    status: 'Status',
    reportedAt: 'Reported',
    note: 'Note',
    source: 'Source',
    sourceUrl: 'Source address',
    measure: 'Measure',
    id: 'Number',
  },
} as const;

/** A date in the Finnish form (28.5.2018), in every language, as the widgets show it. */
const day = (iso: string | undefined): string => {
  if (!iso || !isDate(iso)) return iso ?? '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

/** Text safe inside Markdown (and inside a table cell): no markup, links or HTML of its own. */
const md = (text: string): string =>
  text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/([\\`*_[\]<>|#!~])/g, '\\$1')
    .replace(/^([-+]|\d+\.)(\s)/, (_, a: string, b: string) => `${a.replace(/([.+-])/, '\\$1')}${b}`);

const link = (source: { name: string; url: string }): string =>
  /^https?:\/\/\S+$/i.test(source.url) ? `[${md(source.name)}](<${source.url.replace(/[<>]/g, encodeURIComponent)}>)` : md(source.name);

/**
 * The review as a Markdown document that prints on A4: the title and the programme, the dates,
 * the counts per theme and status (one table per status scale), the changes, then each measure.
 */
export function reviewMarkdown(review: StatusReview, locale: ReviewLocale = review.locale): string {
  const w = WORDS[locale];
  const lines: string[] = [];
  lines.push(`# ${w.title}: ${md(review.programme.title)}`, '');
  if (review.programme.subtitle) lines.push(`${md(review.programme.subtitle)}`, '');
  const dates = [`${w.generated} ${day(review.generatedAt)}`];
  if (review.publishedAt) dates.push(`${w.published} ${day(review.publishedAt)}`);
  if (review.previousPublishedAt) dates.push(`${w.previous} ${day(review.previousPublishedAt)}`);
  lines.push(dates.join('  \n'), '');
  if (review.example) lines.push(`> **${w.example}.** ${md(review.exampleNote ?? '')}`, '');

  lines.push(`## ${w.counts}`, '');
  for (const scale of review.scales) {
    const themes = review.themes.filter((t) => Object.values(t.byScale[scale.id] ?? {}).some((n) => n > 0));
    if (themes.length === 0) continue;
    lines.push(`### ${md(scale.name)}`, '');
    lines.push(`| ${w.theme} | ${scale.values.map((v) => md(v.label)).join(' | ')} | ${w.total} |`);
    lines.push(`| --- | ${scale.values.map(() => '---:').join(' | ')} | ---: |`);
    const totals = scale.values.map(() => 0);
    for (const t of themes) {
      const row = scale.values.map((v) => t.byScale[scale.id]?.[v.value] ?? 0);
      row.forEach((n, i) => (totals[i] += n));
      lines.push(`| ${t.number} ${md(t.title)} | ${row.join(' | ')} | ${row.reduce((a, b) => a + b, 0)} |`);
    }
    lines.push(`| **${w.total}** | ${totals.map((n) => `**${n}**`).join(' | ')} | **${totals.reduce((a, b) => a + b, 0)}** |`, '');
  }

  lines.push(`## ${w.changes}`, '');
  if (review.changes === null) lines.push(w.noPrevious, '');
  else if (review.changes.length === 0) lines.push(w.noChanges, '');
  else {
    for (const c of review.changes) {
      const old = c.oldValue ? `${md(c.oldLabel ?? c.oldValue)} (${day(c.oldDate)})` : NOT_REPORTED[locale];
      const now = c.newValue ? `${md(c.newLabel ?? c.newValue)} (${day(c.newDate)})` : NOT_REPORTED[locale];
      lines.push(`- **${md(c.measureId)}** ${md(c.title)}: ${old} → ${now} (${w[c.kind]})`);
    }
    lines.push('');
  }

  lines.push(`## ${w.measures}`, '');
  let theme = '';
  for (const m of review.measures) {
    if (m.themeId !== theme) {
      theme = m.themeId;
      const t = review.themes.find((x) => x.themeId === theme);
      lines.push(`### ${w.theme} ${t?.number ?? ''} ${md(m.themeTitle)}`.replace(/ {2,}/g, ' '), '');
    }
    lines.push(`**${md(m.id)} ${md(m.title)}**  `);
    const facts = [`${w.status}: ${md(m.statusLabel)}`];
    if (m.reportedAt) facts.push(`${w.reportedAt} ${day(m.reportedAt)}`);
    lines.push(facts.join(' · ') + (m.note || m.source ? '  ' : ''));
    if (m.note) lines.push(`${w.note}: ${md(m.note)}` + (m.source ? '  ' : ''));
    if (m.source) lines.push(`${w.source}: ${link(m.source)}`);
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

/**
 * The review as CSV (RFC 4180, CRLF, cells defused against spreadsheet formulas): a header, then
 * one row per measure: number, theme, title, status, date reported, note, source name and address.
 */
export function reviewCsv(review: StatusReview, locale: ReviewLocale = review.locale): string {
  const w = WORDS[locale];
  const header = [w.id, w.theme, w.measure, w.status, w.reportedAt, w.note, w.source, w.sourceUrl];
  const rows = review.measures.map((m) => [
    m.id,
    m.themeTitle,
    m.title,
    m.statusLabel,
    m.reportedAt,
    m.note,
    m.source?.name,
    m.source?.url,
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
