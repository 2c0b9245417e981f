import { HDS } from './hds-tokens.js';

/**
 * `var(--color-<name>, <HDS value>)` for an HDS brand colour named in data (a theme's accent),
 * or the primary colour when the name is not an HDS colour. Never lets data inject CSS.
 */
export function hdsColour(name: string | undefined): string {
  const token = `color-${name ?? ''}`;
  return /^[a-z-]+$/.test(name ?? '') && token in HDS ? `var(--${token}, ${HDS[token as keyof typeof HDS]})` : 'var(--hki-color-primary)';
}
