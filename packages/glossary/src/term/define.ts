import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiTerm } from './term.js';

defineElement('hki-term', HkiTerm);

declare global {
  interface HTMLElementTagNameMap {
    'hki-term': HkiTerm;
  }
}

export { HkiTerm };
