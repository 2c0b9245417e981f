// Generated from elements.json by scripts/gen-elements.mjs: do not edit. Change the list and run the script.
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
