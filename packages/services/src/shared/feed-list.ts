/**
 * A feed's unit list read page by page (Service Map v2 `{count, next, results}`, TPR v4 a plain
 * array, or one unit): loaded on demand by services-source.ts, so pages with the bundled services
 * do not carry it.
 */
import { DataFailure, asText, fetchJson, type LoadProgress } from '@hki-widgets/core';
import type { Service } from '@hki-widgets/data';
import {
  SERVER_SEARCH_HINT,
  SERVICEMAP_PAGE_SIZE,
  feedPackage,
  type FeedRead,
  type ServicesData,
  type ServicesFormat,
} from './services-source.js';

type Progress = (progress: LoadProgress) => void;

/** A page of a unit list: its units, and for the Service Map's paged form its `count` and `next`. */
interface ListPage {
  units: unknown[];
  count?: number;
  next?: unknown;
}

/** A unit list page (a plain array, `{count, next, results: [...]}`, or one unit object), or undefined for anything else. */
function listPage(json: unknown): ListPage | undefined {
  if (Array.isArray(json)) return { units: json };
  if (json === null || typeof json !== 'object') return undefined;
  const { results, count, next } = json as { results?: unknown; count?: unknown; next?: unknown };
  // One unit on its own (`/v2/unit/41102/`, `/v4/unit/41102`): a list of one.
  if (!Array.isArray(results)) return 'id' in json ? { units: [json] } : undefined;
  return { units: results, count: typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : undefined, next };
}

/** The first page's address: a Service Map list gets a page size of its own when it names none. */
export function firstPageUrl(format: Exclude<ServicesFormat, 'package'>, url: string): string {
  if (format !== 'servicemap') return url;
  const first = new URL(url);
  if (!first.searchParams.has('page_size')) first.searchParams.set('page_size', String(SERVICEMAP_PAGE_SIZE));
  return first.href;
}

/**
 * Reads a feed's unit list page by page, following `next` (absolute, or relative to the page that
 * gives it; http(s) only) up to `max` units. The first page must be a unit list; a later page that
 * fails or is no list ends the paging with what was read before it (`broken`); a `next` read
 * already (a loop) or no http(s) address ends it too (`stopped`). Throws `DataFailure`.
 */
export async function readFeedList(
  format: Exclude<ServicesFormat, 'package'>,
  url: string,
  max: number,
  signal: AbortSignal,
  progress: Progress,
): Promise<ServicesData> {
  const { adapt } = await import('../adapters/index.js');
  const services: Service[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  let dropped = 0;
  let read = 0;
  const feed: FeedRead = { pages: 0, limited: false, max };
  const seen = new Set<string>();
  let next: string | undefined = firstPageUrl(format, url);
  while (next !== undefined) {
    const pageUrl: string = next;
    next = undefined;
    seen.add(pageUrl);
    let page: ListPage | undefined;
    try {
      page = listPage(await fetchJson(pageUrl, signal));
      if (!page) {
        const expected =
          format === 'servicemap' ? 'Service Map v2 unit list ({results: [...]} or an array)' : 'TPR v4 unit list (an array)';
        throw new DataFailure('invalid', `expected a ${expected}${feed.pages > 0 ? ` at ${pageUrl}` : ''}`);
      }
    } catch (error) {
      if (signal.aborted || !(error instanceof DataFailure)) throw error;
      const detail = error.kind === 'too-large' ? `${error.detail}; ${SERVER_SEARCH_HINT}` : error.detail;
      if (feed.pages === 0) throw new DataFailure(error.kind, pageUrl === url ? detail : `${detail} (at ${pageUrl})`, error.issues);
      feed.broken = { url: pageUrl, detail, kind: error.kind };
      break;
    }
    feed.pages += 1;
    if (feed.pages === 1 && page.count !== undefined) feed.total = page.count;
    const room = max - read;
    const units = page.units.slice(0, room);
    read += units.length;
    const result = adapt(format, units);
    skipped += result.skipped;
    dropped += result.dropped ?? 0;
    for (const service of result.services) {
      if (ids.has(service.id)) skipped += 1;
      else {
        ids.add(service.id);
        services.push(service);
      }
    }
    const more = page.next !== undefined && page.next !== null && page.next !== '';
    if (page.units.length > room || (read >= max && more)) {
      feed.limited = true;
      break;
    }
    progress({ loaded: read, ...(feed.total !== undefined ? { total: feed.total } : {}) });
    if (!more) break;
    let target: string | undefined;
    try {
      const resolved = new URL(asText(page.next), pageUrl);
      target = resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
    } catch {
      target = undefined;
    }
    if (target === undefined) feed.stopped = { url: asText(page.next), why: 'not-http' };
    else if (seen.has(target)) feed.stopped = { url: target, why: 'loop' };
    else next = target;
  }
  if (feed.limited && feed.total !== undefined && feed.total <= max) feed.total = undefined;
  return { data: feedPackage(format, services), skipped, dropped, feed };
}
