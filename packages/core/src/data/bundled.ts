/**
 * Where the bundled programme lives: one module per language, one per language and measure set,
 * one glossary and one summary per language. Kept free of Lit and of the interface strings, so hki-widgets.js can
 * start the same imports before an element's code has arrived (see prefetch.ts): the browser's
 * module map then hands the element the module already on its way.
 */
import { glossary, slices, summary } from '@hki-widgets/data/slices.js';
import type { UiLocale } from '../locale/resolve.js';

const whole: Record<UiLocale, () => Promise<{ default: unknown }>> = {
  fi: () => import('@hki-widgets/data/programme.fi.js'),
  sv: () => import('@hki-widgets/data/programme.sv.js'),
  en: () => import('@hki-widgets/data/programme.en.js'),
};

/** What part of the bundled programme a widget needs. */
export type ProgrammePart = { measureSet?: string } | 'glossary' | 'summary';

/** The module of a part of the bundled programme, and its cache key's last part. */
export function bundledProgramme(
  locale: UiLocale,
  part: ProgrammePart = {},
): { module: () => Promise<{ default: unknown }>; name: string } {
  if (part === 'glossary') return { module: glossary[locale], name: 'glossary' };
  if (part === 'summary') return { module: summary[locale], name: 'summary' };
  const slice = part.measureSet === undefined ? undefined : slices[locale]?.[part.measureSet];
  return slice ? { module: slice, name: `set-${part.measureSet}` } : { module: whole[locale], name: '*' };
}
