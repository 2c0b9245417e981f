import { prefetchers as registryPrefetchers, registry, reserves as registryReserves } from './registry.js';

type Loaders = Record<string, () => Promise<unknown>>;
type Prefetchers = Record<string, (element: Element) => void>;

/** Where the autoloader lists the tags it can define (read with `canDefine()` in core). */
export const AUTOLOADED_TAGS = Symbol.for('hki-widgets.autoloader.tags');

/**
 * Defines `hki-*` elements on demand: watches the document, and the shadow roots of the elements it
 * loads, and imports an element's module the first time its tag appears. Unknown `hki-*` tags are
 * reported once in the console; a chunk that fails to load is reported and does not stop the others.
 *
 * An element written in the page itself, seen before its tag is defined, also has its data request
 * started at once (`prefetchers`, from elements.json), in parallel with its code: the element's own
 * request later finds it under way. Elements inside other widgets get their data from them.
 */
export function startAutoloader(
  loaders: Loaders = registry,
  root: Document = document,
  prefetchers: Prefetchers = registryPrefetchers,
): void {
  // Elements may ask whether a tag will be defined on demand (a card offering an indicator's chart).
  (globalThis as Record<symbol, unknown>)[AUTOLOADED_TAGS] = Object.keys(loaders);
  const requested = new Set<string>();
  const observed = new WeakSet<Node>();

  const load = (tag: string): void => {
    if (requested.has(tag)) return;
    requested.add(tag);
    if (customElements.get(tag)) return;
    const loader = loaders[tag];
    if (!loader) {
      console.error(
        `[hki-widgets] <${tag}> is not an hki-widgets element. Known elements: ${Object.keys(loaders)
          .map((t) => `<${t}>`)
          .join(', ')}`,
      );
      return;
    }
    loader().catch((error: unknown) => {
      requested.delete(tag); // a later appearance of the tag tries again
      console.error(`[hki-widgets] could not load <${tag}>: ${(error as Error).message ?? String(error)}`);
    });
  };

  const watchShadowRoot = async (element: Element): Promise<void> => {
    await customElements.whenDefined(element.localName);
    await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (element.shadowRoot) observe(element.shadowRoot);
  };

  const prefetch = (element: Element): void => {
    if (customElements.get(element.localName) || !Object.hasOwn(prefetchers, element.localName)) return;
    try {
      prefetchers[element.localName](element);
    } catch (error) {
      // Only a head start: the element asks again, and reports a problem itself.
      console.warn(`[hki-widgets] could not start the data of <${element.localName}> early: ${(error as Error).message}`);
    }
  };

  // Known tags, and any element not defined yet (an unknown hki-* tag is one): the browser picks
  // them, instead of a walk over every node a widget adds (the explorer adds hundreds a render).
  const wanted = [...Object.keys(loaders), ':not(:defined)'].join(',');
  const scan = (node: ParentNode, inPage: boolean): void => {
    const found = [...node.querySelectorAll(wanted)];
    const elements = node instanceof Element && node.matches(wanted) ? [node, ...found] : found;
    for (const element of elements) {
      if (!element.localName.startsWith('hki-')) continue;
      if (inPage) prefetch(element);
      load(element.localName);
      if (element.localName in loaders) void watchShadowRoot(element);
    }
  };

  function observe(target: Document | ShadowRoot): void {
    if (observed.has(target)) return;
    observed.add(target);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) scan(node, target === root);
      }
    }).observe(target, { childList: true, subtree: true });
    scan(target, target === root);
  }

  reserveSpace(root, registryReserves);
  observe(root);
}

/**
 * The space each widget keeps until its content is there: before its code has arrived (`:not(:defined)`)
 * and in its loading state (core's theme reads `--hki-reserve-block-size`). `:where()` gives the rules no
 * weight, so a page's own `hki-measure-card { --hki-reserve-block-size: … }` wins.
 */
function reserveSpace(root: Document, reserves: Record<string, string>): void {
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
  const rules = Object.entries(reserves).map(
    ([tag, size]) =>
      `:where(${tag}){--hki-reserve-block-size:${size}}:where(${tag}:not(:defined)){display:block;min-block-size:var(--hki-reserve-block-size)}`,
  );
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join(''));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
