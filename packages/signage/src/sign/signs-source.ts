/**
 * The signs data as a source: the bundled templates, or a signs package at a URL, checked before
 * use. Each way of failing has its own message for the resident.
 */
import { msg } from '@lit/localize';
import { bundledSource, DataFailure, failureMessage, urlSource, asText } from '@hki-widgets/core';
import type { FailureMessages, LoadError, Source } from '@hki-widgets/core';
import type { SignsPackage } from '@hki-widgets/data';

const what = 'the signs data';

/** What a resident reads for each way of failing (read at render time, in the interface language). */
const messages: FailureMessages = {
  load: () => msg('The sign information could not be loaded. Please try again later.'),
  format: () => msg('The sign information could not be shown because it is not in the expected format.'),
  timeout: () => msg('Loading the sign information took too long. Please try again later.'),
  tooLarge: () => msg('The sign information could not be shown because the file is too large.'),
};
const describe = (error: LoadError): string => failureMessage(error, messages);

async function validate(raw: unknown): Promise<SignsPackage> {
  // The checks are only needed for data from a URL: their own chunk, not on every page.
  const { checkSigns, formatIssues } = await import('@hki-widgets/data/validate');
  const data = raw as SignsPackage | null;
  const shaped = data && typeof data === 'object' && Array.isArray(data.signs) && Array.isArray(data.pictograms);
  const issues = shaped ? checkSigns(data as never) : [{ pointer: '', message: 'must be a signs data package' }];
  if (issues.length) throw new DataFailure('invalid', formatIssues(issues.slice(0, 20)));
  return data as SignsPackage;
}

/** The signs package an element's `src` means: the one at that address, or the bundled one without it. */
export function signsSource(src: string | null | undefined): Source<SignsPackage> {
  const address = asText(src).trim();
  if (address) return urlSource({ kind: 'signs', src: address, what, validate, describe });
  return bundledSource({ key: 'signs:bundled', what, describe, module: () => import('@hki-widgets/data/signs.js') });
}
