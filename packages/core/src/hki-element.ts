import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { LocalizedText } from '@hki-widgets/data';
import { dataControllersOf, type DataController, type DataStatus } from './data/data-controller.js';
import { pageLocale, watchPageLocale } from './locale/page-locale.js';
import { pickText, type PickedText } from './locale/pick.js';
import { uiDirection, type UiLocale } from './locale/resolve.js';
import { themeStyles } from './theme/theme.js';

/** What a render function outside the element needs to show texts from data as the element would. */
export interface TextContext {
  uiLocale: UiLocale;
  pick: (text: LocalizedText | null | undefined) => PickedText | undefined;
  text: (value: LocalizedText | PickedText | null | undefined) => TemplateResult | typeof nothing;
  langOf: (picked: PickedText | undefined) => string | typeof nothing;
}

/** Marks a host while it shows content the page wrote for it, and that content's wrapper (see `prerender()`). */
export const PRERENDERED = 'data-hki-prerendered';

/** The elements whose `dir` HkiElement set (a `dir` that an element's template sets itself is left alone). */
const directed = new WeakSet<Element>();

const isPicked = (value: LocalizedText | PickedText): value is PickedText => typeof (value as PickedText).fallback === 'boolean';

/**
 * The one base class of every hki-widgets element: the shared theme, re-rendering when the page's
 * language changes, picking texts for the active language, a typed `emit`, and the shared
 * loading, error and empty states. It knows no data domain: data comes through a
 * `DataController` over a source, and behaviour that only some elements need lives in controllers.
 */
export class HkiElement extends LitElement {
  static override styles = [themeStyles];

  constructor() {
    super();
    watchPageLocale();
    updateWhenLocaleChanges(this);
  }

  /**
   * Whether `update()` gives the element's interface content the direction of its language. An element
   * whose base wraps the page's own text inline (`hki-term`, a word in the page's sentence) sets it to
   * false and sets `dir` itself where its own content needs it.
   */
  protected static interfaceDirection = true;

  /**
   * What the page wrote into the element ahead of its script: a declarative shadow root
   * (`<template shadowrootmode="open">`, as the configurator's "include the content" writes it, see
   * `prerender()`). The browser shows it with the page's first paint; the element keeps it on screen
   * while its data loads (its own loading state stays hidden), and replaces it with its own rendering
   * once the data is there.
   */
  private prerendered: ChildNode[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = this.shadowRoot ? Array.from(this.shadowRoot.childNodes) : [];
    if (this.prerendered.length) this.setAttribute(PRERENDERED, '');
    const root = super.createRenderRoot();
    // Lit renders after the copy (not before its first node, which goes away when the data is there).
    this.renderOptions.renderBefore = null;
    return root;
  }

  /**
   * After each render, the content an element marks as written in its interface language (a top-level
   * element of its shadow root with `lang` = `uiLocale`, as every `part="base"` is) also gets that
   * language's direction, unless its template sets `dir` itself. The interface languages are all left to
   * right, so on a right-to-left page (`<html lang="ar" dir="rtl">`, interface in English) the widget's
   * lists, headings and controls stay left to right, while texts from data inside keep `dir="auto"` (see
   * `text()`) and an Arabic text still reads right to left. Done here once rather than in every template.
   */
  protected override update(changed: PropertyValues): void {
    if (this.prerendered.length && this.dataState !== 'loading') {
      // The element's own rendering replaces the page's copy in the same frame: nothing moves.
      for (const node of this.prerendered) node.remove();
      this.prerendered = [];
      this.removeAttribute(PRERENDERED);
    }
    super.update(changed);
    if (!(this.constructor as typeof HkiElement).interfaceDirection) return;
    const lang = this.uiLocale;
    const dir = uiDirection(lang);
    for (const el of Array.from(this.renderRoot.children)) {
      const own = el.hasAttribute('dir') && !directed.has(el);
      if (own) continue;
      if (el.getAttribute('lang') === lang) {
        if (el.getAttribute('dir') !== dir) el.setAttribute('dir', dir);
        directed.add(el);
      } else if (directed.has(el)) {
        el.removeAttribute('dir');
        directed.delete(el);
      }
    }
  }

