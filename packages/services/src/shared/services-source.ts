/**
 * Services data for the finder and the card, as a core source: the bundled package, a services
 * package at a URL (validated against the schema), or the city's live feeds (Service Map v2 or TPR
 * v4 unit lists) read through the adapters. A feed list is read page by page, following each page's
 * `next`, up to a limit of units; the page-wide cache shares one load per address, format and limit,
 * and every element sharing it sees its progress.
 */
import { msg } from '@lit/localize';
import { DataFailure, bundledSource, failureMessage, fetchJson, resolveSrc, type LoadError, type Source, asText } from '@hki-widgets/core';
import type { Service, ServicesPackage } from '@hki-widgets/data';

export type ServicesFormat = 'package' | 'servicemap' | 'tpr';

/** How many units a feed list is read up to, unless the element says otherwise (`max-services`). */
export const DEFAULT_MAX_SERVICES = 2000;

/**
 * The page size asked of the Service Map when the list address names none: its own default is 20
 * (smbackend settings.py PAGE_SIZE), which would take 100 requests for 2,000 units; its maximum is
 * 1,000 (services/api_pagination.py). 500 units of real size are about 1.4 MB, well under the 5 MB
 * limit of each response.
 */
export const SERVICEMAP_PAGE_SIZE = 500;

/** How a feed list was read (pages, limit, where the paging stopped). */
export interface FeedRead {
  /** The pages read. */
  pages: number;
  /** The number of units the list says it has (its `count`), when it says. */
  total?: number;
  /** The list had more units than the limit: only the first `max` are kept. */
  limited: boolean;
  /** The limit the list was read up to. */
  max: number;
  /** A later page could not be read: the units of the pages before it are kept. What went wrong. */
  broken?: { url: string; detail: string; kind: LoadError['kind'] };
  /** The paging stopped at a `next` that was no usable address or one read already (a loop). */
  stopped?: { url: string; why: 'loop' | 'not-http' };
}

/** The services, how many units of a feed could not be read or lost links, and how the feed was read. */
export interface ServicesData {
  data: ServicesPackage;
  /** Units that could not be read (no id, no name, not an object, a repeated id). Always 0 for a package. */
  skipped: number;
  /** Links left out of the units read because they were no http(s) address. */
  dropped: number;
  /** For a feed list only. */
  feed?: FeedRead;
}

const FEEDS: Record<Exclude<ServicesFormat, 'package'>, ServicesPackage['sources'][number]> = {
  servicemap: { id: 'servicemap', title: 'City of Helsinki Service Map API v2 (units)', lang: 'fi', publisher: 'City of Helsinki' },
  tpr: { id: 'tpr', title: 'City of Helsinki service register (TPR) API v4 (units)', lang: 'fi', publisher: 'City of Helsinki' },
};

/** The editor's way out of a list too large to download, for the console. */
export const SERVER_SEARCH_HINT =
  'to offer a search of the whole city, use search="server" with src set to a Service Map v2 base address (such as https://api.hel.fi/servicemap/v2/)';

export const describeServicesFailure = (error: LoadError): string =>
  failureMessage(error, {
    load: () => msg('The service information could not be loaded. Please try again later.'),
    format: () => msg('The service information could not be shown because it is not in the expected format.'),
    timeout: () => msg('Loading the service information took too long. Please try again later.'),
    tooLarge: () => msg('The service information could not be shown because the file is too large.'),
  });

async function validatePackage(raw: unknown): Promise<ServicesData> {
  // The validator is only needed for data from a URL: its own chunk, not on every page.
  const { formatIssues, validateServicesPackage } = await import('@hki-widgets/data/validate');
  const result = validateServicesPackage(raw);
  if (!result.valid) {
    const problems = `${result.errors.length} problem(s)):\n${formatIssues(result.errors.slice(0, 20))}`;
    throw new DataFailure('invalid', `the services package does not follow the schema (${problems}`, result.errors);
  }
  return { data: raw as ServicesPackage, skipped: 0, dropped: 0 };
}

/** A services package made of a feed's units. */
export function feedPackage(format: Exclude<ServicesFormat, 'package'>, services: Service[]): ServicesPackage {
  return { schemaVersion: '1.0.0', locales: ['fi', 'sv', 'en'], sources: [FEEDS[format]], districts: [], services };
}

export interface ServicesScope {
  /** The element's `src`: a services package or a feed's unit list; none for the bundled services. */
  src?: string | null;
  /** What `src` holds (the bundled services are always a package). */
  format: ServicesFormat;
  /** How many units of a feed list to read at most (`max-services`); the default when not a positive integer. */
  maxServices?: number;
}

/** A usable unit limit: a positive whole number, else the default. */
export const unitLimit = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_SERVICES;

export function servicesSource({ src, format, maxServices }: ServicesScope): Source<ServicesData> {
  const what = 'the services';
  const address = asText(src).trim();
  if (!address) {
    return bundledSource({
      key: 'services:bundled',
      what,
      describe: describeServicesFailure,
      module: () => import('@hki-widgets/data/services.js'),
      validate: (raw) => ({ data: raw as ServicesPackage, skipped: 0, dropped: 0 }),
    });
  }
  const url = resolveSrc(address);
  if (format === 'package' || !url) {
    const kind = `services-${format === 'package' ? 'package' : format}`;
    return {
      key: `${kind}:${url ?? `unusable:${address}`}`,
      address: url ?? address,
      what,
      describe: describeServicesFailure,
      load: (signal) => (url ? fetchJson(url, signal) : Promise.reject(new DataFailure('network', 'the address is not an http(s) URL'))),
      validate: format === 'package' ? validatePackage : undefined,
    };
  }
  const max = unitLimit(maxServices);
  return {
    key: `services-${format}:${url}#max=${max}`,
    address: url,
    what,
    describe: describeServicesFailure,
    // Paging and the adapters are only needed for a feed: their own chunk, not on every page.
    load: async (signal, progress) =>
      (await import('./feed-list.js')).readFeedList(format, url, max, signal, progress ?? (() => undefined)),
  };
}
