/**
 * Printing one sign alone, whatever else is on the page: the path from the sign up to `<html>` is
 * marked (through shadow roots and slots), every sibling along that path is hidden for print only,
 * the sign's own paper size is put in force, and `window.print()` runs. Everything is undone after
 * printing. Nothing changes on screen: the marks only mean something in `@media print`.
 */

/** On the sign being printed. */
export const ALONE = 'data-hki-print-alone';
/** On the sign and each of its ancestors in the flat tree (the tree as it is rendered). */
export const PATH = 'data-hki-print-path';
/** On each sibling of the path: hidden in print. */
export const HIDDEN = 'data-hki-print-hidden';

/**
 * Print-only rules, adopted by the document and by each shadow root along the path while the sign
 * prints. The path loses whatever could push the sign off its sheet or repeat it (margins, fixed
 * positions, grids, transforms); text of its own (text nodes cannot be marked) is made invisible.
 */
const RULES = `@media print {
  [${HIDDEN}] { display: none !important; }
  [${PATH}] {
    display: block !important;
    position: static !important;
    float: none !important;
    width: auto !important;
    min-width: 0 !important;
    max-width: none !important;
    height: auto !important;
    min-height: 0 !important;
    max-height: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: visible !important;
    columns: auto !important;
    transform: none !important;
    filter: none !important;
    opacity: 1 !important;
    box-shadow: none !important;
    background: none !important;
    visibility: hidden !important;
  }
  [${PATH}]::before, [${PATH}]::after { content: none !important; }
  [${ALONE}] { visibility: visible !important; }
}`;

let rules: CSSStyleSheet | undefined;
const printRules = (): CSSStyleSheet => {
  if (!rules) {
    rules = new CSSStyleSheet();
    rules.replaceSync(RULES);
  }
  return rules;
};

/** The undo of the print in progress, if any. */
let pending: (() => void) | undefined;

type Root = Document | ShadowRoot;

const adopt = (root: Root, sheet: CSSStyleSheet) => {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
};
const unadopt = (root: Root, sheet: CSSStyleSheet) => {
  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
};

/** The parent of an element in the flat tree: its slot when slotted, the host at the top of a shadow root. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  const parent = el.parentNode;
  if (parent instanceof Element) return parent;
  if (parent instanceof ShadowRoot) return parent.host;
  return null;
}

/**
 * Marks the sign, its path and the siblings of the path, and puts `@page { size: <page> }` last
 * in the document's style sheets. Returns the undo.
 */
function isolate(sign: Element, page: string): () => void {
  const hide = printRules();
  const pageRule = new CSSStyleSheet();
  // The same margins as the sign's own @page rule (print.ts).
  pageRule.replaceSync(`@page { size: ${page}; margin: 10mm; }`);

  const marked: [Element, string][] = [];
  const mark = (el: Element, name: string) => {
    if (el.hasAttribute(name)) return;
    el.setAttribute(name, '');
    marked.push([el, name]);
  };
  const roots = new Set<Root>();
  mark(sign, ALONE);
  for (let el: Element | null = sign; el; el = flatParent(el)) {
    mark(el, PATH);
    const root = el.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) roots.add(root);
    // Siblings in the light tree: for a slotted element, the host's other children (those in other
    // slots are hidden too, as they should be); the slot's own siblings come at the next step.
    for (const sibling of el.parentNode?.children ?? []) if (sibling !== el) mark(sibling, HIDDEN);
  }
  for (const root of roots) adopt(root, hide);
  adopt(document, pageRule);

  return () => {
    for (const [el, name] of marked) el.removeAttribute(name);
    for (const root of roots) unadopt(root, hide);
    unadopt(document, pageRule);
  };
}

/**
 * Prints `sign` alone on a sheet of `page` (a CSS `@page` size: `A4 portrait`, `A3 landscape`, or
 * `auto` for the printer's default sheet). The marks are undone on `afterprint`; right after
 * `window.print()` returns when it printed then and there; otherwise (a browser that prints after
 * returning) at `afterprint` or when the person next presses a key or a pointer on the page.
 */
export function printAlone(sign: Element, page: string): void {
  pending?.();
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) {
    window.print();
    return;
  }
  const restore = isolate(sign, page);
  const events: ['afterprint' | 'pointerdown' | 'keydown', boolean][] = [
    ['afterprint', false],
    ['pointerdown', true],
    ['keydown', true],
  ];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    for (const [type, capture] of events) window.removeEventListener(type, finish, capture);
    if (pending === finish) pending = undefined;
    restore();
  };
  pending = finish;
  for (const [type, capture] of events) window.addEventListener(type, finish, capture);

  let printed = false;
  const before = () => (printed = true);
  window.addEventListener('beforeprint', before);
  try {
    window.print();
  } finally {
    window.removeEventListener('beforeprint', before);
  }
  // The print layout was made during the call (beforeprint came) but afterprint did not: undo now.
  if (printed) finish();
}
