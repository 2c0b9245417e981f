import { defineElement } from '@hki-widgets/core';
import '../translations.js';
import { HkiProgrammeSummary } from './programme-summary.js';

defineElement('hki-programme-summary', HkiProgrammeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'hki-programme-summary': HkiProgrammeSummary;
  }
}

export { HkiProgrammeSummary };
