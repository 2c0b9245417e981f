/**
 * A widget's content as HTML the page can carry itself: a declarative shadow root with the widget's
 * styles and what it shows now. Pasted inside the element (the configurator's "include the
 * content"), it is painted with the page, before any script has run, and the element replaces it
 * with its own rendering once its data is there (see HkiElement). Texts are serialized as text: the
 * browser escapes them, nothing from data becomes markup.
 */
import { PRERENDERED, type HkiElement } from './hki-element.js';

/** Lit's markers and any other comment: not content. */
const COMMENTS = /<!--[\s\S]*?-->/g;

export function prerender(element: HkiElement): string {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has not rendered yet`);
  const css = root.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n');
  const content = Array.from(root.children)
    .filter((child) => !child.hasAttribute(PRERENDERED))
    .map((child) => child.outerHTML.replace(COMMENTS, ''))
    .join('');
  return `<template shadowrootmode="open"><style>${css.replace(/<\/style/gi, '<\\/style')}</style><div ${PRERENDERED}>${content}</div></template>`;
}