  /**
   * The state of the element's data: `loading` while any of its sources loads, then `error`, `empty`
   * or `ready` (an element that loads nothing is `ready`). For embedders and tests; see `dataComplete`.
   */
  get dataState(): Exclude<DataStatus, 'idle'> {
    const states = dataControllersOf(this).map((c) => c.status);
    for (const state of ['loading', 'error', 'empty'] as const) if (states.includes(state)) return state;
    return 'ready';
  }

  /**
   * The ready signal: resolves once the element has rendered the answer to every data request it made
   * (its `updateComplete` after each source has settled, again if an answer led to another request),
   * with the final `dataState`. `await el.dataComplete()` before reading what the element shows.
   */
  async dataComplete(): Promise<Exclude<DataStatus, 'idle'>> {
    await this.updateComplete;
    for (let round = 0; round < 10 && this.dataState === 'loading'; round += 1) {
      await Promise.all(dataControllersOf(this).map((c) => c.settled));
      await this.updateComplete;
    }
    return this.dataState;
  }

  /**
   * The interface language in use: the page's, or English when the page's is not fi, sv or en.
   * @internal
   */
  protected get uiLocale(): UiLocale {
    return pageLocale().locale;
  }

  /** A text from data in the interface language, or the fallback it has (with its language). */
  protected pick(text: LocalizedText | null | undefined): PickedText | undefined {
    return pickText(text, this.uiLocale);
  }

  /**
   * A text from data (or one picked already) as a `<span dir="auto">`, with `lang` when it is in
   * another language than the interface (WCAG 3.1.2). Always rendered as text, never as HTML;
   * `dir="auto"` keeps a right-to-left string from reordering the interface around it.
   */
  protected text(value: LocalizedText | PickedText | null | undefined): TemplateResult | typeof nothing {
    const picked = value && (isPicked(value) ? value : this.pick(value));
    if (!picked) return nothing;
    return html`<span lang=${this.langOf(picked)} dir="auto">${picked.text}</span>`;
  }

  /** The `lang` to mark an element with when its text is a fallback, else nothing. */
  protected langOf(picked: PickedText | undefined): string | typeof nothing {
    return picked?.fallback ? picked.lang : nothing;
  }

  /** The element's text helpers, for render functions that live outside the class. */
  protected get texts(): TextContext {
    return { uiLocale: this.uiLocale, pick: this.pick.bind(this), text: this.text.bind(this), langOf: this.langOf.bind(this) };
  }

  /** Dispatches one of the widgets' events: bubbling, composed, typed by its name. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /**
   * The loading, error or empty state of a data controller, or undefined when there is data to
   * show (current, or the previous language's while the new one loads).
   */
  protected renderDataState(data: DataController<unknown>, empty?: () => string): TemplateResult | undefined {
    if (data.status === 'loading' && data.stale === undefined) return html`<p class="hki-status" role="status">${msg('Loading…')}</p>`;
    if (data.status === 'error') return this.renderError(data.message ?? '');
    if (data.status === 'empty' && empty) return html`<p class="hki-status">${empty()}</p>`;
    return undefined;
  }

  /** A short localized error inside the widget, announced to screen readers. */
  protected renderError(message: string): TemplateResult {
    return html`<p class="hki-alert" role="alert">${message}</p>`;
  }

  /** The "Example data" badge, shown whenever the data says its values are illustrative. */
  protected renderExampleBadge(note?: LocalizedText): TemplateResult {
    return html`<p class="hki-example-badge" part="example-badge">
      <strong>${msg('Example data')}</strong>${note && this.pick(note) ? html`: ${this.text(note)}` : nothing}
    </p>`;
  }
}
