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
    font-size: 1.5em;
    font-style: normal;
    font-weight: 700;
    line-height: 1.35;
    letter-spacing: 0.01em;
    word-spacing: 0.08em;
    text-transform: none;
    overflow-wrap: break-word;
    hyphens: manual;
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

  @media (forced-colors: active) {
    .sheet {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }

  @media print {
    .preview[data-size='a4'],
    .preview[data-size='a3'] {
      /* A little under the printable width, so the page's own margins cannot push it onto two sheets. */
      width: calc((var(--sheet-w) - 8) * 1mm);
      max-width: none;
      margin-inline: auto;
    }
    .sheet {
      break-after: page;
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .editor {
      display: none;
    }
  }
`;
