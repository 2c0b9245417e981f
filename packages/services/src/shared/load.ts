/**
 * Services data for the finder and the card: the bundled package, a services package at a URL, or
 * the city's live feeds (Service Map v2 or TPR v4 unit lists) through the adapters. One request per
 * URL per page (core's loadJson); never throws.
 */
import { loadJson, type LoadError } from '@hki-widgets/core';
import type { ServicesPackage } from '@hki-widgets/data';

export type ServicesFormat = 'package' | 'servicemap' | 'tpr';

export type ServicesResult = { ok: true; data: ServicesPackage; skipped: number } | { ok: false; error: LoadError };

let bundled: Promise<ServicesResult> | undefined;

const FEEDS: Record<Exclude<ServicesFormat, 'package'>, ServicesPackage['sources'][number]> = {
  servicemap: { id: 'servicemap', title: 'City of Helsinki Service Map API v2 (units)', lang: 'fi', publisher: 'City of Helsinki' },
  tpr: { id: 'tpr', title: 'City of Helsinki service register (TPR) API v4 (units)', lang: 'fi', publisher: 'City of Helsinki' },
};

export async function loadServices(src: string | undefined, format: ServicesFormat): Promise<ServicesResult> {
  if (!src?.trim()) {
    bundled ??= import('@hki-widgets/data/services.js').then(
      (m) => ({ ok: true as const, data: m.default, skipped: 0 }),
      (error: Error) => ({ ok: false as const, error: { kind: 'network' as const, url: 'bundled data', detail: `the bundled services could not be loaded (${error.message})` } }),
    );
    return bundled;
  }
  const response = await loadJson(src);
  if (!response.ok) return response;
  if (format === 'package') {
    const { validateServicesPackage, formatIssues } = await import('@hki-widgets/data/validate');
    const result = validateServicesPackage(response.data);
    if (!result.valid) {
      return {
        ok: false,
        error: { kind: 'invalid', url: src, detail: `the services package does not follow the schema (${result.errors.length} problem(s)):\n${formatIssues(result.errors.slice(0, 20))}`, issues: result.errors },
      };
    }
    return { ok: true, data: response.data as ServicesPackage, skipped: 0 };
  }
  const json = response.data as { results?: unknown } | null;
  const isList = Array.isArray(json) || (format === 'servicemap' && json !== null && typeof json === 'object' && Array.isArray(json.results));
  if (!isList) {
    return { ok: false, error: { kind: 'invalid', url: src, detail: `expected a ${format === 'servicemap' ? 'Service Map v2 unit list ({results: [...]} or an array)' : 'TPR v4 unit list (an array)'}` } };
  }
  const { adapt } = await import('../adapters/index.js');
  const { services, skipped } = adapt(format, response.data);
  return { ok: true, data: { schemaVersion: '1.0.0', locales: ['fi', 'sv', 'en'], sources: [FEEDS[format]], districts: [], services }, skipped };
}
