import { addressOf, prefetchProgramme, prefetchUrl } from '@hki-widgets/core/prefetch';

/** Called by hki-widgets.js on seeing a term, before its code arrives: starts the glossary (or `src`). */
export function prefetch(element: Element): void {
  const src = addressOf(element, 'src');
  if (src) prefetchUrl(src);
  else prefetchProgramme('glossary');
}
