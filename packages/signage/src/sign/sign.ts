import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { controlStyles, DataController, HkiElement, reportOnce, safeHref, setStyles } from '@hki-widgets/core';
import type { Sign, SignsPackage } from '@hki-widgets/data';
import { PICTOGRAMS } from '../pictograms/pictograms.js';
import { loadArabicFont } from './arabic-font.js';
import { asAttribute, asText, DEFAULT_LANGUAGES, normalise, type Arrow, type SignAttributes } from './attributes.js';
import { checkSignText, directionOf, ownReview, ownText, type SignIssue } from './checks.js';
import { fitScreen, RefitController } from './fit.js';
import { issueLog, issueText } from './issue-text.js';
import { fontSizeFor, parseDistance } from './legibility.js';
import { fitText, sheetSize, usePageSize } from './print.js';
import { printAlone } from './print-alone.js';
import { signsSource } from './signs-source.js';
import { signStyles } from './sign.styles.js';
import { misfitWords } from './words.js';

export type { Arrow } from './attributes.js';

/** A share of the line a fitted word leaves free, so that the fit holds when the sheet is printed at another scale. */
const FIT_MARGIN = 0.02;

/** A text as words that are never broken (`.word` is `white-space: nowrap`), with the spaces between them. */
const wordSpans = (text: string) =>
  text.split(/(\s+)/).map((part) => (/^\s*$/.test(part) ? part : html`<span class="word">${part}</span>`));

/** Rotation of the arrow drawing (which points right) for each physical direction. */
const ROTATION: Record<Arrow, number> = {
  right: 0,
  'down-right': 45,
  down: 90,
  'down-left': 135,
  left: 180,
  'up-left': 225,
  up: 270,
  'up-right': 315,
};

/**
 * A plain-language sign for a sports facility or a library, on a web page and printed for a wall:
 * a pictogram, a short text in several languages at once, and an optional arrow. Each language is
 * its own block with its own `lang` and `dir`; Arabic, Persian, Dari and Kurdish (Sorani) read right
 * to left with correct shaping (Noto Sans Arabic is loaded only for them). The arrow points in the
 * physical direction and is never mirrored.
 *
 * High contrast by default (black on white) or `scheme="inverse"`; no italics, no capitals for whole
 * words. `size="a4"` or `"a3"` prints one sign on one sheet, and the "Print this sign" button under
 * the sign prints it alone, without the rest of the page; `viewing-distance` sets the letter size
 * by the ADA 2010 Standards' rule (703.5.5). `more-info` adds a QR code to a page with more
 * languages. The `editor` attribute shows what needs fixing (long lines, capitals, a language
 * without text, translations not yet reviewed, a word too long for its line, a mistyped attribute);
 * the console always says so. A word is never broken over two lines: the letters are sized so that
 * the longest word fits. A value the sign does not know falls back to the default.
 *
 * @tagname hki-sign
 * @summary A plain-language, multilingual sign with pictogram, arrow and optional QR code, for screen and print.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Custom text instead of the template's: elements with their own `lang` (and `dir`), one per language.
 *
 * @csspart base - The sign (the printed sheet).
 * @csspart pictogram - The pictogram.
 * @csspart arrow - The arrow.
 * @csspart text - The language blocks.
 * @csspart qr - The QR code and its caption.
 * @csspart editor - The editor's check (with `editor`).
 * @csspart print-button - "Print this sign": prints this sign alone, on one sheet (its size, or the default one for `screen`).
 *
 * @cssprop --hki-sign-foreground - Text and drawing colour. Defaults to black (white with `scheme="inverse"`).
 * @cssprop --hki-sign-background - Background. Defaults to white (black with `scheme="inverse"`).
 */
export class HkiSign extends HkiElement {
  static override styles = [...HkiElement.styles, controlStyles, signStyles];

  /** A sign template's id from the signs data, such as `changing-rooms`. */
  @property({ reflect: true, converter: asAttribute }) sign = '';

