import { css } from 'lit';

/**
 * Buttons and form fields as every widget draws them (HDS-like: 44 px targets, 2 px borders, the
 * theme's primary colour, system colours in forced-colours mode). Add to an element's styles
 * after `HkiElement.styles`; use the classes `button` and `field`.
 */
export const controlStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--hki-spacing-2xs);
    min-height: 44px;
    padding: var(--hki-spacing-3xs) var(--hki-spacing-s);
    border: 2px solid var(--hki-color-primary);
    background: var(--hki-color-background);
    color: var(--hki-color-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .button:hover {
    background: var(--hki-color-primary-light);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-3xs);
    min-width: 0;
  }

  .field label {
    font-weight: 600;
  }

  .field input,
  .field select {
    width: 100%;
    min-height: 44px;
    padding: var(--hki-spacing-2xs);
    border: 2px solid var(--hki-color-text);
    border-radius: 0;
    background: var(--hki-color-background);
    color: var(--hki-color-text);
    font: inherit;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
    }
    .field input,
    .field select {
      border-color: FieldText;
    }
  }
`;

/**
 * A widget laid out as a column with a filter panel (class `filters`) above its results, as the
 * measure list and the service finder draw it. Add after `controlStyles`.
 */
export const filterPanelStyles = css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-m);
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--hki-spacing-s);
    align-items: end;
    padding: var(--hki-spacing-s);
    background: var(--hki-color-surface);
  }

  /* "Nothing matches", with the way back. */
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--hki-spacing-s);
    padding: var(--hki-spacing-m);
    border: 1px dashed var(--hki-color-border);
  }

  @media (forced-colors: active) {
    .empty {
      border-color: CanvasText;
    }
  }
`;
