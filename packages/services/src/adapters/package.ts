/**
 * Adapter: a services package in this project's own format (packages/data/schema/services.schema.json),
 * or a plain array of its services. Each service gets a shallow structural check here (the required
 * fields are present and of the right kind) so one broken entry is skipped instead of breaking a
 * widget; the full schema check is the data package's job, before a package is published.
 */
import type { Service } from '@hki-widgets/data';
import { LOCALE_CODE, isRecord, readEntries, type AdaptResult } from './shared.js';

const ID = /^[a-z0-9][a-z0-9.-]*$/;
const HOURS_KINDS = new Set(['structured', 'text', 'unknown']);

function isLocalizedText(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([lang, t]) => LOCALE_CODE.test(lang) && typeof t === 'string' && t !== '');
}

/** True when the value has the shape of a Service in its required fields. */
export function looksLikeService(value: unknown): value is Service {
  if (!isRecord(value)) return false;
  const { id, name, description, topics, audiences, languages, channels, openingHours, sources, provenance } = value;
  return (
    typeof id === 'string' &&
    id.length <= 80 &&
    ID.test(id) &&
    isLocalizedText(name) &&
    isLocalizedText(description) &&
    Array.isArray(topics) &&
    Array.isArray(audiences) &&
    Array.isArray(languages) &&
    Array.isArray(channels) &&
    isRecord(openingHours) &&
    typeof openingHours.kind === 'string' &&
    HOURS_KINDS.has(openingHours.kind) &&
    Array.isArray(sources) &&
    sources.length > 0 &&
    sources.every((s) => isRecord(s) && typeof s.sourceId === 'string') &&
    isRecord(provenance)
  );
}

/** The services of a ServicesPackage (or a plain array of services); unreadable entries and repeated ids are skipped. */
export function fromServicesPackage(json: unknown): AdaptResult {
  const items = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.services) ? json.services : undefined;
  if (!items) return { services: [], skipped: 1 };
  return readEntries(items, (item) => (looksLikeService(item) ? item : undefined));
}
