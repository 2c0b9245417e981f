/**
 * The monitoring file over the programme: the statuses a coordinator published (with their date and
 * source) and the indicators' values, merged over the bundled programme through the one data
 * mechanism. The file comes from a widget's `monitoring` attribute or, once for the page, from
 * `<meta name="hki-monitoring" content="…">`. It is loaded and validated once per page (the cache);
 * a file that cannot be used leaves the programme as it is (every measure "not reported") with a
 * note the widgets show, never an error in place of the content.
 */
import { msg } from '@lit/localize';
import type { LocalizedText, ReportSource } from '@hki-widgets/data';
import { asText } from '../text/as-text.js';
import { acquire } from './cache.js';
import { DataFailure, failureMessage, type LoadError, type Source } from './source.js';
import { urlSource } from './url-source.js';

/** A monitoring file as the widgets use it (the schema: packages/data/schema/monitoring.schema.json). */
export interface MonitoringFile {
  programme: string;
  statuses: Record<string, { value: string; reportedAt: string; source: ReportSource; note?: LocalizedText }>;
  observations?: Record<string, { period: string; value: number | null; source?: ReportSource; note?: LocalizedText }[]>;
  publishedAt?: string;
  example?: boolean;
  exampleNote?: LocalizedText;
}

/** What a merged programme says about its monitoring file. */
export interface MonitoringInfo {
  /** The file's address. */
  src: string;
  /** Why the file could not be used (the widget shows a note; the programme stays as bundled). */
  problem?: 'load' | 'invalid' | 'other-programme';
}

/** The part of a programme (or of its slices) the monitoring file changes. */
interface Monitorable {
  programme: { id: string };
  measures: { id: string; status: object }[];
  indicators?: { id: string; observations: object[] }[];
  example?: boolean;
  exampleNote?: LocalizedText;
}

/** A programme with what its monitoring file did to it. */
export type Monitored<T> = T & { monitoring?: MonitoringInfo };

/** The monitoring files whose problem the console has been told (the cache may load one again later). */
const reported = new Set<string>();

/** The address of the monitoring file for an element: its own attribute, or the page's meta tag. */
export function monitoringAddress(own: unknown): string | undefined {
  const attribute = asText(own).trim();
  if (attribute) return attribute;
  return document.querySelector('meta[name="hki-monitoring"]')?.getAttribute('content')?.trim() || undefined;
}

const describe = (error: LoadError): string =>
  failureMessage(error, {
    load: () => msg('The progress information could not be loaded.'),
    format: () => msg('The progress information is not in the expected format.'),
    timeout: () => msg('Loading the progress information took too long.'),
    tooLarge: () => msg('The progress file is too large.'),
  });

async function validate(raw: unknown): Promise<MonitoringFile> {
  const { formatIssues, validateMonitoring } = await import('@hki-widgets/data/validate');
  const result = validateMonitoring(raw);
  if (!result.valid) {
    throw new DataFailure('invalid', `the monitoring file does not follow its schema:\n${formatIssues(result.errors.slice(0, 20))}`);
  }
  return raw as MonitoringFile;
}

/** The monitoring file at an address, as a source of its own (cached once per page, whoever asks). */
export function monitoringSource(src: string): Source<MonitoringFile> {
  return urlSource({ kind: 'monitoring', src, what: 'the monitoring file', validate, describe });
}

/** The programme with the file's statuses and values in place; every one of them keeps its date and source. */
export function applyMonitoring<T extends Monitorable>(pkg: T, file: MonitoringFile, src: string): Monitored<T> {
  if (file.programme !== pkg.programme.id) {
    if (!reported.has(src)) {
      reported.add(src);
      console.error(
        `[hki-widgets] the monitoring file ${src} is for the programme "${file.programme}", not "${pkg.programme.id}": its statuses are not shown.`,
      );
    }
    return { ...pkg, monitoring: { src, problem: 'other-programme' } };
  }
  const example = file.example === true;
  const measures = pkg.measures.map((m) => {
    const status = file.statuses[m.id];
    return status ? { ...m, status: { ...status, ...(example ? { example: true } : {}) } } : m;
  });
  const indicators = pkg.indicators?.map((i) => {
    const values = file.observations?.[i.id];
    return values ? { ...i, observations: values.map((o) => ({ ...o, ...(example ? { example: true } : {}) })) } : i;
  });
  return {
    ...pkg,
    measures,
    ...(indicators ? { indicators } : {}),
    ...(example ? { example: true, exampleNote: file.exampleNote ?? pkg.exampleNote } : {}),
    monitoring: { src },
  };
}

/**
 * The programme source with the monitoring file at `src` merged over it (no file: the source as it
 * is). Both load through the page-wide cache, once each, whichever widgets ask; the programme failing
 * is the widget's error, the file failing only a note on the programme.
 */
export function withMonitoring<T extends Monitorable>(base: Source<T>, src: string | undefined): Source<Monitored<T>> {
  if (!src) return base;
  const file = monitoringSource(src);
  return {
    key: `${base.key}|${file.key}`,
    family: base.family ? `${base.family}|${file.key}` : undefined,
    address: base.address,
    what: base.what,
    describe: base.describe,
    isEmpty: base.isEmpty,
    load: async (signal) => {
      const leases = [acquire(base), acquire(file)] as const;
      const stop = () => leases.forEach((lease) => lease.release());
      signal.addEventListener('abort', stop, { once: true });
      try {
        const [programme, monitoring] = await Promise.all([leases[0].promise, leases[1].promise]);
        if (!programme.ok) throw new DataFailure(programme.error.kind, programme.error.detail, programme.error.issues);
        if (monitoring.ok) return applyMonitoring(programme.data, monitoring.data, file.address);
        if (!reported.has(file.address)) {
          reported.add(file.address); // once per file and page, however many widgets use it
          console.error(
            `[hki-widgets] could not use the monitoring file ${file.address}: ${monitoring.error.detail}. Every measure is shown as not reported.`,
          );
        }
        const problem = monitoring.error.kind === 'invalid' || monitoring.error.kind === 'json' ? 'invalid' : 'load';
        return { ...programme.data, monitoring: { src: file.address, problem } };
      } finally {
        signal.removeEventListener('abort', stop);
        stop();
      }
    },
  };
}
