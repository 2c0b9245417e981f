import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a media query matches, kept up to date, re-rendering the element when it changes.
 * `print` also follows `beforeprint`/`afterprint`, which fire before the print layout is made.
 */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private readonly list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
    /** Called after a change (a chart redraws for reduced motion or forced colours). */
    private readonly changed?: () => void,
  ) {
    this.list = typeof matchMedia === 'function' ? matchMedia(query) : undefined;
    this.matches = this.list?.matches ?? false;
    host.addController(this);
  }

  private readonly onChange = (event?: Event) => {
    const matches = event?.type === 'beforeprint' || (event?.type !== 'afterprint' && (this.list?.matches ?? false));
    if (matches === this.matches && event?.type !== 'beforeprint') return;
    this.matches = matches;
    this.host.requestUpdate();
    this.changed?.();
  };

  hostConnected(): void {
    this.matches = this.list?.matches ?? false;
    this.list?.addEventListener('change', this.onChange);
    if (this.query === 'print') {
      window.addEventListener('beforeprint', this.onChange);
      window.addEventListener('afterprint', this.onChange);
    }
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    window.removeEventListener('beforeprint', this.onChange);
    window.removeEventListener('afterprint', this.onChange);
  }
}
