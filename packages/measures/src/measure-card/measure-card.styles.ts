import { css } from 'lit';

export const cardStyles = css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-s);
    padding: var(--hki-measure-card-padding, var(--hki-spacing-m));
    border: 1px solid var(--hki-color-border);
    border-inline-start: var(--hki-measure-card-accent-width, 6px) solid var(--hki-theme-color);
    background: var(--hki-measure-card-background, var(--hki-color-background));
  }

  [part='header'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--hki-spacing-2xs);
  }

  .context {
    display: flex;
    flex-direction: column;
    color: var(--hki-color-muted);
    font-size: 0.875em;
  }

  [part='title'] {
    font-size: 1.375em;
  }

  .number {
    display: inline-block;
    margin-inline-end: var(--hki-spacing-3xs);
    padding: 0 var(--hki-spacing-2xs);
    border: 2px solid var(--hki-theme-color);
    font-variant-numeric: tabular-nums;
  }

  [part='body'] {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-s);
  }

  [part='body'].closed {
    display: none;
  }

  .switch {
    display: inline-flex;
    align-items: center;
    align-self: flex-start;
    gap: var(--hki-spacing-2xs);
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--hki-color-text);
    font-weight: 600;
    cursor: pointer;
  }

  .switch-track {
    position: relative;
    flex: none;
    width: 2.5em;
    height: 1.4em;
    border: 2px solid var(--hki-color-text);
    border-radius: 1em;
    background: var(--hki-color-background);
  }

  .switch-thumb {
    position: absolute;
    inset-block-start: 0.15em;
    inset-inline-start: 0.15em;
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: var(--hki-color-text);
    transition: inset-inline-start 150ms ease-out;
  }

  .switch[aria-checked='true'] .switch-track {
    border-color: var(--hki-color-primary);
    background: var(--hki-color-primary);
  }

  .switch[aria-checked='true'] .switch-thumb {
    inset-inline-start: 1.3em;
    background: var(--hki-color-background);
  }

  .text p + p {
    margin-block-start: var(--hki-spacing-2xs);
  }

  .plain-note {
    color: var(--hki-color-muted);
    font-size: 0.875em;
  }

  .section {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-2xs);
  }

  [part='section-title'] {
    font-size: 1em;
  }

  .list {
    margin: 0;
    padding-inline-start: var(--hki-spacing-m);
  }

  .list li + li {
    margin-block-start: var(--hki-spacing-3xs);
  }

  .indicator {
    overflow-wrap: anywhere;
  }

  .target,
  .latest {
    display: block;
    color: var(--hki-color-muted);
    font-size: 0.875em;
  }

  .chart-toggle {
    margin-block: var(--hki-spacing-2xs);
  }

  .observations {
    margin-block: var(--hki-spacing-2xs);
    border-collapse: collapse;
    font-size: 0.875em;
  }

  .observations th,
  .observations td {
    padding: var(--hki-spacing-3xs) var(--hki-spacing-s);
    border: 1px solid var(--hki-color-border);
    text-align: start;
  }

  .observations td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .practice summary {
    cursor: pointer;
    font-weight: 600;
  }

  .practice p {
    margin-block-start: var(--hki-spacing-2xs);
  }

  .details-toggle {
    align-self: flex-start;
  }

  @media (forced-colors: active) {
    [part='base'] {
      border: 1px solid CanvasText;
      border-inline-start: var(--hki-measure-card-accent-width, 6px) solid CanvasText;
    }
    .switch-track,
    .switch[aria-checked='true'] .switch-track {
      border-color: ButtonText;
      background: Canvas;
    }
    .switch-thumb,
    .switch[aria-checked='true'] .switch-thumb {
      background: ButtonText;
    }
  }

  @media print {
    [part='base'] {
      break-inside: avoid;
      border-color: #000;
    }
    [part='body'].closed {
      display: flex;
    }
  }
`;
