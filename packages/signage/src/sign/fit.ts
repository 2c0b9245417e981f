/**
 * Letters that fit: on screen (`size="screen"`), the letters shrink when the longest word would
 * not fit its line, e.g. on a 320 px phone; the sheets are fitted in print.ts. Re-fitted when the
 * element's width changes or a font (Noto Sans Arabic) finishes loading.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The smallest screen letters, as a share of their full size: below that, a word is too long anyway. */
const MIN_FIT = 0.25;

/**
 * The largest letter scale `--fit` (at most 1) with which `fits()` holds: a binary search over
 * forced layouts. Set on the preview through the CSSOM (a strict CSP forbids style attributes).
 */
export function fitScreen(preview: HTMLElement, fits: () => boolean): void {
  const at = (scale: number) => {
    preview.style.setProperty('--fit', String(scale));
    return fits();
  };
  if (at(1)) return;
  let low = MIN_FIT;
  let high = 1;
  if (!at(low)) return; // even the smallest letters do not fit: the editor check names the word
  while (high - low > 0.01) {
    const mid = (low + high) / 2;
    if (at(mid)) low = mid;
    else high = mid;
  }
  at(Math.floor(low * 1000) / 1000);
}

/** Calls `refit` in the next frame when the host's width changes or a font loads; let go when the host is disconnected. */
export class RefitController implements ReactiveController {
  private observer?: ResizeObserver;
  private width?: number;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly refit: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver(([entry]) => {
        const width = entry.contentRect.width;
        const changed = this.width !== undefined && width !== this.width;
        this.width = width;
        if (changed) this.schedule();
      });
      this.observer.observe(this.host);
    }
    document.fonts?.addEventListener('loadingdone', this.schedule);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.width = undefined;
    cancelAnimationFrame(this.frame);
    document.fonts?.removeEventListener('loadingdone', this.schedule);
  }

  /**
   * In the next frame, not in the observer's callback: a new letter size changes the host's height,
   * and a size changed inside the callback would end the frame with "ResizeObserver loop" errors.
   */
  private readonly schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (this.host.isConnected) this.refit();
    });
  };
}
