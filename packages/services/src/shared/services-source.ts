/**
 * Services data for the finder and the card, as a core source: the bundled package, a services
 * package at a URL (validated against the schema), or the city's live feeds (Service Map v2 or TPR
 * v4 unit lists) read through the adapters. The page-wide cache shares one load per address and format.
 */
import { msg } from '@lit/localize';
import { DataFailure, bundledSource, failureMessage, urlSource, type LoadError, type Source, asText } from '@hki-widgets/core';
import type { ServicesPackage } from '@hki-widgets/data';

export type ServicesFormat = 'package' | 'servicemap' | 'tpr';

/** The services, and how many units of a feed could not be read (always 0 for a package). */
export interface ServicesData {
  data: ServicesPackage;
  skipped: number;
}

const FEEDS: Record<Exclude<ServicesFormat, 'package'>, ServicesPackage['sources'][number]> = {
  servicemap: { id: 'servicemap', title: 'City of Helsinki Service Map API v2 (units)', lang: 'fi', publisher: 'City of Helsinki' },
  tpr: { id: 'tpr', title: 'City of Helsinki service register (TPR) API v4 (units)', lang: 'fi', publisher: 'City of Helsinki' },
};

const describe = (error: LoadError): string =>
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
  return { data: raw as ServicesPackage, skipped: 0 };
}

/** A feed's unit list read through its adapter; anything but a list is not in the expected format. */
async function readFeed(format: Exclude<ServicesFormat, 'package'>, raw: unknown): Promise<ServicesData> {
  const json = raw as { results?: unknown } | null;
  const isObject = json !== null && typeof json === 'object';
  const isList = Array.isArray(json) || (format === 'servicemap' && isObject && Array.isArray(json.results));
  if (!isList) {
    const expected = format === 'servicemap' ? 'Service Map v2 unit list ({results: [...]} or an array)' : 'TPR v4 unit list (an array)';
    throw new DataFailure('invalid', `expected a ${expected}`);
  }
  const { adapt } = await import('../adapters/index.js');
  const { services, skipped } = adapt(format, raw);
  return { data: { schemaVersion: '1.0.0', locales: ['fi', 'sv', 'en'], sources: [FEEDS[format]], districts: [], services }, skipped };
}

export interface ServicesScope {
  /** The element's `src`: a services package or a feed's unit list; none for the bundled services. */
  src?: string | null;
  /** What `src` holds (the bundled services are always a package). */
  format: ServicesFormat;
}

export function servicesSource({ src, format }: ServicesScope): Source<ServicesData> {
  const what = 'the services';
  const address = asText(src).trim();
  if (!address) {
    return bundledSource({
      key: 'services:bundled',
      what,
      describe,
      module: () => import('@hki-widgets/data/services.js'),
      validate: (raw) => ({ data: raw as ServicesPackage, skipped: 0 }),
    });
  }
  const validate = format === 'package' ? validatePackage : (raw: unknown) => readFeed(format, raw);
  return urlSource({ kind: `services-${format}`, src: address, what, validate, describe });
}
