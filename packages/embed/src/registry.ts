/**
 * Every element the autoloader knows: its tag, and the module that defines it. Each becomes its own
 * chunk in the CDN build, fetched relative to hki-widgets.js only when a page uses the tag.
 */
export const registry: Record<string, () => Promise<unknown>> = {
  'hki-term': () => import('@hki-widgets/glossary/term/define.js'),
};
