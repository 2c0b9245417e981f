import { css } from 'lit';

export const termStyles = css`
  :host {
    display: inline;
  }

  [part='term'] {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--hki-term-color, var(--hki-color-primary));
    font: inherit;
    text-align: inherit;
    text-decoration: underline dotted;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  [part='term']:hover {
    text-decoration-style: solid;
  }

  [part='term']::after {
    /* A visible cue that the term opens; the state itself is announced by aria-expanded. */
    content: '';
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline-start: 0.3em;
    /* Physical sides: the chevron points down (or up) in any text direction. */
    border-bottom: 0.12em solid currentColor;
    border-right: 0.12em solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
    transition: transform 150ms ease-out;
  }

  [part='term'][aria-expanded='true']::after {
    transform: translateY(0.05em) rotate(-135deg);
  }

  [part='definition'] {
    display: block;
    max-width: var(--hki-term-max-width, 40rem);
    margin: var(--hki-spacing-2xs) 0;
    padding: var(--hki-spacing-xs) var(--hki-spacing-s);
    border-inline-start: 4px solid var(--hki-color-primary);
    background: var(--hki-term-background, var(--hki-color-info-light));
    color: var(--hki-color-text);
    font-style: normal;
    font-weight: normal;
    overflow-wrap: anywhere;
  }

  [part='definition'][hidden] {
    display: none;
  }

  .name {
    font-weight: bold;
  }

  .note,
  .source {
    display: block;
    margin-block-start: var(--hki-spacing-2xs);
    font-size: 0.875em;
  }

  .hki-alert {
    display: inline;
    padding: 0 var(--hki-spacing-2xs);
    margin-inline-start: var(--hki-spacing-3xs);
  }

  @media (forced-colors: active) {
    [part='term'] {
      color: LinkText;
    }
    [part='definition'] {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }

  @media print {
    [part='term']::after {
      display: none;
    }
  }
`;
