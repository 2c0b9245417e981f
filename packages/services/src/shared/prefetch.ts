import { addressOf, prefetchModule, prefetchUrl } from '@hki-widgets/core/prefetch';

/**
 * Called by hki-widgets.js on seeing a finder or a service card, before its code arrives: starts the
 * services it will ask for. A register list (`format="servicemap"` or `"tpr"`) is read page by page
 * with its own parameters, and server search asks per query: those start when the element runs.
 */
export function prefetch(element: Element): void {
  const src = addressOf(element, 'src');
  if (!src) prefetchModule(() => import('@hki-widgets/data/services.js'));
  else if ((element.getAttribute('format') ?? 'package') === 'package' && element.getAttribute('search') !== 'server') prefetchUrl(src);
}
