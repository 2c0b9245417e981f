import { css } from 'lit';

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
`;
