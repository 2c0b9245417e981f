/**
 * Adapters from the City of Helsinki's service feeds to this project's Service type, so a division
 * can point the service finder at live data: Service Map API v2 units, the older TPR v4 units,
 * Hauki opening hours, and packages already in this project's own format. Each file names the
 * public code and documentation its field mapping is based on. None of them throws on bad input.
 */
import { fromServicesPackage } from './package.js';
import { fromServiceMapList } from './servicemap.js';
import { readSafely, type AdaptResult } from './shared.js';
import { fromTprList } from './tpr.js';

export { fromServiceMapUnit, fromServiceMapList } from './servicemap.js';
export { fromTprUnit, fromTprList } from './tpr.js';
export { fromHaukiOpeningHours } from './hauki.js';
export { fromServicesPackage, looksLikeService } from './package.js';
export type { AdaptResult, Tally } from './shared.js';

export type AdapterFormat = 'servicemap' | 'tpr' | 'package';

const readers: Record<AdapterFormat, (json: unknown) => AdaptResult> = {
  servicemap: fromServiceMapList,
  tpr: fromTprList,
  package: fromServicesPackage,
};

/**
 * The services in a feed response of the given format, how many entries could not be read, and how
 * many links were left out of the services read (`dropped`, only when any). An unknown format reads
 * nothing and counts the document as one skipped entry. Never throws.
 */
export function adapt(format: AdapterFormat, json: unknown): AdaptResult {
  const read = Object.hasOwn(readers, format) ? readers[format] : undefined;
  if (!read) return { services: [], skipped: 1 };
  return readSafely(() => read(json)) ?? { services: [], skipped: 1 };
}
