import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IntegrationProgrammePackage } from '@hki-widgets/data';
import { pageLocale } from '../locale/page-locale.js';
import { loadProgramme, type DataScope, type LoadError } from './load.js';

export type DataState = 'loading' | 'ready' | 'error';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | null };

/**
 * Gives an element the programme data: the bundled package in the page's language, or the package
 * at the element's `src`. Reloads when `src` or the page language changes; keeps showing what it
 * has meanwhile. A failure is logged once, precisely, and shown by the element as a state.
 */
export class ProgrammeDataController implements ReactiveController {
  state: DataState = 'loading';
  data?: IntegrationProgrammePackage;
  error?: LoadError;
  private key?: string;
  private src?: string | null = null;

  /**
   * @param scope What the host needs: a function, read at each update, so an element showing one
   *   measure can ask for its measure set's slice only.
   */
  constructor(
    private readonly host: Host,
    private readonly scope: () => DataScope = () => ({}),
    /** When this returns true the host has its data from elsewhere (a parent widget): load nothing. */
    private readonly skip: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.skip()) return;
    const src = this.host.src?.trim() || undefined;
    const { locale } = pageLocale();
    // A package from a URL holds every language; the bundled one is per language.
    const scope = this.scope();
    const key = src ?? `bundled:${locale}:${scope.measureSet ?? '*'}`;
    if (key === this.key) return;
    this.key = key;
    // A new source shows the loading state; a new language keeps the old texts until the new arrive.
    if (src !== this.src || this.state === 'error') this.state = 'loading';
    this.src = src;
    void loadProgramme(src, locale, scope).then((result) => {
      if (this.key !== key) return; // a newer request superseded this one
      if (result.ok) {
        this.state = 'ready';
        this.data = result.data;
        this.error = undefined;
      } else {
        this.state = 'error';
        this.data = undefined;
        this.error = result.error;
        console.error(`[${this.host.localName}] could not use the programme data from ${result.error.url}: ${result.error.detail}`);
      }
      this.host.requestUpdate();
    });
  }
}
