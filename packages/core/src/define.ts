/**
 * Registers a custom element unless the tag is taken already: loading the CDN script twice, or
 * beside an npm-installed copy, must never throw "already defined".
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
