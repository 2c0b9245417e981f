/**
 * hki-widgets.js: the one script a web editor adds to a page.
 *
 *   <script type="module" src="https://…/hki-widgets.js"></script>
 *   <hki-term concept="immigrant">immigrants</hki-term>
 *
 * Loading it twice is harmless; beside an npm-installed copy it is too, but a page that enforces
 * Trusted Types must then allow Lit's policy twice (`trusted-types lit-html 'allow-duplicates'`,
 * see docs/security.md). The autoloader starts once per
 * page and every element is defined only if its tag is still free.
 */
import { startAutoloader } from './autoloader.js';

const STARTED = Symbol.for('hki-widgets.autoloader');
const global = globalThis as Record<symbol, unknown>;

if (!global[STARTED]) {
  global[STARTED] = true;
  startAutoloader();
}
