/**
 * The resident's choice between the full text and the plain-language summary, shared by every card
 * on the page and remembered for the page (local storage, per path). Storage may be unavailable
 * (private mode, blocked): the choice then lasts until the page is left.
 */
const EVENT = 'hki-plain-language-preference';
const key = () => `hki-widgets:plain-language:${location.pathname}`;
let memory: boolean | undefined;

export function getPlainPreference(): boolean | undefined {
  try {
    const stored = localStorage.getItem(key());
    return stored === null ? undefined : stored === 'true';
  } catch {
    return memory; // storage blocked: what was chosen on this page view
  }
}

export function setPlainPreference(plain: boolean): void {
  memory = plain;
  try {
    localStorage.setItem(key(), String(plain));
  } catch {
    /* storage blocked: memory only */
  }
  window.dispatchEvent(new CustomEvent(EVENT, { detail: plain }));
}

/** Calls back whenever any card on the page changes the choice; returns the unsubscribe. */
export function onPlainPreference(callback: (plain: boolean) => void): () => void {
  const listener = (event: Event) => callback((event as CustomEvent<boolean>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
