import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HkiElement, clampLevel, type LoadError } from '@hki-widgets/core';
import { loadServices, type ServicesFormat, type ServicesResult } from '../shared/load.js';
import { renderService } from '../shared/render-service.js';
import { servicesStyles } from '../shared/services.styles.js';
import type { PropertyValues } from 'lit';

/**
 * One service on its own, for a library's or sports facility's page: what it is, in which
 * languages, where, when it is open ("Open now, closes at 20.00"), how to contact it, and its
 * accessibility facts. Facts the data does not have are said to be unknown or left out, never
 * guessed.
 *
 * ```html
 * <hki-service-card service="international-house-helsinki"></hki-service-card>
 * ```
 *
 * @tagname hki-service-card
 * @summary One service of the city, with its languages, place, hours, contacts and accessibility.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The card's wrapper.
 * @csspart service-name - The service's name (the heading).
 */
export class HkiServiceCard extends HkiElement {
  static override styles = [...HkiElement.styles, servicesStyles];

  /** The service's id in the services data. */
  @property({ reflect: true }) service = '';

  /** The level of the card's heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** URL of another services package, or a Service Map / TPR unit list (see `format`). */
  @property({ reflect: true }) src?: string;

  /** What `src` holds: `package`, `servicemap` or `tpr`. */
  @property({ reflect: true }) format: ServicesFormat = 'package';

  @state() private result?: ServicesResult;

  /** @internal */
  private reported?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('format')) {
      const key = `${this.format}|${this.src ?? ''}`;
      this.result = undefined;
      void loadServices(this.src, this.format).then((result) => {
        if (`${this.format}|${this.src ?? ''}` === key) this.result = result;
      });
    }
  }

  protected override updated(): void {
    const key = `${this.src ?? ''}|${this.service}|${this.result?.ok}`;
    if (!this.result || this.reported === key) return;
    if (!this.result.ok) {
      this.reported = key;
      console.error(`[hki-service-card] could not use the services from ${this.result.error.url}: ${this.result.error.detail}`);
    } else if (!this.result.data.services.some((s) => s.id === this.service.trim())) {
      this.reported = key;
      console.error(`[hki-service-card] no service "${this.service}" in the services data${this.src ? ` from ${this.src}` : ''}`);
    }
  }

  protected override dataErrorMessage(error: LoadError): string {
    return error.kind === 'json' || error.kind === 'invalid' || error.kind === 'too-large'
      ? msg('The service information could not be shown because it is not in the expected format.')
      : msg('The service information could not be loaded. Please try again later.');
  }

  override render() {
    if (!this.result) return html`<div part="base" lang=${this.uiLocale}><p class="hki-status" role="status">${msg('Loading…')}</p></div>`;
    if (!this.result.ok) return html`<div part="base" lang=${this.uiLocale}>${this.renderError(this.dataErrorMessage(this.result.error))}</div>`;
    const pkg = this.result.data;
    const service = pkg.services.find((s) => s.id === this.service.trim());
    if (!service) {
      const id = this.service.trim();
      return html`<div part="base" lang=${this.uiLocale}>${this.renderError(id ? msg(str`Service ${id} was not found.`) : msg('No service was chosen for this card.'))}</div>`;
    }
    const ctx = { pick: this.pick.bind(this), langOf: this.langOf.bind(this), uiLocale: this.uiLocale, districts: pkg.districts, now: new Date() };
    return html`<div part="base" lang=${this.uiLocale}>${renderService(service, clampLevel(this.headingLevel), ctx)}</div>`;
  }
}
