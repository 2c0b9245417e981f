// Generated from elements.json by scripts/gen-elements.mjs: do not edit. Change the list and run the script.
import { prefetch as prefetch0 } from '@hki-widgets/measures/measure-card/prefetch.js';
import { prefetch as prefetch1 } from '@hki-widgets/measures/measure-list/prefetch.js';
import { prefetch as prefetch2 } from '@hki-widgets/measures/programme-summary/prefetch.js';
import { prefetch as prefetch3 } from '@hki-widgets/charts/indicator-chart/prefetch.js';
import { prefetch as prefetch4 } from '@hki-widgets/services/shared/prefetch.js';
import { prefetch as prefetch5 } from '@hki-widgets/signage/sign/prefetch.js';
import { prefetch as prefetch6 } from '@hki-widgets/glossary/term/prefetch.js';

/**
 * Every element the autoloader knows: its tag, and the module that defines it. Each becomes its own
 * chunk in the CDN build, fetched relative to hki-widgets.js only when a page uses the tag.
 */
export const registry: Record<string, () => Promise<unknown>> = {
  'hki-measure-card': () => import('@hki-widgets/measures/measure-card/define.js'),
  'hki-measure-list': () => import('@hki-widgets/measures/measure-list/define.js'),
  'hki-programme-summary': () => import('@hki-widgets/measures/programme-summary/define.js'),
  'hki-indicator-chart': () => import('@hki-widgets/charts/indicator-chart/define.js'),
  'hki-service-finder': () => import('@hki-widgets/services/service-finder/define.js'),
  'hki-service-card': () => import('@hki-widgets/services/service-card/define.js'),
  'hki-sign': () => import('@hki-widgets/signage/sign/define.js'),
  'hki-term': () => import('@hki-widgets/glossary/term/define.js'),
};

/**
 * The height each element keeps while its code and data load (its typical height on a wide screen),
 * so the page's text below it does not move when the content arrives.
 */
export const reserves: Record<string, string> = {
  'hki-measure-card': '38rem',
  'hki-measure-list': '100vh',
  'hki-programme-summary': '58rem',
  'hki-indicator-chart': '30rem',
  'hki-service-finder': '100vh',
  'hki-service-card': '30rem',
  'hki-sign': '36rem',
};

/**
 * What hki-widgets.js calls on seeing an element, before the element's code has arrived: each starts
 * the data request the element will make (small modules without Lit, bundled into hki-widgets.js).
 */
export const prefetchers: Record<string, (element: Element) => void> = {
  'hki-measure-card': prefetch0,
  'hki-measure-list': prefetch1,
  'hki-programme-summary': prefetch2,
  'hki-indicator-chart': prefetch3,
  'hki-service-finder': prefetch4,
  'hki-service-card': prefetch4,
  'hki-sign': prefetch5,
  'hki-term': prefetch6,
};
