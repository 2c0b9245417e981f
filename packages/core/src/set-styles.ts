import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, always. Lit's styleMap writes a `style`
 * attribute on its first render, which a strict Content-Security-Policy (no
 * `style-src-attr 'unsafe-inline'`) blocks; `element.style.setProperty` is not blocked.
 *
 *   html`<article ${setStyles({ '--hki-theme-color': colour })}>`
 */
class SetStylesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setStyles() goes on an element: <div ${setStyles({...})}>');
  }

  render(_styles: Record<string, string | undefined>) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in styles) || styles[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      // Custom properties and dashed names go through setProperty; camelCase names are converted.
      style.setProperty(name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
      this.previous.add(name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    }
    return noChange;
  }
}

export const setStyles = directive(SetStylesDirective);
