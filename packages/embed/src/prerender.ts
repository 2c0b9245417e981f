/**
 * prerender.js, beside hki-widgets.js: what the embed configurator uses to write a widget's content
 * into the snippet (a declarative shadow root, see core's prerender). Never loaded by a page.
 */
export { prerender } from '@hki-widgets/core/prerender';
