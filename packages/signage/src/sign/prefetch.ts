import { addressOf, prefetchModule, prefetchUrl } from '@hki-widgets/core/prefetch';

/** Called by hki-widgets.js on seeing a sign, before its code arrives: starts the signs it will ask for. */
export function prefetch(element: Element): void {
  const src = addressOf(element, 'src');
  if (src) prefetchUrl(src);
  else prefetchModule(() => import('@hki-widgets/data/signs.js'));
}
