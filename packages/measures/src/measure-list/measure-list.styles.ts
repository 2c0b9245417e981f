import { css } from 'lit';

/**
 * The explorer's layout. The compact list's rows lay out by the explorer's own width (a container
 * query on the results, which may sit in a sidebar), not the window's: narrow, the status, responsible
 * bodies and button stack under the number and title; from 48 em, each measure is one line of aligned
 * columns. (Comments stay out of the template: it ships as it is written.)
 */
export const listStyles = css`
  .field.search {
    grid-column: 1 / -1;
  }

  .clear {
    justify-self: start;
  }

  .count {
    font-weight: 600;
  }

  .summary {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-2xs);
  }

  .summary-title {
    font-weight: 600;
  }

  .status-summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hki-spacing-2xs) var(--hki-spacing-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .status-summary li {
    display: inline-flex;
    align-items: center;
    gap: var(--hki-spacing-3xs);
  }

  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hki-spacing-2xs);
  }

  .results,
  .theme,
  .set {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-s);
  }

  .results {
    gap: var(--hki-spacing-l);
    container: hki-measures / inline-size;
  }

  [part='theme-title'] {
    font-size: 1.5em;
  }

  [part='set-title'] {
    font-size: 1.25em;
  }

  .cards {
    display: flex;
    flex-direction: column;
    gap: var(--hki-measure-list-gap, var(--hki-spacing-s));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rows {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--hki-color-border);
  }

  .row {
    border-block-end: 1px solid var(--hki-color-border);
    /* Rows off screen are not laid out until they come near it (they stay in the page's text, its
       find and its accessibility tree): a search that brings back 60 rows stays within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 3.25rem;
  }

  .row-line {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--hki-spacing-3xs) var(--hki-spacing-s);
    align-items: center;
    padding-block: var(--hki-spacing-3xs);
  }

  [part='row-title'] {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    gap: var(--hki-spacing-2xs);
    align-items: baseline;
    font-size: 1em;
    overflow-wrap: anywhere;
  }

  .row-number {
    font-variant-numeric: tabular-nums;
  }

  .row-status,
  .row-responsible {
    padding-inline-start: calc(3.5em + var(--hki-spacing-2xs));
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .row-status {
    display: flex;
    align-items: center;
    gap: var(--hki-spacing-3xs);
  }

  .row-responsible {
    color: var(--hki-color-muted);
  }

  /* Narrow (and with large text) the button starts at the row's edge and may wrap: indented, it would not fit 320 px at 200 %. */
  .row-toggle {
    justify-self: start;
    max-inline-size: 100%;
    white-space: normal;
  }

  .row-details {
    padding-block-end: var(--hki-spacing-s);
  }

  @container hki-measures (min-width: 48em) {
    .row-line {
      grid-template-columns: minmax(0, 3fr) 9em minmax(0, 2fr) 10em;
    }
    .row-status,
    .row-responsible {
      padding-inline-start: 0;
    }
    .row-toggle {
      justify-self: end;
      margin-inline-start: 0;
    }
  }

  @media print {
    .row {
      break-inside: avoid;
    }
  }
`;
