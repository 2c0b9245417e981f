/**
 * The page-wide interface locale. @lit/localize keeps one active locale per page, so every widget
 * follows `<html lang>`: one observer watches the attribute and switches the locale live; each
 * element re-renders through `updateWhenLocaleChanges` (see HkiElement).
 *
 * The generated locale modules are imported statically: a CDN copy of the bundle has no dynamic
 * chunk to lose when it is served from another path.
 */
import { configureLocalization } from '@lit/localize';
import * as fi from '../generated/locales/fi.js';
import * as sv from '../generated/locales/sv.js';
import { resolveLocale, type ResolvedLocale, type UiLocale } from './resolve.js';

const templates = { fi, sv } as const;

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fi', 'sv'],
  loadLocale: (locale) => Promise.resolve(templates[locale as 'fi' | 'sv']),
});

let current: ResolvedLocale = { locale: 'en', fallback: true };
let observer: MutationObserver | undefined;

function sync(): void {
  current = resolveLocale(document.documentElement.getAttribute('lang'));
  if (getLocale() !== current.locale) void setLocale(current.locale);
}

/** Starts following `<html lang>` (once per page and copy of this module). */
export function watchPageLocale(): void {
  if (observer) return;
  sync();
  observer = new MutationObserver(sync);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** The active interface locale and whether it is a fallback for the page's language. */
export function pageLocale(): ResolvedLocale {
  watchPageLocale();
  return { locale: getLocale() as UiLocale, fallback: current.fallback };
}
