import { addressOf, prefetchMonitoring, prefetchProgramme, prefetchUrl } from '@hki-widgets/core/prefetch';
import { setOfIndicator } from './indicator-set.js';

/** Called by hki-widgets.js on seeing a chart, before its code arrives: starts the data it will ask for. */
export function prefetch(element: Element): void {
  const indicator = element.getAttribute('indicator')?.trim();
  if (indicator) prefetchMonitoring(element);
  const src = addressOf(element, 'src');
  const jsonstat = addressOf(element, 'jsonstat');
  if (indicator && src) prefetchUrl(src);
  else if (indicator) prefetchProgramme({ measureSet: setOfIndicator(indicator) });
  else if (jsonstat) prefetchUrl(jsonstat);
}
