/**
 * The monitoring file over the programme: the statuses a coordinator published (with their date and
 * source) and the indicators' values, merged over the bundled programme through the one data
 * mechanism. The file comes from a widget's `monitoring` attribute or, once for the page, from
 * `<meta name="hki-monitoring" content="…">`. It is loaded and validated once per page (the cache);
 * a file that cannot be used leaves the programme as it is (every measure "not reported") with a
 * note the widgets show, never an error in place of the content.
 *
 * This module is all a programme widget loads when no file is named; the loading, checking and
 * merging (monitoring-merge.ts, with the checks of @hki-widgets/data/validate) load only when one is.
 */
import type { LocalizedText, ReportSource } from '@hki-widgets/data';
import { asText } from '../text/as-text.js';
import { resolveSrc } from './fetch-json.js';
import type { Source } from './source.js';

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
export interface Monitorable {
  programme: { id: string };
  measures: { id: string; status: object }[];
  indicators?: { id: string; observations: object[] }[];
  example?: boolean;
  exampleNote?: LocalizedText;
}

/** A programme with what its monitoring file did to it. */
export type Monitored<T> = T & { monitoring?: MonitoringInfo };

/** The address of the monitoring file for an element: its own attribute, or the page's meta tag. */
export function monitoringAddress(own: unknown): string | undefined {
  const attribute = asText(own).trim();
  if (attribute) return attribute;
  return document.querySelector('meta[name="hki-monitoring"]')?.getAttribute('content')?.trim() || undefined;
}

/** The page-wide cache key of the monitoring file at an address (the merge's source uses the same). */
export const monitoringKey = (src: string): string => `monitoring:${resolveSrc(src) ?? `unusable:${src}`}`;

/**
 * The programme source with the monitoring file at `src` merged over it (no file: the source as it
 * is). Both load through the page-wide cache, once each, whichever widgets ask; the programme failing
 * is the widget's error, the file failing only a note on the programme.
 */
export function withMonitoring<T extends Monitorable>(base: Source<T>, src: string | undefined): Source<Monitored<T>> {
  if (!src) return base;
  const key = monitoringKey(src);
  return {
    key: `${base.key}|${key}`,
    family: base.family ? `${base.family}|${key}` : undefined,
    address: base.address,
    what: base.what,
    describe: base.describe,
    isEmpty: base.isEmpty,
    load: async (signal) => (await import('./monitoring-merge.js')).loadMonitored(base, src, signal),
  };
}
