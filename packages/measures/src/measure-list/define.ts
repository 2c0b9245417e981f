import { defineElement } from '@hki-widgets/core';
import '../translations.js';
// The explorer shows its measures as compact cards.
import '../measure-card/define.js';
import { HkiMeasureList } from './measure-list.js';

defineElement('hki-measure-list', HkiMeasureList);

declare global {
  interface HTMLElementTagNameMap {
    'hki-measure-list': HkiMeasureList;
  }
}

export { HkiMeasureList };
