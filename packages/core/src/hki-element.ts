import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { LocalizedText } from '@hki-widgets/data';
import type { LoadError } from './data/load.js';
import type { ProgrammeDataController } from './data/data-controller.js';
import { pageLocale, watchPageLocale } from './locale/page-locale.js';
import { pickText, type PickedText } from './locale/pick.js';
import type { UiLocale } from './locale/resolve.js';
import { themeStyles } from './theme/theme.js';

/**
 * The one base class of every hki-widgets element: the shared theme, re-rendering when the page's
 * language changes, picking texts for the active language, and the shared loading and error states.
 * Behaviour that only some elements need lives in reactive controllers, not here.
 */
export class HkiElement extends LitElement {
  static override styles = [themeStyles];

  constructor() {
    super();
    watchPageLocale();
    updateWhenLocaleChanges(this);
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
   * A text from data as a template, in a `<span lang>` when it is in another language than the
   * interface (WCAG 3.1.2). Always rendered as text, never as HTML.
   */
  protected text(text: LocalizedText | null | undefined): TemplateResult | string {
    const picked = this.pick(text);
    if (!picked) return '';
    return picked.fallback ? html`<span lang=${picked.lang}>${picked.text}</span>` : picked.text;
  }

  /** The `lang` to mark a container with when its text is a fallback, else nothing. */
  protected langOf(picked: PickedText | undefined): string | typeof nothing {
    return picked?.fallback ? picked.lang : nothing;
  }

  /** The short message a resident sees when data could not be used. */
  protected dataErrorMessage(error: LoadError): string {
    switch (error.kind) {
      case 'timeout':
        return msg('Loading the programme information took too long. Please try again later.');
      case 'json':
      case 'invalid':
      case 'too-large':
        return msg('The programme information could not be shown because it is not in the expected format.');
      default:
        return msg('The programme information could not be loaded. Please try again later.');
    }
  }

  /** The loading or error state of a data controller, or undefined once data is ready. */
  protected renderDataState(data: ProgrammeDataController): TemplateResult | undefined {
    if (data.state === 'loading' && !data.data) {
      return html`<p class="hki-status" role="status">${msg('Loading…')}</p>`;
    }
    if (data.state === 'error' && data.error) return this.renderError(this.dataErrorMessage(data.error));
    return undefined;
  }

  /** A short localized error inside the widget, announced to screen readers. */
  protected renderError(message: string): TemplateResult {
    return html`<p class="hki-alert" role="alert">${message}</p>`;
  }

  /** The "Example data" badge, shown whenever the data says its values are illustrative. */
  protected renderExampleBadge(note?: LocalizedText): TemplateResult {
    const picked = this.pick(note);
    return html`<p class="hki-example-badge" part="example-badge">
      <strong>${msg('Example data')}</strong>${picked ? html`: <span lang=${this.langOf(picked)}>${picked.text}</span>` : nothing}
    </p>`;
  }
}