  /** The languages on the sign and their order (space-separated BCP 47 tags). Plain Finnish first by default. */
  @property({ reflect: true, converter: asAttribute }) languages = DEFAULT_LANGUAGES;

  /** `left`, `right`, `up`, `down`, `up-left`, `up-right`, `down-left` or `down-right`; `none` for no arrow. Defaults to the template's. */
  @property({ reflect: true, converter: asAttribute }) arrow?: Arrow | 'none';

  /** `screen` (fits the page), `a4` or `a3` (a sheet, previewed to scale). */
  @property({ reflect: true, converter: asAttribute }) size: 'screen' | 'a4' | 'a3' = 'screen';

  /** For `a4` and `a3`: `portrait` or `landscape`. */
  @property({ reflect: true, converter: asAttribute }) orientation: 'portrait' | 'landscape' = 'portrait';

  /** How far away the sign is read from ("5m", "300cm"): sets the printed letter size. */
  @property({ attribute: 'viewing-distance', reflect: true, converter: asAttribute }) viewingDistance?: string;

  /** `default` (black on white) or `inverse` (white on black). */
  @property({ reflect: true, converter: asAttribute }) scheme: 'default' | 'inverse' = 'default';

  /** An http(s) address with the same information in more languages: shown as a QR code. */
  @property({ attribute: 'more-info', reflect: true, converter: asAttribute }) moreInfo?: string;

  /** Shows the editor's check under the sign. */
  @property({ type: Boolean, reflect: true }) editor = false;

  /** URL of another signs data package (same schema). */
  @property({ reflect: true, converter: asAttribute }) src?: string;

  /** @internal */
  private readonly signs = new DataController<SignsPackage>(this, () => signsSource(asText(this.src)));

  /** What the attributes mean, trimmed and checked (attributes.ts), at each update. */
  private attrs: SignAttributes = normalise({});

  @state() private slotted: Element[] = [];

  /** The QR code's drawing for `more-info` (the encoder is its own chunk, loaded only for it). */
  @state() private qr?: { url: string; size: number; d: string };

  /** True when the text does not fit on the printed sheet at this letter size. */
  @state() private overflowing = false;

  /** Words that do not fit their line at this letter size (a viewing distance's, or the smallest). */
  @state() private longWords: SignIssue[] = [];

