/**
 * A widget's content as HTML the page can carry itself: a declarative shadow root with the widget's
 * styles and what it shows now. Pasted inside the element (the configurator's "include the
 * content"), it is painted with the page, before any script has run, and the element replaces it
 * with its own rendering once its data is there (see HkiElement). Texts are serialized as text: the
 * browser escapes them, nothing from data becomes markup. A canvas (a chart, a QR code) becomes a
 * picture of what it shows, so the copy looks like the widget until the widget draws its own.
 */
import type { HkiElement } from './hki-element.js';

/**
 * HkiElement's PRERENDERED, written out rather than imported: the configurator's copy of this module
 * (prerender.js in the CDN build) then carries nothing of Lit or of the element base, and the
 * widgets' chunks stay as they are. The prerender tests prove the two agree.
 */
const PRERENDERED = 'data-hki-prerendered';

/** Lit's markers and any other comment: not content. */
const COMMENTS = /<!--[\s\S]*?-->/g;

/** A copy of an element whose canvases (a chart, a QR code) are pictures of what they show now. */
function withPictures(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  const drawn = Array.from(element.querySelectorAll('canvas'));
  Array.from(copy.querySelectorAll('canvas')).forEach((canvas, i) => {
    const original = drawn[i];
    const picture = document.createElement('img');
    try {
      picture.src = original.toDataURL();
    } catch {
      return; // a canvas with pictures from another origin cannot be read: it stays empty
    }
    picture.alt = original.getAttribute('aria-label') ?? '';
    picture.width = original.clientWidth;
    picture.height = original.clientHeight;
    picture.style.cssText = original.style.cssText;
    canvas.replaceWith(picture);
  });
  return copy;
}

export function prerender(element: HkiElement): string {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has not rendered yet`);
  const css = root.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n');
  const content = Array.from(root.children)
    .filter((child) => !child.hasAttribute(PRERENDERED))
    .map((child) => withPictures(child).outerHTML.replace(COMMENTS, ''))
    .join('');
  return `<template shadowrootmode="open"><style>${css.replace(/<\/style/gi, '<\\/style')}</style><div ${PRERENDERED}>${content}</div></template>`;
}
