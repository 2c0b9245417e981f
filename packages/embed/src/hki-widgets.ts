/**
 * hki-widgets.js: the one script a web editor adds to a page.
 *
 *   <script type="module" src="https://…/hki-widgets.js"></script>
 *   <hki-term concept="immigrant">immigrants</hki-term>
 *
 * Loading it twice, or beside an npm-installed copy, is harmless: the autoloader starts once per
 * page and every element is defined only if its tag is still free.
 */
import { startAutoloader } from './autoloader.js';

const STARTED = Symbol.for('hki-widgets.autoloader');
const global = globalThis as Record<symbol, unknown>;

if (!global[STARTED]) {
  global[STARTED] = true;
  startAutoloader();
}
