import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * Two addresses that only Storybook knows, to show states a page reaches on a slow or failing
 * network: `/__story/pending/…` never answers (the loading state).
 */
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.pathname.startsWith('/__story/pending')) return new Promise<Response>(() => undefined);
  return realFetch(input, init);
};

const LANGUAGES: Record<string, { title: string; dir: 'ltr' | 'rtl' }> = {
  fi: { title: 'Suomi (fi)', dir: 'ltr' },
  sv: { title: 'Svenska (sv)', dir: 'ltr' },
  en: { title: 'English (en)', dir: 'ltr' },
  ar: { title: 'العربية (ar): right to left, interface falls back to English', dir: 'rtl' },
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The page language (<html lang>) that the widgets follow',
      toolbar: {
        title: 'Page language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      const lang = (context.globals.locale as string) ?? 'en';
      document.documentElement.lang = lang;
      document.documentElement.dir = LANGUAGES[lang]?.dir ?? 'ltr';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
