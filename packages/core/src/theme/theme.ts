import { css, unsafeCSS } from 'lit';
import { HDS } from './hds-tokens.js';

/** `var(--name, value)` for an HDS token, its value taken from hds-design-tokens. */
const hds = (token: keyof typeof HDS) => unsafeCSS(`var(--${token}, ${HDS[token]})`);

/**
 * The theme every element shares. Each `--hki-*` property can be set by the page; otherwise it
 * takes the hel.fi division theme (`--hdbt-color-palette--*`) when the page defines it, and the
 * Helsinki Design System token after that. Fonts are inherited from the page.
 */
export const themeStyles = css`
  :host {
    --hki-color-primary: var(--hdbt-color-palette--primary, ${hds('color-bus')});
    --hki-color-primary-light: var(--hdbt-color-palette--secondary, ${hds('color-bus-light')});
    --hki-color-text: var(--hdbt-color-black, ${hds('color-black')});
    --hki-color-background: var(--hdbt-color-white, ${hds('color-white')});
    --hki-color-muted: ${hds('color-black-60')};
    --hki-color-border: ${hds('color-black-50')};
    --hki-color-surface: ${hds('color-black-5')};
    --hki-color-focus: ${hds('color-focus-outline')};
    --hki-color-error: ${hds('color-error')};
    --hki-color-error-light: ${hds('color-error-light')};
    --hki-color-info-light: ${hds('color-coat-of-arms-light')};
    --hki-color-example: ${hds('color-summer-light')};
    --hki-spacing-3xs: ${hds('spacing-3-xs')};
    --hki-spacing-2xs: ${hds('spacing-2-xs')};
    --hki-spacing-xs: ${hds('spacing-xs')};
    --hki-spacing-s: ${hds('spacing-s')};
    --hki-spacing-m: ${hds('spacing-m')};
    --hki-spacing-l: ${hds('spacing-l')};
    --hki-focus-width: 3px;
    --hki-radius: 0;
    box-sizing: border-box;
    color: var(--hki-color-text);
    font: inherit;
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* HDS focus: a 3 px outline in the focus colour, never removed. */
  :focus-visible {
    outline: var(--hki-focus-width) solid var(--hki-color-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* While the page's own copy of the content shows (see HkiElement's prerendered), the element's own
     rendering (its loading state) stays hidden; the copy's wrapper lays out as if it were not there. */
  :host([data-hki-prerendered]) > :not([data-hki-prerendered]) {
    display: none !important;
  }

  [data-hki-prerendered] {
    display: contents;
  }

  /* The loading state keeps the space the content will take (--hki-reserve-block-size, set per widget
     by hki-widgets.js or by the page), so the text below does not move when it arrives. */
  .hki-status[role='status'] {
    box-sizing: border-box;
    min-block-size: var(--hki-reserve-block-size, auto);
  }

  .hki-alert,
  .hki-status {
    margin: 0;
    padding: var(--hki-spacing-2xs) var(--hki-spacing-s);
    border-inline-start: 4px solid var(--hki-color-border);
    overflow-wrap: anywhere;
  }

  .hki-alert {
    border-color: var(--hki-color-error);
    background: var(--hki-color-error-light);
  }

  .hki-status {
    color: var(--hki-color-text);
  }

  .hki-example-badge {
    display: inline-block;
    padding: 0 var(--hki-spacing-2xs);
    border: 1px solid var(--hki-color-text);
    background: var(--hki-color-example);
    font-size: 0.875em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .hki-alert,
    .hki-status,
    .hki-example-badge {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
  }

  @media print {
    :focus-visible {
      outline: none;
    }
  }
`;
