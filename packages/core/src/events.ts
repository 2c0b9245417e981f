/** The detail of `hki-toggle`: something was opened or closed (a definition, a measure's details). */
export interface HkiToggleDetail {
  open: boolean;
  /** The concept, for <hki-term>. */
  concept?: string;
  /** The measure, for <hki-measure-card>. */
  measure?: string;
}

/** The detail of `hki-filter-change`: a list's filters changed (the measure explorer, the service finder). */
export interface HkiFilterChangeDetail<F = Record<string, unknown>> {
  filters: F;
  /** How many results the filters leave. */
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hki-toggle': CustomEvent<HkiToggleDetail>;
    'hki-filter-change': CustomEvent<HkiFilterChangeDetail>;
  }
}
