import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiServiceFinder, type HkiSearchReadyDetail } from './service-finder.js';

defineElement('hki-service-finder', HkiServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'hki-service-finder': HkiServiceFinder;
  }
  interface GlobalEventHandlersEventMap {
    'hki-search-ready': CustomEvent<HkiSearchReadyDetail>;
  }
}

export { HkiServiceFinder };
