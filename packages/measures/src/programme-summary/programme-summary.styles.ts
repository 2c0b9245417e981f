import { css } from 'lit';

export const summaryStyles = css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-m);
  }

  [part='title'] {
    font-size: 1.75em;
  }

  .subtitle {
    margin-block-start: calc(-1 * var(--hki-spacing-s));
    color: var(--hki-color-muted);
  }

  .themes,
  .figure-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--hki-programme-summary-columns-min, 16rem)), 1fr));
    gap: var(--hki-spacing-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .theme {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-2xs);
    padding: var(--hki-spacing-s);
    border: 1px solid var(--hki-color-border);
    border-block-start: 6px solid var(--hki-theme-color);
  }

  [part='theme-title'] {
    font-size: 1.125em;
  }

  .theme-number {
    display: block;
    color: var(--hki-color-muted);
    font-size: 0.875em;
    font-weight: normal;
  }

  .measure-count {
    font-weight: 600;
  }

  .bar {
    display: flex;
    height: 0.75rem;
    border: 1px solid var(--hki-color-text);
  }

  .bar-part {
    flex-basis: 0;
    background: var(--hki-color-surface);
  }

  .bar-part + .bar-part {
    border-inline-start: 2px solid var(--hki-color-background);
  }

  .bar-part[data-status='in-progress'],
  .bar-part[data-status='partially'] {
    background: var(--hki-color-focus);
  }
  .bar-part[data-status='partially-achieved'] {
    background: #cc9200;
  }
  .bar-part[data-status='achieved'],
  .bar-part[data-status='yes'] {
    background: #007a64;
  }
  .bar-part[data-status='no'] {
    background: var(--hki-color-error);
  }

  .status-summary {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-3xs);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .status-summary li {
    display: inline-flex;
    align-items: center;
    gap: var(--hki-spacing-3xs);
  }

  .no-statuses {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-2xs);
    padding: var(--hki-spacing-s);
    border: 1px dashed var(--hki-color-border);
    border-inline-start: 6px solid var(--hki-color-primary);
    background: var(--hki-color-surface);
  }

  .theme .link {
    margin-block-start: auto;
    padding-block-start: var(--hki-spacing-2xs);
  }

  .figures {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-s);
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-3xs);
    padding: var(--hki-spacing-s);
    background: var(--hki-color-surface);
  }

  .figure-value {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    color: var(--hki-color-primary);
  }

  .figure-source {
    color: var(--hki-color-muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .theme,
    .no-statuses {
      border-color: CanvasText;
    }
    .bar-part {
      background: CanvasText !important;
    }
    .figure-value {
      color: CanvasText;
    }
  }
`;
