import { css } from 'lit';

/** A service card, in the finder's results and on its own. */
export const servicesStyles = css`
  :host {
    display: block;
  }

  p,
  dl,
  dd,
  ul,
  ol,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }

  .service {
    display: flex;
    flex-direction: column;
    gap: var(--hki-spacing-2xs);
    padding: var(--hki-spacing-s);
    border: 1px solid var(--hki-color-border);
    border-inline-start: 6px solid var(--hki-color-primary);
    background: var(--hki-color-background);
    overflow-wrap: anywhere;
  }

  .service:focus {
    outline: var(--hki-focus-width) solid var(--hki-color-focus);
    outline-offset: 2px;
  }

  [part='service-name'] {
    font-size: 1.25em;
    line-height: 1.25;
  }

  .provider,
  .note,
  .hint {
    color: var(--hki-color-muted);
    font-size: 0.875em;
  }

  .note {
    display: block;
  }

  .facts {
    display: grid;
    gap: var(--hki-spacing-3xs);
  }

  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--hki-spacing-2xs);
  }

  dt {
    font-weight: 600;
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
  }

  .inline {
    display: inline;
    padding: 0;
    list-style: none;
  }

  .inline li {
    display: inline;
  }

  .inline li + li::before {
    content: ', ';
  }

  .hours.open strong {
    color: var(--hki-status-open, #006250);
  }

  /* Free-text opening hours: one entry a paragraph, its own line breaks and indents kept. */
  .hours-line {
    white-space: pre-wrap;
  }

  .hours.text .label {
    font-weight: 600;
  }

  /* A description's paragraphs, as the source breaks them. */
  .summary {
    white-space: pre-line;
  }

  /*
   * In a list, from the sixth result on, laid out only when near the screen: the descriptions are
   * most of a list's text, and laying out twenty of them took most of a keystroke. (Not the first
   * five: a description on screen would first take its placeholder height and then its own, and
   * move what is below it. It holds no link or control, so nothing a keyboard or a checker must
   * reach is left unsized.)
   */
  .results > li:nth-child(n + 6) .summary {
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }

  /* Never wider than the card (320 px screens), never taller than a few lines of text. */
  .picture {
    display: block;
    width: auto;
    height: auto;
    max-width: 100%;
    max-height: 16em;
  }
  .picture[hidden] {
    display: none;
  }

  .badges:empty {
    display: none;
  }

  .badge {
    display: inline-block;
    margin-inline-end: var(--hki-spacing-2xs);
    padding: 0 var(--hki-spacing-2xs);
    border: 1px solid var(--hki-color-text);
    font-size: 0.875em;
  }

  .badge.example {
    background: var(--hki-color-example);
  }

  .contacts {
    padding-inline-start: var(--hki-spacing-m);
  }

  .link {
    color: var(--hki-color-primary);
    text-underline-offset: 0.15em;
  }

  .accessibility summary {
    cursor: pointer;
    font-weight: 600;
  }

  .accessibility .group {
    margin-block-start: var(--hki-spacing-2xs);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .service {
      border-color: CanvasText;
    }
    .hours.open strong {
      color: CanvasText;
    }
  }

  @media print {
    .service {
      break-inside: avoid;
    }
    .link::after {
      content: '';
    }
  }
`;
