import { addressOf, prefetchMonitoring, prefetchProgramme, prefetchUrl } from '@hki-widgets/core/prefetch';

/** Called by hki-widgets.js on seeing the element, before its code arrives: starts the data it will ask for. */
export function prefetch(element: Element): void {
  prefetchMonitoring(element);
  const src = addressOf(element, 'src');
  if (src) prefetchUrl(src);
  else prefetchProgramme();
}
