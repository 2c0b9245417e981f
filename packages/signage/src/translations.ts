/** This package's interface strings in Finnish and Swedish (generated from translations/ by npm run i18n). */
import { registerTranslations } from '@hki-widgets/core';
import * as fi from './generated/locales/fi.js';
import * as sv from './generated/locales/sv.js';

registerTranslations({ fi, sv });
