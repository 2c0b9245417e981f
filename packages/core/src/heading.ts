import { html, unsafeStatic } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** A heading level from an attribute, kept within h1–h6 (default when it is not a number). */
export const clampLevel = (level: unknown, fallback = 3): number => {
  const n = Math.round(Number(level));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
};

/** `<hN part=…>` for a level 1–6 (deeper levels stay h6): the page's outline decides the level. */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1];
  // A static tag from lit/static-html.js, chosen from a fixed list; the lint rule knows only lit's html.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} id=${id ?? part}>${content}</${tag}>`;
}
