/** The detail of `hki-toggle`: something was opened or closed (a definition, a measure's details). */
export interface HkiToggleDetail {
  open: boolean;
  /** The concept, for <hki-term>. */
  concept?: string;
  /** The measure, for <hki-measure-card>. */
  measure?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hki-toggle': CustomEvent<HkiToggleDetail>;
  }
}
