export { HkiElement, PRERENDERED, type TextContext } from './hki-element.js';
export { prerender } from './prerender.js';
export { DataController, dataControllersOf, type DataStatus } from './data/data-controller.js';
export {
  DataFailure,
  failureMessage,
  type FailureMessages,
  type LoadError,
  type LoadErrorKind,
  type LoadProgress,
  type LoadResult,
  type Source,
} from './data/source.js';
export { acquire, loadSource, clearDataCache, type Lease } from './data/cache.js';
export { fetchJson, loadSettings, resolveSrc } from './data/fetch-json.js';
export { bundledSource, urlSource } from './data/url-source.js';
export { monitoringAddress, withMonitoring, type Monitored, type MonitoringFile, type MonitoringInfo } from './data/monitoring.js';
export { glossarySource, programmeSource, summarySource, loadProgramme, type ProgrammeScope } from './data/programme.js';
export { reportOnce } from './report.js';
export {
  UrlStateController,
  text as textParam,
  flag as flagParam,
  option as optionParam,
  type FilterValues,
  type ParamSpec,
  type UrlStateOptions,
} from './controllers/url-state.js';
export { MediaQueryController } from './controllers/media-query.js';
export { pageLocale, watchPageLocale, registerTranslations } from './locale/page-locale.js';
export { resolveLocale, uiDirection, UI_LOCALES, FALLBACK_LOCALE, type UiLocale, type ResolvedLocale } from './locale/resolve.js';
export { pickText, FALLBACK_CHAIN, type PickedText } from './locale/pick.js';
export { formatNumber, formatPercent, formatDate } from './locale/format.js';
export { safeHref, SAFE_PROTOCOLS } from './safe/safe-url.js';
export { themeStyles } from './theme/theme.js';
export { defineElement } from './define.js';
export { plural } from './locale/plural.js';
export { hdsColour } from './theme/colour.js';
export type { HkiToggleDetail, HkiFilterChangeDetail } from './events.js';
export { canDefine } from './can-define.js';
export { fold, queryTerms, matchesAll } from './text/search.js';
export { asText } from './text/as-text.js';
export { heading, clampLevel } from './heading.js';
export { setStyles } from './set-styles.js';
export { downloadText } from './download.js';
export { controlStyles, filterPanelStyles } from './theme/controls.js';
