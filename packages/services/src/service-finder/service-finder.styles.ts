import { css } from 'lit';

export const finderStyles = css`
  /* The finder's own width decides the layout (it may sit in a narrow column of a wide page). */
  [part='base'] {
    container: hki-service-finder / inline-size;
  }

  /* The filters under the search field, on the form's columns. */
  .filter-panel {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    gap: inherit;
    align-items: end;
  }

  /* Wide: the filters are always shown, and there is no disclosure. */
  .filters-toggle {
    display: none;
  }

  @container hki-service-finder (width < 40em) {
    .filters-toggle {
      display: inline-flex;
      grid-column: 1 / -1;
      justify-self: start;
    }

    .filter-panel:not(.open) {
      display: none;
    }
  }

  /* A chevron that points down when closed and up when open (a border: visible in forced colours). */
  .filters-toggle::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    margin-inline-start: var(--hki-spacing-3xs);
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }

  .filters-toggle[aria-expanded='true']::after {
    transform: translateY(0.15em) rotate(-135deg);
  }

  .search,
  .checks,
  .actions,
  .filters > .hki-alert,
  .filters > .note {
    grid-column: 1 / -1;
  }

  legend {
    font-weight: 600;
  }

  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hki-spacing-2xs) var(--hki-spacing-m);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .checks legend {
    padding: 0;
    margin-block-end: var(--hki-spacing-3xs);
  }

  .check {
    display: flex;
    align-items: center;
    gap: var(--hki-spacing-2xs);
    min-height: 44px;
  }

  .check input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }

  .check label {
    font-weight: normal;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hki-spacing-2xs);
  }

  .more {
    align-self: flex-start;
  }

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--hki-color-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .count {
    font-weight: 600;
  }

  .results {
    display: flex;
    flex-direction: column;
    gap: var(--hki-service-finder-gap, var(--hki-spacing-s));
    padding: 0;
    list-style: none;
  }

  .unknown-hours {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-s);
  }

  [part='section-title'] {
    font-size: 1.25em;
  }

  .active-filters {
    padding-inline-start: var(--hki-spacing-m);
  }

  @media print {
    .filters-toggle,
    .filters,
    .more {
      display: none;
    }
  }
`;
