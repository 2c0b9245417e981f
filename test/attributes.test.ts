// Every documented attribute of every element is untrusted input: an editor's typo or a hostile
// snippet. The attributes come from custom-elements.json (`npx cem analyze --config
// custom-elements-manifest.config.mjs`, run by `npm test` before the browser tests), the elements
// and a valid use of each from elements.json (its typical page for the size report). One element per
// case: valid but for one attribute set to a malformed value. Each must throw nothing, leave its
// loading state (its ready signal, `dataComplete()`), run nothing, and show something (content or a
// localized message). The string-typed properties get non-string values (null, 42, {}) too.
// Parameters in the page address are test/url-params.test.ts's.
import { expect } from '@open-wc/testing';
import '@hki-widgets/embed/all.js';
import type { HkiElement } from '@hki-widgets/core';
import { captureConsole } from './helpers.js';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; attributes?: ManifestAttribute[] }[] }[];
}
interface ElementsList {
  elements: { tag: string; size: { html: string } }[];
}

async function json<T>(path: string, hint: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} (${hint})`);
  return (await response.json()) as T;
}

const manifest = await json<Manifest>(
  '/custom-elements.json',
  'generate it with npx cem analyze --config custom-elements-manifest.config.mjs',
);
const { elements } = await json<ElementsList>('/elements.json', 'the list of elements');

/** Each element's documented attributes, by tag. */
const documented = new Map<string, ManifestAttribute[]>();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) documented.set(declaration.tagName, declaration.attributes ?? []);
  }
}

/** A valid use of the element: its tag, attributes and content on its typical page in elements.json. */
function validUse(tag: string, page: string): { attributes: [string, string][]; text: string } {
  const template = document.createElement('template');
  template.innerHTML = page;
  const el = template.content.querySelector(tag);
  if (!el) throw new Error(`elements.json: the typical page of ${tag} has no <${tag}>: ${page}`);
  return { attributes: [...el.attributes].map((a) => [a.name, a.value]), text: el.textContent ?? '' };
}

const MALFORMED = ['', ' ', '__proto__', '-1', '1e309', '%', '<img src=x onerror="window.__pwned=1">', 'javascript:alert(1)'];
/** Values no attribute can give, for the properties behind string-typed attributes. */
const NOT_STRINGS: [string, unknown][] = [
  ['null', null],
  ['42', 42],
  ['{}', {}],
];

type Pwned = Window & { __pwned?: unknown; __alerted?: unknown[] };
const win = window as Pwned;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text the element shows: its shadow tree's text, slotted content included, styles left out. */
function shownText(root: ShadowRoot): string {
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) text += `${node.textContent} `;
    if (node instanceof HTMLSlotElement && node.assignedNodes().length > 0) node.assignedNodes({ flatten: true }).forEach(walk);
    else node.childNodes.forEach(walk);
  };
  walk(root);
  return norm(text);
}

/** Every element in a shadow tree, nested widgets' shadow trees included. */
function deepElements(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/** What in the tree could run script: an event-handler attribute, or a javascript: address. */
function scriptable(root: ShadowRoot): string[] {
  return deepElements(root).flatMap((el) =>
    [...el.attributes]
      .filter((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)))
      .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
  );
}

const thrown: string[] = [];
const onError = (event: ErrorEvent) => thrown.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => thrown.push(`unhandled rejection: ${String(event.reason)}`);

/** dataComplete(), or an error after 8 s naming the state the element is in. */
async function ready(el: HkiElement, label: string): Promise<string> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`${label}: dataComplete() did not resolve in 8 s (dataState ${el.dataState})`)), 8000);
  });
  try {
    return await Promise.race([el.dataComplete(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Creates the element valid but for `change`, puts it on the page, and checks what it does. */
async function check(tag: string, label: string, change: (el: HkiElement) => void): Promise<void> {
  const { attributes, text } = validUse(tag, elements.find((e) => e.tag === tag)!.size.html);
  // The console is captured only to keep the run's output readable: error states log their cause.
  await captureConsole(async () => {
    const el = document.createElement(tag) as HkiElement;
    for (const [name, value] of attributes) el.setAttribute(name, value);
    el.textContent = text;
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    try {
      change(el);
      wrapper.append(el);
      let state: string;
      try {
        state = await ready(el, label);
      } catch (error) {
        thrown.push(`dataComplete(): ${(error as Error).message}`);
        state = el.dataState;
      }
      expect(thrown, `${label}: thrown`).to.deep.equal([]);
      expect(state, `${label}: still loading`).to.not.equal('loading');
      expect(el.dataState, `${label}: dataState`).to.equal(state);
      expect(win.__pwned, `${label}: window.__pwned`).to.equal(undefined);
      expect(win.__alerted, `${label}: alert()`).to.deep.equal([]);
      expect(scriptable(el.shadowRoot!), `${label}: what could run`).to.deep.equal([]);
      expect(shownText(el.shadowRoot!), `${label}: shows nothing (state ${state})`).to.not.equal('');
    } finally {
      wrapper.remove();
    }
  });
}

/** Catches what is thrown anywhere on the page, stubs alert(), and puts the page back after each case. */
function watchThePage(): void {
  const originalHref = location.href;
  const originalAlert = window.alert;
  beforeEach(() => {
    thrown.length = 0;
    win.__alerted = [];
    window.alert = (message?: unknown) => win.__alerted!.push(message);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.alert = originalAlert;
    delete win.__pwned;
    history.replaceState(null, '', originalHref);
  });
}

describe('malformed attributes', () => {
  watchThePage();

  it('custom-elements.json documents every element of elements.json, with attributes', () => {
    expect([...documented.keys()].sort()).to.deep.equal(elements.map((e) => e.tag).sort());
    for (const [tag, attributes] of documented) expect(attributes, tag).to.not.be.empty;
  });

  for (const { tag } of elements) {
    describe(`<${tag}>`, () => {
      for (const attribute of documented.get(tag) ?? []) {
        for (const value of MALFORMED) {
          it(`${attribute.name}=${JSON.stringify(value)}`, () =>
            check(tag, `<${tag} ${attribute.name}=${JSON.stringify(value)}>`, (el) => el.setAttribute(attribute.name, value)));
        }
      }
    });
  }
});

describe('non-string values in the properties of string-typed attributes', () => {
  watchThePage();

  for (const { tag } of elements) {
    describe(`<${tag}>`, () => {
      for (const { fieldName: field, type } of documented.get(tag) ?? []) {
        if (!field || !/\bstring\b/.test(type?.text ?? '')) continue;
        for (const [name, value] of NOT_STRINGS) {
          it(`.${field} = ${name}`, () =>
            check(tag, `<${tag}>.${field} = ${name}`, (el) => {
              (el as unknown as Record<string, unknown>)[field] = value;
            }));
        }
      }
    });
  }
});
