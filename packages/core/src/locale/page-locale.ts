/**
 * The page-wide interface locale. @lit/localize keeps one active locale per page, so every widget
 * follows `<html lang>`: one observer watches the attribute and switches the locale live; each
 * element re-renders through `updateWhenLocaleChanges` (see HkiElement).
 *
 * Translations come per package: each widget package's define module imports its own generated
 * locale modules statically and registers them here (registerTranslations), so a page with a card
 * carries the card's strings and not the service finder's, and no locale chunk is ever fetched
 * (nothing to lose when the bundle is served from another path). The templates objects are shared
 * and grow as packages register: @lit/localize looks messages up in them at render time.
 */
import { configureLocalization } from '@lit/localize';
import * as fi from '../generated/locales/fi.js';
import * as sv from '../generated/locales/sv.js';
import { resolveLocale, type ResolvedLocale, type UiLocale } from './resolve.js';

type Templates = Record<string, unknown>;
const registry: Record<'fi' | 'sv', Templates> = { fi: {}, sv: {} };

/** Adds a package's translations (its generated `templates`) to the page's. */
export function registerTranslations(translations: { fi?: { templates: Templates }; sv?: { templates: Templates } }): void {
  Object.assign(registry.fi, translations.fi?.templates);
  Object.assign(registry.sv, translations.sv?.templates);
}

registerTranslations({ fi, sv });

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fi', 'sv'],
  loadLocale: (locale) => Promise.resolve({ templates: registry[locale as 'fi' | 'sv'] } as never),
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