  constructor() {
    super();
    // The letters are fitted again when the width changes or a font loads.
    new RefitController(this, () => this.fit());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Custom text is known before the first render (slotchange comes only after it).
    this.slotted = [...this.children].filter((el) => !el.hasAttribute('slot'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.attrs = normalise(this);
    if (this.attrs.size !== 'screen') usePageSize(this.attrs.size, this.attrs.orientation);
    if (changed.has('moreInfo')) {
      const href = this.moreInfo ? safeHref(this.moreInfo, 'hki-sign') : undefined;
      const url = href && /^https?:/.test(href) ? href : undefined;
      if (!url) this.qr = undefined;
      else
        void import('./qr.js').then(({ qrPath }) => {
          if (this.moreInfo && safeHref(this.moreInfo, 'hki-sign') === url) this.qr = { url, ...qrPath(url) };
        });
    }
  }

  /** The chosen template (its id as written, or in other letter case: `Reception` is `reception`). */
  private get template(): Sign | undefined {
    const id = this.attrs.sign;
    const signs = this.signs.value?.signs;
    return signs?.find((s) => s.id === id) ?? signs?.find((s) => s.id.toLowerCase() === id.toLowerCase());
  }

  /** What the editor's check finds, for the chosen template and languages (or the slotted text). */
  private issues(): SignIssue[] {
    const attributes = this.attrs.problems.map((problem): SignIssue => ({ kind: 'attribute', lang: '', problem }));
    if (this.slotted.length) {
      return [
        ...attributes,
        ...this.longWords,
        ...this.slotted.flatMap((el) => {
          const lang = el.getAttribute('lang') ?? '';
          return lang ? checkSignText(lang, el.textContent ?? '', undefined) : [{ kind: 'missing-language' as const, lang: '?' }];
        }),
      ];
    }
    const sign = this.template;
    if (!sign) return attributes;
    const issues = this.attrs.languages.flatMap((lang) => checkSignText(lang, ownText(sign.text, lang), ownReview(sign.reviewed, lang)));
    return [...attributes, ...(this.overflowing ? [{ kind: 'overflow' as const, lang: '' as const }] : []), ...this.longWords, ...issues];
  }

  private onSlotChange(event: Event): void {
    this.slotted = (event.target as HTMLSlotElement).assignedElements({ flatten: true });
  }

  /** The blocks of text on the sign: the template's languages, or the custom text's elements. */
  private textBlocks(): Element[] {
    return this.slotted.length ? this.slotted : [...this.renderRoot.querySelectorAll('.block')];
  }

  /**
   * Fits the letters, after layout: on a sheet without a viewing distance, the largest letters with
   * which the text fits the sheet and every word its line (print.ts); on screen, smaller letters
   * only when a word would not fit its line (fit.ts). Then measures what still does not fit.
   */
  private fit(): void {
    const sheet = this.renderRoot.querySelector<HTMLElement>('.sheet');
    const blocks = sheet ? this.textBlocks() : [];
    const wordsFit = () => blocks.every((block) => !misfitWords(block, FIT_MARGIN).length);
    const { size, viewingDistance } = this.attrs;
    if (sheet && size === 'screen') fitScreen(sheet.parentElement!, wordsFit);
    else if (sheet && !parseDistance(viewingDistance)) fitText(sheet, wordsFit);
    // Does the text fit on the sheet? Measured after layout, for the printed sizes only.
    const overflowing = size !== 'screen' && sheet ? sheet.scrollHeight > sheet.clientHeight + 1 : false;
    if (overflowing !== this.overflowing) this.overflowing = overflowing;
    const longWords = blocks.flatMap((block) =>
      misfitWords(block).map((word): SignIssue => ({ kind: 'long-word', lang: block.getAttribute('lang') ?? '', word })),
    );
    if (JSON.stringify(longWords) !== JSON.stringify(this.longWords)) this.longWords = longWords;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.fit();
    // A failure of the data itself is logged by the data controller.
    const data = this.signs.value;
    if (!data) return;
    const name = this.attrs.sign || 'custom text';
    if (!this.template && !this.slotted.length) {
      reportOnce(this, `no sign "${this.attrs.sign}" in the signs data; templates: ${data.signs.map((s) => s.id).join(', ')}`);
    }
    for (const issue of this.issues()) reportOnce(this, `${name}: ${issueLog(issue)}`, 'warn');
  }

  private renderArrow(arrow: Arrow): TemplateResult {
    return html`<svg part="arrow" class="arrow" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      ${svg`<g transform=${`rotate(${ROTATION[arrow]} 24 24)`}><path d="M6 24h30M26 12l12 12-12 12" fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></g>`}
    </svg>`;
  }

  private renderQr({ size, d }: { size: number; d: string }): TemplateResult {
    return html`<figure part="qr" class="qr">
      <svg
        viewBox=${`0 0 ${size} ${size}`}
        role="img"
        aria-label=${msg('QR code: more information in more languages')}
        shape-rendering="crispEdges"
      >
        ${svg`<rect width=${size} height=${size} fill="#fff"/><path d=${d} fill="#000"/>`}
      </svg>
      <figcaption>${msg('More languages')}</figcaption>
    </figure>`;
  }

  override render() {
    const data = this.signs.value;
    if (!data) return html`<div part="base" class="status" lang=${this.uiLocale}>${this.renderDataState(this.signs)}</div>`;
    const sign = this.template;
    const custom = this.slotted.length > 0;
    if (!sign && !custom) {
      return html`<div part="base" class="status" lang=${this.uiLocale}>
        ${this.renderError(this.attrs.sign ? msg(str`Sign ${this.attrs.sign} was not found.`) : msg('No sign was chosen.'))}<slot
          @slotchange=${this.onSlotChange}
          hidden
        ></slot>
      </div>`;
    }
    const { languages: langs, size, orientation, scheme } = this.attrs;
    if (langs.some((l) => directionOf(l) === 'rtl')) loadArabicFont();
    const arrowValue = this.attrs.arrow === 'none' ? undefined : (this.attrs.arrow ?? sign?.arrow);
    const arrow = arrowValue && Object.hasOwn(ROTATION, arrowValue) ? arrowValue : undefined;
    const pictogram = sign ? PICTOGRAMS[sign.pictogram] : undefined;
    const alt = sign ? this.pick(data.pictograms.find((p) => p.id === sign.pictogram)?.alt) : undefined;
    const [w, h] = size === 'screen' ? [0, 0] : sheetSize(size, orientation);
    // With a viewing distance, the rule sets the letter size; without one, the text is fitted to the sheet (updated()).
    const distance = parseDistance(this.attrs.viewingDistance);
    const fontMm = distance ? fontSizeFor(distance) : undefined;
    const issues = this.issues();
    // Sheet size and letter size as custom properties, set through the CSSOM (allowed by a strict CSP).
    const sheetVars =
      size === 'screen' ? {} : { '--sheet-w': String(w), '--sheet-h': String(h), ...(fontMm ? { '--font-mm': fontMm.toFixed(1) } : {}) };
    return html`<div class="preview" data-size=${size} ${setStyles(sheetVars)}>
        <section part="base" class="sheet" data-scheme=${scheme} data-arrow=${arrow ?? 'none'} aria-label=${msg('Sign')}>
          <div class="visual">
            ${
              pictogram
                ? html`<svg
                    part="pictogram"
                    class="pictogram"
                    viewBox="0 0 48 48"
                    fill="none"
                    stroke="currentColor"
                    stroke-width="3"
                    stroke-linecap="round"
                    stroke-linejoin="round"
                    role="img"
                    lang=${this.langOf(alt)}
                  >
                    <title>${alt?.text ?? sign?.pictogram}</title>
                    ${pictogram}
                  </svg>`
                : nothing
            }
            ${arrow ? this.renderArrow(arrow) : nothing}
          </div>
          <div part="text" class="text">
            ${
              custom
                ? nothing
                : langs.map((lang) => {
                    const text = ownText(sign!.text, lang);
                    return text ? html`<p class="block" lang=${lang} dir=${directionOf(lang)}>${wordSpans(text)}</p>` : nothing;
                  })
            }
            <slot @slotchange=${this.onSlotChange}></slot>
          </div>
          ${this.qr ? this.renderQr(this.qr) : nothing}
        </section>
      </div>
      <button part="print-button" class="button print-button" type="button" lang=${this.uiLocale} @click=${this.printSign}>
        ${msg('Print this sign')}
      </button>
      ${this.editor ? this.renderEditor(issues) : nothing}`;
  }

  /** Prints this sign alone: on a sheet of its size, or the printer's default sheet for a screen sign (print-alone.ts). */
  private readonly printSign = (): void => {
    const { size, orientation } = this.attrs;
    printAlone(this, size === 'screen' ? 'auto' : `${size.toUpperCase()} ${orientation}`);
  };

  private renderEditor(issues: SignIssue[]): TemplateResult {
    return html`<section part="editor" class="editor" lang=${this.uiLocale} aria-label=${msg('Check before printing')}>
      <h2 class="editor-title">${msg('Check before printing')}</h2>
      ${
        issues.length
          ? html`<ul>
              ${issues.map((issue) => html`<li data-kind=${issue.kind}>${issueText(issue, this.uiLocale)}</li>`)}
            </ul>`
          : html`<p>${msg('No problems found.')}</p>`
      }
    </section>`;
  }
}
