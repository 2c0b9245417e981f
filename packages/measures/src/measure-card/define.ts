import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiMeasureCard, type HkiPlainChangeDetail } from './measure-card.js';

defineElement('hki-measure-card', HkiMeasureCard);

declare global {
  interface HTMLElementTagNameMap {
    'hki-measure-card': HkiMeasureCard;
  }
  interface GlobalEventHandlersEventMap {
    'hki-plain-change': CustomEvent<HkiPlainChangeDetail>;
  }
}

export { HkiMeasureCard };
