import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HkiElement, DataController, controlStyles, formatNumber, formatPercent, hdsColour, plural } from '@hki-widgets/core';
import { programmeSource, safeHref, setStyles } from '@hki-widgets/core';
import { clampLevel, heading } from '@hki-widgets/core';
import type { IntegrationProgrammePackage, KeyFigure, Theme } from '@hki-widgets/data';
import { hasExampleData, statusCounts } from '../shared/model.js';
import { statusIcon, statusLabel } from '../shared/status.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { summaryStyles } from './programme-summary.styles.js';

/**
 * A landing-page block for the programme: its four themes with their number of measures and how
 * far they have come, each linking to the explorer filtered by that theme, and the programme's key
 * figures with their year and source.
 *
 * ```html
 * <hki-programme-summary explorer-url="/en/integration-programme/measures"></hki-programme-summary>
 * ```
 *
 * @tagname hki-programme-summary
 * @summary The programme at a glance: themes with measure counts and status, and key figures.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The block.
 * @csspart title - The programme's title.
 * @csspart themes - The list of themes.
 * @csspart theme - One theme.
 * @csspart figures - The key figures.
 *
 * @cssprop --hki-programme-summary-columns-min - Narrowest a theme column may be. Defaults to 16rem.
 */
export class HkiProgrammeSummary extends HkiElement {
  static override styles = [...HkiElement.styles, controlStyles, sharedStyles, summaryStyles];

  /** The address of the page with the explorer (`<hki-measure-list>`). Defaults to this page. */
  @property({ attribute: 'explorer-url', reflect: true }) explorerUrl = '';

  /** The level of the block's heading; themes and figures take the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** URL of another data package (same schema). Defaults to the bundled one. */
  @property({ reflect: true }) src?: string;

  /** @internal */
  private readonly data = new DataController(this, () => programmeSource({ src: this.src, locale: this.uiLocale }));

  /** The explorer filtered by a theme; undefined when explorer-url is not a web address. */
  private themeLink(theme: Theme): string | undefined {
    const base = safeHref(this.explorerUrl || location.pathname, 'hki-programme-summary');
    if (!base) return undefined;
    const url = new URL(base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.searchParams.set('theme', theme.id);
    return url.href;
  }

  override render() {
    const state = this.renderDataState(this.data);
    if (state) return html`<div part="base" lang=${this.uiLocale}>${state}</div>`;
    const pkg = this.data.data!;
    const level = clampLevel(this.headingLevel, 2);
    const { title, subtitle } = pkg.programme;
    return html`<section part="base" lang=${this.uiLocale} aria-labelledby="title">
      ${heading(level, 'title', this.text(title))} ${this.pick(subtitle) ? html`<p class="subtitle">${this.text(subtitle)}</p>` : nothing}
      ${hasExampleData(pkg) ? this.renderExampleBadge(pkg.exampleNote) : nothing}
      <ul part="themes" class="themes">
        ${pkg.themes.map((theme) => this.renderTheme(pkg, theme, level + 1))}
      </ul>
      ${pkg.keyFigures.length ? this.renderFigures(pkg, level + 1) : nothing}
    </section>`;
  }

  private renderTheme(pkg: IntegrationProgrammePackage, theme: Theme, level: number): TemplateResult {
    const sets = new Set(pkg.measureSets.filter((s) => s.themeId === theme.id).map((s) => s.id));
    const measures = pkg.measures.filter((m) => sets.has(m.setId));
    const counts = statusCounts(pkg, measures);
    const title = this.pick(theme.title);
    const link = this.themeLink(theme);
    const n = measures.length;
    const name = html`<span class="theme-number">${msg(str`Theme ${theme.number}`)}</span> ${this.text(title)}`;
    return html`<li part="theme" class="theme" ${setStyles({ '--hki-theme-color': hdsColour(theme.colour) })}>
      ${heading(level, 'theme-title', name, `theme-${theme.id}`)}
      <p class="measure-count">${plural(n, { one: () => msg(str`${n} measure`), other: () => msg(str`${n} measures`) })}</p>
      <div class="bar" aria-hidden="true">
        ${counts.map(([value, count]) => html`<span class="bar-part" data-status=${value} ${setStyles({ flexGrow: String(count) })}></span>`)}
      </div>
      <ul class="status-summary">
        ${counts.map(
          ([value, count]) =>
            html`<li data-status=${value}>
              ${statusIcon(value)}<span>${statusLabel(value, pkg.statusScales, (t) => this.pick(t)).text}: <strong>${count}</strong></span>
            </li>`,
        )}
      </ul>
      ${link ? html`<a class="link" href=${link}>${msg('See the measures')}<span class="visually-hidden">: ${title?.text}</span></a>` : nothing}
    </li>`;
  }

  private figureValue(figure: KeyFigure): string {
    const value = figure.unit === 'percent' ? formatPercent(figure.value) : formatNumber(figure.value);
    switch (figure.qualifier) {
      case 'over':
        return msg(str`over ${value}`);
      case 'about':
        return msg(str`about ${value}`);
      default:
        return value;
    }
  }

  private renderFigures(pkg: IntegrationProgrammePackage, level: number): TemplateResult {
    return html`<section part="figures" class="figures" aria-labelledby="figures">
      ${heading(level, 'figures-title', msg('Key figures'), 'figures')}
      <ul class="figure-list">
        ${pkg.keyFigures.map((figure) => {
          const source = pkg.sources.find((s) => s.id === figure.source.sourceId);
          return html`<li class="figure">
            <p class="figure-value">${this.figureValue(figure)}</p>
            <p class="figure-label">${this.text(figure.label)}</p>
            <p class="figure-source">
              ${figure.qualifier === 'projection' ? msg(str`Projection for ${figure.year}`) : msg(str`Year ${figure.year}`)} ·
              ${msg('Source:')}
              <span lang=${source?.lang ?? nothing} dir="auto"
                >${source?.title ?? figure.source.sourceId}${figure.source.ref ? `, ${figure.source.ref}` : ''}</span
              >
            </p>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
