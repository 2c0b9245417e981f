import { css } from 'lit';

/** Styles shared by the measure widgets: theme accent, status badge, headings, buttons. */
export const sharedStyles = css`
  :host {
    display: block;
    --hki-theme-color: var(--hki-color-primary);
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  p {
    margin: 0;
  }

  .status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hki-spacing-3xs) var(--hki-spacing-2xs);
    padding: var(--hki-spacing-3xs) var(--hki-spacing-2xs);
    border: 1px solid var(--hki-color-border);
    background: var(--hki-status-background, var(--hki-color-surface));
    font-size: 0.875em;
  }

  .status[data-status='not-reported'] {
    border-style: dashed;
  }
  .status[data-status='in-progress'],
  .status[data-status='partially'] {
    --hki-status-background: var(--hki-color-info-light);
  }
  .status[data-status='partially-achieved'] {
    --hki-status-background: var(--hki-color-example);
  }
  .status[data-status='achieved'],
  .status[data-status='yes'] {
    --hki-status-background: var(--hki-status-success-light, #e2f5f3);
  }
  .status[data-status='no'] {
    --hki-status-background: var(--hki-color-error-light);
  }

  .status-icon {
    flex: none;
    width: 1em;
    height: 1em;
  }

  .status-date,
  .status-note,
  .status-source,
  .row-date {
    color: var(--hki-color-muted);
  }

  .status-date::before,
  .row-date::before {
    content: '· ';
  }

  button,
  select,
  input {
    font: inherit;
  }

  .link {
    color: var(--hki-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  @media (forced-colors: active) {
    .status {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .button,
    .no-print {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
