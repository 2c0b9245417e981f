import { css } from 'lit';

export const signStyles = css`
  :host {
    display: block;
    --sign-fg: var(--hki-sign-foreground, #000);
    --sign-bg: var(--hki-sign-background, #fff);
  }

  .preview {
    max-width: 40rem;
  }

  .preview[data-size='a4'],
  .preview[data-size='a3'] {
    /* The sheet is drawn to scale inside this box: everything is sized in container units. */
    container-type: inline-size;
    max-width: min(100%, calc(var(--sheet-w) * 1mm));
  }

  .sheet {
    --sign-fg-used: var(--sign-fg);
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    padding: 0.8em;
    border: 3px solid var(--sign-fg-used);
    background: var(--sign-bg);
    color: var(--sign-fg-used);
    font-family: var(--hki-sign-font, system-ui, 'Helvetica Neue', Arial, sans-serif);
    /* On screen, --fit (fit.ts) makes the letters smaller only when the longest word would not fit its line. */
    font-size: calc(1.5em * var(--fit, 1));
    font-style: normal;
    font-weight: 700;
    line-height: 1.35;
    letter-spacing: 0.01em;
    word-spacing: 0.08em;
    text-transform: none;
    /*
     * A sign never breaks a word: for a reader still learning the language, a broken word is another
     * word. Lines break only between words (each word is a nowrap .word), the letters are sized so
     * that the longest word fits its line (words.ts), and nothing is hyphenated automatically:
     * Chromium's hyphenation of Finnish, Somali and Arabic is not known to be right.
     */
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }

  .word {
    white-space: nowrap;
  }

  .sheet[data-scheme='inverse'] {
    --sign-fg-used: var(--hki-sign-foreground, #fff);
    background: var(--hki-sign-background, #000);
  }

  [data-size='a4'] .sheet,
  [data-size='a3'] .sheet {
    width: 100cqw;
    aspect-ratio: var(--sheet-w) / var(--sheet-h);
    /* Letter size in millimetres (from viewing-distance) scaled to the preview. */
    font-size: calc(var(--font-mm, 23) / var(--sheet-w) * 100cqw);
    padding: calc(8 / var(--sheet-w) * 100cqw);
    border-width: calc(2 / var(--sheet-w) * 100cqw);
    overflow: hidden;
  }

  .visual {
    /* Physical layout: an arrow pointing left stands on the left, whatever the page's direction. */
    direction: ltr;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }

  .pictogram {
    width: 4em;
    height: 4em;
    flex: none;
  }

  .arrow {
    width: 3em;
    height: 3em;
    flex: none;
  }

  /* On a sheet, the pictogram and arrow take a share of the sheet, not of the letter size. */
  [data-size='a4'] .pictogram,
  [data-size='a3'] .pictogram {
    width: 28cqw;
    height: 28cqw;
  }

  [data-size='a4'] .arrow,
  [data-size='a3'] .arrow {
    width: 20cqw;
    height: 20cqw;
  }

  [data-arrow='left'] .arrow,
  [data-arrow='up-left'] .arrow,
  [data-arrow='down-left'] .arrow {
    order: -1;
  }

  .text {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }

  .block {
    margin: 0;
  }

  .block:first-child {
    font-size: 1.25em;
  }

  .block[dir='rtl'] {
    font-family: 'Noto Sans Arabic', system-ui, sans-serif;
    text-align: right;
  }

  ::slotted(*) {
    margin: 0;
    font-style: normal;
  }

  .qr {
    display: flex;
    flex-direction: column;
    align-items: center;
    align-self: flex-end;
    margin: auto 0 0;
    font-size: 0.45em;
    font-weight: 400;
  }

  .qr svg {
    width: 5em;
    height: 5em;
  }

  .editor {
    margin-block-start: var(--hki-spacing-s);
    padding: var(--hki-spacing-s);
    border: 2px dashed var(--hki-color-border);
    font-size: 1rem;
    font-weight: 400;
  }

  .editor-title {
    margin: 0 0 var(--hki-spacing-2xs);
    font-size: 1.125em;
  }

  .editor ul {
    margin: 0;
    padding-inline-start: var(--hki-spacing-m);
  }

  .print-button {
    margin-block-start: var(--hki-spacing-s);
  }

  @media (forced-colors: active) {
    .sheet {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }

  @media print {
    /* A sheet-sized sign starts a sheet: the page's spacing around it would only push it down. */
    :host([size*='a4' i]),
    :host([size*='a3' i]) {
      margin-block: 0 !important;
    }
    .preview[data-size='a4'],
    .preview[data-size='a3'] {
      /* The printable area less 8 mm in its tighter direction, so the page's own margins cannot push it onto two sheets. */
      --print-w: min(calc((var(--sheet-w) - 8) * 1mm), calc((var(--sheet-h) - 8) * var(--sheet-w) / var(--sheet-h) * 1mm));
      width: var(--print-w);
      max-width: none;
      /*
       * A sheet of its own, without forced breaks after it (a forced break followed by an empty
       * element prints an empty sheet): it starts a sheet, and its bottom margin fills that sheet
       * but for 3 mm, so that what follows goes to the next sheet, except an empty element.
       */
      margin: 0 auto calc(var(--sheet-h) * 1mm - var(--print-w) * var(--sheet-h) / var(--sheet-w) - 3mm);
      break-before: page;
      break-inside: avoid;
    }
    .preview[data-size='a4'] .sheet,
    .preview[data-size='a3'] .sheet {
      /* Never taller than its sheet: text that does not fit is cut (the editor's check says so), not spilled onto another. */
      height: calc(var(--print-w) * var(--sheet-h) / var(--sheet-w));
      overflow: hidden;
    }
    /* Printed alone (print-alone.ts): nothing else is on the page, nothing to break from. */
    :host([data-hki-print-alone]) .preview {
      margin-block-end: 0;
      break-before: auto;
    }
    .sheet {
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .editor,
    .print-button {
      display: none;
    }
  }
`;
