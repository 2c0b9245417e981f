import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiServiceCard } from './service-card.js';

defineElement('hki-service-card', HkiServiceCard);

declare global {
  interface HTMLElementTagNameMap {
    'hki-service-card': HkiServiceCard;
  }
}

export { HkiServiceCard };
