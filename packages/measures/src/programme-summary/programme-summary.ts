import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { HkiElement, DataController, controlStyles, formatNumber, formatPercent, hdsColour, plural } from '@hki-widgets/core';
import { formatDate, monitoringAddress, safeHref, setStyles, summarySource, withMonitoring } from '@hki-widgets/core';
import { asText, clampLevel, heading } from '@hki-widgets/core';
import type { KeyFigure, ProgrammeSummary, Theme } from '@hki-widgets/data';
import { hasExampleData, statusCounts } from '../shared/model.js';
import { renderMonitoringProblem, renderSource, statusIcon, statusLabel } from '../shared/status.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { summaryStyles } from './programme-summary.styles.js';

/**
 * A landing-page block for the programme: its four themes with their number of measures and how
 * far they have come, each linking to the explorer filtered by that theme, and the programme's key
 * figures with their year and source.
 *
 * While no measure in the data has a reported status, the block says so in words (and how a
 * division adds statuses, linking to `guide-url` when one is given) instead of drawing empty bars.
 * Once statuses are reported, a theme shows its bar when at least one of its measures has one.
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
 * @csspart no-statuses - The notice shown while no measure has a reported status.
 * @csspart reported - When the statuses were reported, and their sources.
 * @csspart monitoring-problem - The note shown when the monitoring file could not be used.
 *
 * @cssprop --hki-programme-summary-columns-min - Narrowest a theme column may be. Defaults to 16rem.
 */
export class HkiProgrammeSummary extends HkiElement {
  static override styles = [...HkiElement.styles, controlStyles, sharedStyles, summaryStyles];

  /** The address of the page with the explorer (`<hki-measure-list>`). Defaults to this page. */
  @property({ attribute: 'explorer-url', reflect: true }) explorerUrl = '';

  /**
   * The address of the guide that tells a division how to report a measure's status, linked from
   * the notice shown while nothing is reported. Only http(s) addresses (or ones relative to the
   * page) are linked. There is no default, because the guide has no fixed published address: without
   * one, the notice says in words where divisions find the guide.
   */
  @property({ attribute: 'guide-url', reflect: true }) guideUrl?: string;

  /** The level of the block's heading; themes and figures take the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** URL of another data package (same schema). Defaults to the bundled one. */
  @property({ reflect: true }) src?: string;

  /**
   * URL of a monitoring file: the statuses the programme's coordinator published, each with its
   * date and source, shown over the programme. Defaults to the page's
   * `<meta name="hki-monitoring" content="…">`.
   */
  @property({ reflect: true }) monitoring?: string;

  /** @internal */
  private readonly data = new DataController(this, () =>
    withMonitoring(summarySource({ src: this.src, locale: this.uiLocale }), monitoringAddress(this.monitoring)),
  );

  /** The explorer filtered by a theme; undefined when explorer-url is not a web address. */
  private themeLink(theme: Theme): string | undefined {
    const base = safeHref(this.explorerUrl || location.pathname, 'hki-programme-summary');
    if (!base) return undefined;
    const url = new URL(base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.searchParams.set('theme', theme.id);
    return url.href;
  }

  /** guide-url as last checked, so a rejected address is warned about once, not on every render. */
  private checkedGuide?: { value: string; href?: string };

  /** The guide's address when guide-url is an http(s) address (warned about once otherwise). */
  private guideLink(): string | undefined {
    // Removing the attribute sets null.
    const value = asText(this.guideUrl).trim();
    if (!value) return undefined;
    if (this.checkedGuide?.value !== value) {
      let href = safeHref(value, 'hki-programme-summary');
      if (href && !/^https?:$/.test(new URL(href).protocol)) {
        console.warn(`[hki-programme-summary] guide-url is linked only when it is a web address (http or https): ${JSON.stringify(value)}`);
        href = undefined;
      }
      this.checkedGuide = { value, href };
    }
    return this.checkedGuide.href;
  }

  override render() {
    const state = this.renderDataState(this.data);
    if (state) return html`<div part="base" lang=${this.uiLocale}>${state}</div>`;
    const pkg = this.data.data!;
    const level = clampLevel(this.headingLevel, 2);
    const { title, subtitle } = pkg.programme;
    const reported = pkg.measures.some((m) => m.status.value !== 'not-reported');
    return html`<section part="base" lang=${this.uiLocale} aria-labelledby="title">
      ${heading(level, 'title', this.text(title))} ${this.pick(subtitle) ? html`<p class="subtitle">${this.text(subtitle)}</p>` : nothing}
      ${hasExampleData(pkg) ? this.renderExampleBadge(pkg.exampleNote) : nothing} ${renderMonitoringProblem(pkg.monitoring)}
      ${reported ? nothing : this.renderNoStatuses()}
      <ul part="themes" class="themes">
        ${pkg.themes.map((theme) => this.renderTheme(pkg, theme, level + 1, reported))}
      </ul>
      ${reported ? this.renderReported(pkg) : nothing} ${pkg.keyFigures.length ? this.renderFigures(pkg, level + 1) : nothing}
    </section>`;
  }

  /** When the statuses were reported, and where: the dates they span and each source once. */
  private renderReported(pkg: ProgrammeSummary): TemplateResult {
    const statuses = pkg.measures.map((m) => m.status).filter((s) => s.value !== 'not-reported');
    const dates = statuses
      .map((s) => s.reportedAt)
      .filter((d): d is string => Boolean(d))
      .sort();
    const sources = [...new Map(statuses.filter((s) => s.source).map((s) => [s.source!.url, s.source!])).values()];
    const first = dates[0];
    const last = dates.at(-1);
    return html`<p part="reported" class="reported">
      ${
        first && last
          ? first === last
            ? msg(str`Statuses reported ${formatDate(first)}.`)
            : msg(str`Statuses reported ${formatDate(first)}–${formatDate(last)}.`)
          : nothing
      }
      ${sources.map((source) => renderSource(source, this.texts))}
    </p>`;
  }

  /** Said once for the whole programme instead of four empty bars. */
  private renderNoStatuses(): TemplateResult {
    const guide = this.guideLink();
    return html`<div part="no-statuses" class="no-statuses">
      <p><strong>${msg('No statuses have been reported yet')}</strong></p>
      <p>${msg('Once the division responsible for a measure reports its status, this summary shows how far each theme has come.')}</p>
      <p>
        ${
          guide
            ? html`<a class="link" href=${guide}>${msg('How a division reports a measure’s status')}</a>`
            : msg('Divisions find how to report a status in the guides that come with these widgets.')
        }
      </p>
    </div>`;
  }

  /**
   * One theme. Its status list is left out while nothing in the programme is reported (the notice
   * says it once), and its bar while none of its own measures is reported (it would be empty).
   */
  private renderTheme(pkg: ProgrammeSummary, theme: Theme, level: number, anyReported: boolean): TemplateResult {
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
      ${
        counts.some(([value]) => value !== 'not-reported')
          ? html`<div class="bar" aria-hidden="true">
              ${counts.map(([value, count]) => html`<span class="bar-part" data-status=${value} ${setStyles({ flexGrow: String(count) })}></span>`)}
            </div>`
          : nothing
      }
      ${
        anyReported
          ? html`<ul class="status-summary">
              ${counts.map(
                ([value, count]) =>
                  html`<li data-status=${value}>
                    ${statusIcon(value)}<span
                      >${statusLabel(value, pkg.statusScales, (t) => this.pick(t)).text}: <strong>${count}</strong></span
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }
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

  private renderFigures(pkg: ProgrammeSummary, level: number): TemplateResult {
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
