/** Defines every hki-widgets element at once, for applications that bundle the npm packages. */
import '@hki-widgets/glossary/term/define.js';
