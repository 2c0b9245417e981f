import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, safeHref, type MonitoringInfo, type PickedText, type TextContext } from '@hki-widgets/core';
import type { IntegrationProgrammePackage, LocalizedText, ReportSource, Status, StatusScale } from '@hki-widgets/data';

type Pick = (text: LocalizedText | undefined) => PickedText | undefined;

/** One icon per status, so colour is never the only signal (drawn on a 16-unit grid). */
const ICONS: Record<string, TemplateResult> = {
  'not-reported': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/>`,
  'not-started': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  'partially-achieved': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 2a6 6 0 1 1-6 6h6z" fill="currentColor"/>`,
  achieved: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="1.8"/>`,
  yes: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="1.8"/>`,
  partially: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  no: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.5 5.5l5 5m0-5l-5 5" stroke="currentColor" stroke-width="1.6"/>`,
};

/** The label of a status value in the interface language: the scale's own words when it has them. */
export function statusLabel(value: string, scales: StatusScale[] | undefined, pick: Pick): PickedText {
  if (value === 'not-reported') return { text: msg('Not reported'), lang: '', fallback: false };
  for (const scale of scales ?? []) {
    const entry = scale.values.find((v) => v.value === value);
    const picked = entry && pick(entry.label);
    if (picked) return picked;
  }
  return { text: value, lang: '', fallback: false };
}

/** The icon of a status value. */
export const statusIcon = (value: string): TemplateResult =>
  html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    ${ICONS[value] ?? ICONS['not-reported']}
  </svg>`;

/** A source of a status or a value: its name, linked to its address (http(s) only). */
export function renderSource(source: ReportSource | undefined, texts: TextContext): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const href = safeHref(source.url);
  const name = texts.text(source.name);
  return html`<span class="status-source">${msg('Source:')} ${href ? html`<a class="link" href=${href}>${name}</a>` : name}</span>`;
}

/** A status as a badge: icon, words, the date it was reported and where. */
export function renderStatus(status: Status, pkg: IntegrationProgrammePackage, texts: TextContext): TemplateResult {
  const label = statusLabel(status.value, pkg.statusScales, texts.pick);
  return html`<p class="status" part="status" data-status=${status.value}>
    ${statusIcon(status.value)}<span class="visually-hidden">${msg('Status:')} </span
    ><span class="status-label" lang=${texts.langOf(label)}>${label.text}</span
    >${status.reportedAt ? html`<span class="status-date">${msg(str`reported ${formatDate(status.reportedAt)}`)}</span>` : nothing}
    ${status.note ? html`<span class="status-note">${texts.text(status.note)}</span>` : nothing} ${renderSource(status.source, texts)}
  </p>`;
}

/**
 * The note a programme widget shows when its monitoring file could not be used: the programme is
 * there, every measure "not reported" (the console has the details).
 */
export function renderMonitoringProblem(monitoring: MonitoringInfo | undefined): TemplateResult | typeof nothing {
  if (!monitoring?.problem) return nothing;
  const text =
    monitoring.problem === 'other-programme'
      ? msg('The progress file given for this page is for another programme, so no statuses are shown.')
      : msg('The progress information could not be loaded, so every measure is shown as not reported.');
  return html`<p class="hki-status monitoring-problem" part="monitoring-problem" role="note">${text}</p>`;
}
