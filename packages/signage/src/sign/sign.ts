import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { DataController, HkiElement, reportOnce, safeHref, setStyles } from '@hki-widgets/core';
import type { Sign, SignsPackage } from '@hki-widgets/data';
import { PICTOGRAMS } from '../pictograms/pictograms.js';
import { loadArabicFont } from './arabic-font.js';
import { checkSignText, directionOf, type SignIssue } from './checks.js';
import { fontSizeFor, parseDistance } from './legibility.js';
import { fitText, sheetSize, usePageSize } from './print.js';
import { signsSource } from './signs-source.js';
import { signStyles } from './sign.styles.js';

export type Arrow = 'left' | 'right' | 'up' | 'down' | 'up-left' | 'up-right' | 'down-left' | 'down-right';

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

const DEFAULT_LANGUAGES = 'fi-x-plain sv-x-plain en';

/**
 * A plain-language sign for a sports facility or a library, on a web page and printed for a wall:
 * a pictogram, a short text in several languages at once, and an optional arrow. Each language is
 * its own block with its own `lang` and `dir`; Arabic, Persian, Dari and Kurdish (Sorani) read right
 * to left with correct shaping (Noto Sans Arabic is loaded only for them). The arrow points in the
 * physical direction and is never mirrored.
 *
 * High contrast by default (black on white) or `scheme="inverse"`; no italics, no capitals for whole
 * words. `size="a4"` or `"a3"` prints one sign on one sheet; `viewing-distance` sets the letter size
 * by the ADA 2010 Standards' rule (703.5.5). `more-info` adds a QR code to a page with more
 * languages. The `editor` attribute shows what needs fixing (long lines, capitals, a language
 * without text, translations not yet reviewed); the console always says so.
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
 *
 * @cssprop --hki-sign-foreground - Text and drawing colour. Defaults to black (white with `scheme="inverse"`).
 * @cssprop --hki-sign-background - Background. Defaults to white (black with `scheme="inverse"`).
 */
export class HkiSign extends HkiElement {
  static override styles = [...HkiElement.styles, signStyles];

  /** A sign template's id from the signs data, such as `changing-rooms`. */
  @property({ reflect: true }) sign = '';

  /** The languages on the sign and their order (space-separated BCP 47 tags). Plain Finnish first by default. */
  @property({ reflect: true }) languages = DEFAULT_LANGUAGES;

  /** `left`, `right`, `up`, `down`, `up-left`, `up-right`, `down-left` or `down-right`; `none` for no arrow. Defaults to the template's. */
  @property({ reflect: true }) arrow?: Arrow | 'none';

  /** `screen` (fits the page), `a4` or `a3` (a sheet, previewed to scale). */
  @property({ reflect: true }) size: 'screen' | 'a4' | 'a3' = 'screen';

  /** For `a4` and `a3`: `portrait` or `landscape`. */
  @property({ reflect: true }) orientation: 'portrait' | 'landscape' = 'portrait';

  /** How far away the sign is read from ("5m", "300cm"): sets the printed letter size. */
  @property({ attribute: 'viewing-distance', reflect: true }) viewingDistance?: string;

  /** `default` (black on white) or `inverse` (white on black). */
  @property({ reflect: true }) scheme: 'default' | 'inverse' = 'default';

  /** An http(s) address with the same information in more languages: shown as a QR code. */
  @property({ attribute: 'more-info', reflect: true }) moreInfo?: string;

  /** Shows the editor's check under the sign. */
  @property({ type: Boolean, reflect: true }) editor = false;

  /** URL of another signs data package (same schema). */
  @property({ reflect: true }) src?: string;

  /** @internal */
  private readonly signs = new DataController<SignsPackage>(this, () => signsSource(this.src));

  @state() private slotted: Element[] = [];

  /** The QR code's drawing for `more-info` (the encoder is its own chunk, loaded only for it). */
  @state() private qr?: { url: string; size: number; d: string };

