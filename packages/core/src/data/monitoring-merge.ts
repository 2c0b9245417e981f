/**
 * Loading, checking and merging a monitoring file (see monitoring.ts): loaded only when a widget or
 * the page names a file. Its messages never reach a resident as an error: a file that cannot be used
 * becomes a note on the programme (MonitoringInfo.problem, worded by the widgets) and one console
 * error, so its source's `describe` is the console's English.
 */
import { acquire } from './cache.js';
import { DataFailure, type LoadError, type Source } from './source.js';
import { urlSource } from './url-source.js';
import { monitoringKey, type Monitorable, type Monitored, type MonitoringFile } from './monitoring.js';

/** The monitoring files whose problem the console has been told (the cache may load one again later). */
const reported = new Set<string>();

const describe = (error: LoadError): string => `the monitoring file could not be used (${error.kind}): ${error.detail}`;

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
  const source = urlSource({ kind: 'monitoring', src, what: 'the monitoring file', validate, describe });
  // (The same key the light module gives the file, whoever computes it.)
  return { ...source, key: monitoringKey(src) };
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

/** The programme with the file merged over it: both through the page-wide cache, once each. */
export async function loadMonitored<T extends Monitorable>(base: Source<T>, src: string, signal: AbortSignal): Promise<Monitored<T>> {
  const file = monitoringSource(src);
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
}
