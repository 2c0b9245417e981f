// Generated from elements.json by scripts/gen-elements.mjs: do not edit. Change the list and run the script.
/** Defines every hki-widgets element at once, for applications that bundle the npm packages. */
import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/measures/measure-list/define.js';
import '@hki-widgets/measures/programme-summary/define.js';
import '@hki-widgets/charts/indicator-chart/define.js';
import '@hki-widgets/services/service-finder/define.js';
import '@hki-widgets/services/service-card/define.js';
import '@hki-widgets/signage/sign/define.js';
import '@hki-widgets/glossary/term/define.js';
