import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiSign } from './sign.js';

defineElement('hki-sign', HkiSign);

declare global {
  interface HTMLElementTagNameMap {
    'hki-sign': HkiSign;
  }
}

export { HkiSign };
