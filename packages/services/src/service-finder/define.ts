import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiServiceFinder } from './service-finder.js';

defineElement('hki-service-finder', HkiServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'hki-service-finder': HkiServiceFinder;
  }
}

export { HkiServiceFinder };
