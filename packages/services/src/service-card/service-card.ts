import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { DataController, HkiElement, clampLevel, reportOnce, asText } from '@hki-widgets/core';
import type { Service, ServicesPackage } from '@hki-widgets/data';
import { servicesSource } from '../shared/services-source.js';
import { renderService } from '../shared/render-service.js';
import { LazyLiveHours } from '../shared/live-hours-lazy.js';
import { servicesStyles } from '../shared/services.styles.js';

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
 * A unit of the city's register (from a Service Map or TPR list at `src`) can show its current
 * opening hours from Hauki, the city's opening-hours register, with `hours="hauki"`: one request
 * for this unit only. A unit Hauki does not know keeps the hours its own data gives; when Hauki
 * cannot be reached, the card says the current hours could not be fetched and shows the rest.
 *
 * ```html
 * <hki-service-card src="https://api.hel.fi/servicemap/v2/unit/?id=41102" format="servicemap"
 *   service="servicemap-41102" hours="hauki"></hki-service-card>
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
  @property({ reflect: true }) format: 'package' | 'servicemap' | 'tpr' = 'package';

  /**
   * Where the current opening hours come from: `hauki` fetches them from Hauki for a unit of the
   * city's register (ids `servicemap-…` and `tpr-…`); empty (the default) shows the service's own.
   */
  @property({ reflect: true }) hours = '';

  /** Hauki's base address, for `hours="hauki"` (an http(s) address; default `https://hauki.api.hel.fi/v1/`). */
  @property({ attribute: 'hours-src', reflect: true }) hoursSrc?: string;

  /** @internal */
  private readonly services = new DataController(this, () => servicesSource({ src: this.src, format: this.format }));

  /** @internal */
  private readonly liveHours = new LazyLiveHours(this, {
    mode: () => this.hours,
    src: () => this.hoursSrc,
    services: () => {
      const pkg = this.services.data?.data;
      const service = pkg && this.find(pkg);
      return service ? [service] : [];
    },
  });

  private find(pkg: ServicesPackage): Service | undefined {
    return pkg.services.find((s) => s.id === asText(this.service).trim());
  }

  /**
   * The ready signal (see HkiElement): also waits for the opening hours from Hauki, when the card
   * asks for them, and renders them.
   */
  override async dataComplete(): ReturnType<HkiElement['dataComplete']> {
    await super.dataComplete();
    await this.liveHours.settled;
    await this.updateComplete;
    return this.dataState;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pkg = this.services.value?.data;
    if (pkg && !this.find(pkg)) reportOnce(this, `no service "${this.service}" in the services data${this.src ? ` from ${this.src}` : ''}`);
  }

  override render() {
    return html`<div part="base" lang=${this.uiLocale}>${this.renderCard()}</div>`;
  }

  private renderCard() {
    const pkg = this.services.data?.data;
    if (!pkg) return this.renderDataState(this.services) ?? nothing;
    const service = this.find(pkg);
    if (!service) {
      const id = asText(this.service).trim();
      return this.renderError(id ? msg(str`Service ${id} was not found.`) : msg('No service was chosen for this card.'));
    }
    return renderService(service, clampLevel(this.headingLevel), {
      ...this.texts,
      districts: pkg.districts,
      now: new Date(),
      liveHours: this.liveHours.liveHours,
    });
  }
}