  /** True when the text does not fit on the printed sheet at this letter size. */
  @state() private overflowing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Custom text is known before the first render (slotchange comes only after it).
    this.slotted = [...this.children].filter((el) => !el.hasAttribute('slot'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.size !== 'screen') usePageSize(this.size, this.orientation);
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

  private get langs(): string[] {
    return (this.languages || DEFAULT_LANGUAGES).split(/\s+/).filter(Boolean);
  }

  private get template(): Sign | undefined {
    return this.signs.value?.signs.find((s) => s.id === this.sign.trim());
  }

  /** What the editor's check finds, for the chosen template and languages (or the slotted text). */
  private issues(): SignIssue[] {
    if (this.slotted.length) {
      return this.slotted.flatMap((el) => {
        const lang = el.getAttribute('lang') ?? '';
        return lang ? checkSignText(lang, el.textContent ?? '', undefined) : [{ kind: 'missing-language' as const, lang: '?' }];
      });
    }
    const sign = this.template;
    if (!sign) return [];
    const issues = this.langs.flatMap((lang) => checkSignText(lang, sign.text[lang], sign.reviewed[lang]));
    return this.overflowing ? [{ kind: 'overflow', lang: '' }, ...issues] : issues;
  }

  private onSlotChange(event: Event): void {
    this.slotted = (event.target as HTMLSlotElement).assignedElements({ flatten: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const sheet = this.renderRoot.querySelector<HTMLElement>('.sheet');
    if (sheet && this.size !== 'screen' && !parseDistance(this.viewingDistance)) fitText(sheet);
    // Does the text fit on the sheet? Measured after layout, for the printed sizes only.
    const overflowing = this.size !== 'screen' && sheet ? sheet.scrollHeight > sheet.clientHeight + 1 : false;
    if (overflowing !== this.overflowing) this.overflowing = overflowing;
    // A failure of the data itself is logged by the data controller.
    const data = this.signs.value;
    if (!data) return;
    if (!this.template && !this.slotted.length) {
      reportOnce(this, `no sign "${this.sign}" in the signs data; templates: ${data.signs.map((s) => s.id).join(', ')}`);
      return;
    }
    for (const issue of this.issues()) reportOnce(this, `${this.sign || 'custom text'}: ${this.describeIssue(issue, true)}`, 'warn');
  }

  private describeIssue(issue: SignIssue, english = false): string {
    const lang = issue.lang;
    if (english) {
      switch (issue.kind) {
        case 'long-line':
          return `the ${lang} text is ${issue.length} characters long; keep a line under about 60`;
        case 'capitals':
          return `the ${lang} text writes "${issue.word}" in capitals; capitals are harder to read`;
        case 'missing-language':
          return `there is no ${lang} text`;
        case 'not-reviewed':
          return `the ${lang} translation has not been reviewed by a qualified translator`;
        case 'overflow':
          return `the text does not fit on the sheet at this letter size: choose a bigger sheet, fewer languages or a shorter viewing distance`;
      }
    }
    if (issue.kind === 'overflow')
      return msg(
        'The text does not fit on the sheet at this letter size. Choose a bigger sheet, fewer languages or a shorter viewing distance.',
      );
    const name = this.languageName(lang);
    switch (issue.kind) {
      case 'long-line':
        return msg(str`${name}: the text is ${issue.length} characters long. Keep a line under about 60 characters.`);
      case 'capitals':
        return msg(str`${name}: "${issue.word}" is written in capitals. Capitals are harder to read.`);
      case 'missing-language':
        return msg(str`${name}: this sign has no text in this language.`);
      case 'not-reviewed':
        return msg(str`${name}: a qualified translator has not reviewed this translation yet.`);
    }
  }

  /** A language's name in the interface language ("arabia"; "selkosuomi" for plain Finnish). */
  private languageName(code: string): string {
    const plain = /-x-plain$/i.test(code);
    const base = plain ? code.replace(/-x-plain$/i, '') : code;
    let name = base;
    try {
      name = new Intl.DisplayNames([this.uiLocale], { type: 'language', fallback: 'code' }).of(base) ?? base;
    } catch {
      /* an unusual tag: its code is its name */
    }
    return plain ? msg(str`${name}, plain language`) : name;
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
        ${this.renderError(this.sign.trim() ? msg(str`Sign ${this.sign.trim()} was not found.`) : msg('No sign was chosen.'))}<slot
          @slotchange=${this.onSlotChange}
          hidden
        ></slot>
      </div>`;
    }
    const langs = this.langs;
    if (langs.some((l) => directionOf(l) === 'rtl')) loadArabicFont();
    const arrowValue = this.arrow === 'none' ? undefined : (this.arrow ?? sign?.arrow);
    const arrow = arrowValue && arrowValue in ROTATION ? (arrowValue as Arrow) : undefined;
    const pictogram = sign ? PICTOGRAMS[sign.pictogram] : undefined;
    const alt = sign ? this.pick(data.pictograms.find((p) => p.id === sign.pictogram)?.alt) : undefined;
    const [w, h] = this.size === 'screen' ? [0, 0] : sheetSize(this.size, this.orientation);
    // With a viewing distance, the rule sets the letter size; without one, the text is fitted to the sheet (updated()).
    const distance = parseDistance(this.viewingDistance);
    const fontMm = distance ? fontSizeFor(distance) : undefined;
    const issues = this.issues();
    // Sheet size and letter size as custom properties, set through the CSSOM (allowed by a strict CSP).
    const sheetVars =
      this.size === 'screen'
        ? {}
        : { '--sheet-w': String(w), '--sheet-h': String(h), ...(fontMm ? { '--font-mm': fontMm.toFixed(1) } : {}) };
    return html`<div class="preview" data-size=${this.size} ${setStyles(sheetVars)}>
        <section part="base" class="sheet" data-scheme=${this.scheme} data-arrow=${arrow ?? 'none'} aria-label=${msg('Sign')}>
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
                    const text = sign!.text[lang];
                    return text ? html`<p class="block" lang=${lang} dir=${directionOf(lang)}>${text}</p>` : nothing;
                  })
            }
            <slot @slotchange=${this.onSlotChange}></slot>
          </div>
          ${this.qr ? this.renderQr(this.qr) : nothing}
        </section>
      </div>
      ${this.editor ? this.renderEditor(issues) : nothing}`;
  }

  private renderEditor(issues: SignIssue[]): TemplateResult {
    return html`<section part="editor" class="editor" lang=${this.uiLocale} aria-label=${msg('Check before printing')}>
      <h2 class="editor-title">${msg('Check before printing')}</h2>
      ${
        issues.length
          ? html`<ul>
              ${issues.map((issue) => html`<li data-kind=${issue.kind}>${this.describeIssue(issue)}</li>`)}
            </ul>`
          : html`<p>${msg('No problems found.')}</p>`
      }
    </section>`;
  }
}
