import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HkiElement, DataController, glossarySource, reportOnce } from '@hki-widgets/core';
import type { LocalizedText } from '@hki-widgets/data';
import { termStyles } from './term.styles.js';

/**
 * An inline term from the Integration Programme's concepts (person with a foreign background,
 * immigrant, second generation, foreign-language speaker). Its definition opens on click, tap,
 * Enter or Space and closes on Escape, following the WAI-ARIA disclosure pattern, in the page's
 * language.
 *
 * ```html
 * <p>Helsinki has over 15,000 <hki-term concept="second-generation">second-generation</hki-term> residents.</p>
 * ```
 *
 * @tagname hki-term
 * @summary A programme concept as an inline term with a definition that opens in place.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The term as it reads in the sentence. Defaults to the concept's name in the page's language.
 *
 * @csspart base - The wrapper of the term and its definition.
 * @csspart term - The button that shows the term and opens the definition.
 * @csspart definition - The definition panel.
 *
 * @cssprop --hki-term-color - Colour of the term. Defaults to the theme's primary colour.
 * @cssprop --hki-term-background - Background of the definition panel.
 * @cssprop --hki-term-max-width - Widest the definition panel grows. Defaults to 40rem.
 *
 * @fires hki-toggle - When the definition opens or closes. `detail`: `{ open, concept }`.
 */
export class HkiTerm extends HkiElement {
  static override styles = [...HkiElement.styles, termStyles];
  /** The term is a word of the page's sentence and keeps the page's direction; its definition and message are `dir="ltr"`. */
  protected static override interfaceDirection = false;

  /** The concept's id: `foreign-background`, `immigrant`, `second-generation` or `foreign-language-speaker`. */
  @property({ reflect: true }) concept = '';

  /** URL of another data package (same schema) to take the concept from. Defaults to the bundled one. */
  @property({ reflect: true }) src?: string;

  /** Whether the definition is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** @internal */
  private readonly data = new DataController(this, () => glossarySource({ src: this.src, locale: this.uiLocale }));

  private get definition() {
    return this.data.data?.concepts.find((c) => c.id === this.concept);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportUnknownConcept();
  }

  /** Logs a concept the data does not have, once the data the attributes ask for is there. */
  private reportUnknownConcept(): void {
    const data = this.data.value;
    if (this.data.status !== 'ready' || !data || this.definition) return;
    const known = data.concepts.map((c) => c.id).join(', ');
    reportOnce(this, `no concept "${this.concept}" in the programme data${this.src ? ` from ${this.src}` : ''}; known concepts: ${known}`);
  }

  private toggle(open = !this.open): void {
    if (open === this.open) return;
    this.open = open;
    this.emit('hki-toggle', { open, concept: this.concept });
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.toggle(false);
      this.renderRoot.querySelector<HTMLButtonElement>('[part="term"]')?.focus();
    }
  }

  override render() {
    const concept = this.definition;
    if (!concept) {
      // Loading, a data error or an unknown concept: the sentence still reads, and a problem is said inline.
      let problem: string | undefined;
      if (this.data.status === 'error') problem = this.data.message;
      else if (this.data.status === 'ready') problem = msg(str`The term "${this.concept}" was not found in the programme's concepts.`);
      return html`<span part="base" lang=${this.uiLocale}
        ><slot></slot>${problem ? html`<span class="hki-alert" role="alert" dir="ltr">${problem}</span>` : nothing}</span
      >`;
    }
    const name = this.pick(concept.term);
    const programme = this.data.data?.programme;
    return html`<span part="base" lang=${this.uiLocale} @keydown=${this.onKeydown}
      ><button
        part="term"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="definition"
        @click=${() => this.toggle()}
      >
        <slot lang=${this.langOf(name)}>${name?.text}</slot></button
      ><span part="definition" id="definition" dir="ltr" ?hidden=${!this.open}
        ><span class="name">${this.text(name)}</span>: ${this.text(concept.definition)}
        ${this.pick(concept.note) ? html`<span class="note">${this.text(concept.note)}</span>` : nothing}
        ${programme && this.pick(programme.title) ? this.renderSource(programme.title, programme.subtitle) : nothing}</span
      ></span
    >`;
  }

  private renderSource(title: LocalizedText, subtitle?: LocalizedText): TemplateResult {
    const rest = this.pick(subtitle) ? html` – ${this.text(subtitle)}` : nothing;
    return html`<span class="source">${msg('Source:')} ${this.text(title)}${rest}</span>`;
  }
}
