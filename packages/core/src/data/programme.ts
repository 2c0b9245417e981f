/**
 * The programme as a source: the bundled package for the interface language (or only one measure
 * set's slice of it, 5–10 kB instead of 28 kB), or a package at a URL, validated against the schema.
 */
import { msg } from '@lit/localize';
import type { Glossary, IntegrationProgrammePackage, ProgrammeSummary } from '@hki-widgets/data';
import { asText } from '../text/as-text.js';
import type { UiLocale } from '../locale/resolve.js';
import { DataFailure, failureMessage, type LoadError, type LoadResult, type Source } from './source.js';
import { bundledSource, urlSource } from './url-source.js';
import { loadSource } from './cache.js';
import { bundledProgramme, type ProgrammePart } from './bundled.js';

const describe = (error: LoadError): string =>
  failureMessage(error, {
    load: () => msg('The programme information could not be loaded. Please try again later.'),
    format: () => msg('The programme information could not be shown because it is not in the expected format.'),
    timeout: () => msg('Loading the programme information took too long. Please try again later.'),
    tooLarge: () => msg('The programme information could not be shown because the file is too large.'),
  });

async function validate(raw: unknown): Promise<IntegrationProgrammePackage> {
  // The validator is only needed for data from a URL: its own chunk, not on every page.
  const { formatIssues, validatePackage } = await import('@hki-widgets/data/validate');
  const result = validatePackage(raw);
  if (!result.valid) {
    const count = result.errors.length;
    throw new DataFailure(
      'invalid',
      `the data package does not follow the schema (${count} problem(s)):\n${formatIssues(result.errors.slice(0, 20))}`,
      result.errors,
    );
  }
  return raw as IntegrationProgrammePackage;
}

export interface ProgrammeScope {
  /** The element's `src`: a package at a URL (every language in one file). */
  src?: string | null;
  /** The interface language, for the bundled package. */
  locale: UiLocale;
  /** Only this measure set is needed: the bundled slice of it is enough. */
  measureSet?: string;
}

/** A part of the programme: the bundled module of that part, or the whole package at `src` (a superset of every part). */
function partSource<T>(src: string | null | undefined, locale: UiLocale, part: ProgrammePart): Source<T> {
  const what = 'the programme data';
  const address = asText(src).trim();
  if (address) return urlSource({ kind: 'programme', src: address, what, validate: validate as (raw: unknown) => Promise<T>, describe });
  const { module, name } = bundledProgramme(locale, part);
  return bundledSource({ key: `programme:bundled:${locale}:${name}`, family: `programme:bundled:${name}`, what, describe, module });
}

export function programmeSource({ src, locale, measureSet }: ProgrammeScope): Source<IntegrationProgrammePackage> {
  return partSource(src, locale, { measureSet });
}

/**
 * The programme's concepts, for an inline term: the bundled glossary alone (1 kB), or the whole
 * package at `src` (every package is a glossary too).
 */
export function glossarySource({ src, locale }: Omit<ProgrammeScope, 'measureSet'>): Source<Glossary> {
  return partSource(src, locale, 'glossary');
}

/**
 * The programme at a glance, for the summary: the bundled summary slice (each measure only as its
 * id, set and status), or the whole package at `src`.
 */
export function summarySource({ src, locale }: Omit<ProgrammeScope, 'measureSet'>): Source<ProgrammeSummary> {
  return partSource(src, locale, 'summary');
}

/** The programme without an element (scripts, tests): the same source and cache the widgets use. */
export function loadProgramme(
  src: string | null | undefined,
  locale: UiLocale,
  scope: { measureSet?: string } = {},
): Promise<LoadResult<IntegrationProgrammePackage>> {
  return loadSource(programmeSource({ src, locale, measureSet: scope.measureSet }));
}
