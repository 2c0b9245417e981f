import { addressOf, prefetchMonitoring, prefetchProgramme, prefetchUrl } from '@hki-widgets/core/prefetch';

/** Called by hki-widgets.js on seeing a card, before its code arrives: starts the data it will ask for. */
export function prefetch(element: Element): void {
  prefetchMonitoring(element);
  const src = addressOf(element, 'src');
  const measure = element.getAttribute('measure')?.trim();
  if (src) prefetchUrl(src);
  // The slice of the measure's set, as the card's programmeSource asks for it (setIdOf).
  else if (measure) prefetchProgramme({ measureSet: measure.split('.')[0] });
}
