import { css } from 'lit';

export const chartStyles = css`
  :host {
    display: block;
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-2xs);
    margin: 0;
  }

  figcaption {
    display: flex;
    flex-direction: column;
  }

  .title {
    font-size: 1.125em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .context,
  .instructions,
  .source,
  .target {
    color: var(--hki-color-muted);
    font-size: 0.875em;
  }

  p {
    margin: 0;
  }

  .plot {
    position: relative;
    width: 100%;
    min-width: 0;
    /* Reserved before the chart draws: no layout shift. */
    height: var(--hki-indicator-chart-height, 18rem);
    /* The canvas keeps its old width for a frame when the page narrows: never let it push sideways. */
    overflow: hidden;
  }

  .plot canvas {
    display: block;
    max-width: 100%;
  }

  .plot:focus-visible {
    outline: var(--hki-focus-width) solid var(--hki-color-focus);
    outline-offset: 2px;
  }

  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    border: 1px dashed var(--hki-color-border);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hki-spacing-2xs);
  }

  .table.closed {
    display: none;
  }

  .table {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    font-size: 0.875em;
  }

  /* A long series' table, a page of rows at a time: fixed columns, so a page lays out only itself. */
  .pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--hki-spacing-2xs);
    margin-block-end: var(--hki-spacing-2xs);
  }

  .pages .range {
    margin: 0;
  }

  table.long {
    table-layout: fixed;
    inline-size: 100%;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--hki-spacing-3xs);
  }

  th,
  td {
    padding: var(--hki-spacing-3xs) var(--hki-spacing-s);
    border: 1px solid var(--hki-color-border);
    text-align: start;
  }

  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .no-data {
    padding: var(--hki-spacing-s);
    border: 1px dashed var(--hki-color-border);
  }

  @media (forced-colors: active) {
    .plot:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .no-print {
      display: none !important;
    }
    .table.closed {
      display: block;
    }
    .plot {
      break-inside: avoid;
    }
  }
`;
