/**
 * Whether an element is available on this page: defined already, or known to the hki-widgets.js
 * autoloader, which defines it as soon as it appears.
 */
export function canDefine(tag: string): boolean {
  const autoloaded = (globalThis as Record<symbol, unknown>)[Symbol.for('hki-widgets.autoloader.tags')];
  return Boolean(customElements.get(tag)) || (Array.isArray(autoloaded) && autoloaded.includes(tag));
}
