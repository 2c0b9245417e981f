import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reportOnce } from '../report.js';

/** A filter's value: text, a flag (`1` in the address), or one of a list of options. */
export type FilterValues = Record<string, string | boolean>;

export type ParamSpec =
  | { kind: 'text' }
  | { kind: 'flag' }
  /** The options known now (undefined while the data that lists them loads: checked once it is there). */
  | { kind: 'option'; options: () => readonly string[] | undefined };

export const text: ParamSpec = { kind: 'text' };
export const flag: ParamSpec = { kind: 'flag' };
export const option = (options: () => readonly string[] | undefined): ParamSpec => ({ kind: 'option', options });

export interface UrlStateOptions<F extends FilterValues> {
  /** Each filter's spec; its parameter is the prefix and the filter's name in kebab case. */
  params: { [K in keyof F]: ParamSpec };
  /** Put before every parameter, so two widgets can share a page (`service-` → `service-q`). */
  prefix: () => string;
  /** Whether the filters live in the address at all (`url-state="off"`). */
  enabled: () => boolean;
  /** The filters the element's attributes preset: the start, what "Clear" returns to, and left out of the address. */
  presets: () => F;
  /** After Back or Forward restored the filters from the address. */
  restored?: () => void;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * A widget's filters, kept in the page address so a filtered view can be shared and Back and
 * Forward work. Every value from the address is untrusted: a flag is on only for `1`, and an
 * option that is not one of the control's options is ignored with one console warning.
 */
export class UrlStateController<F extends FilterValues> implements ReactiveController {
  private current: F;
  /** The filters whose value came from the address (only those are checked against the options). */
  private fromAddress = new Set<keyof F>();
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UrlStateOptions<F>,
  ) {
    this.current = {} as F;
    host.addController(this);
  }

  private readonly onPopState = () => {
    this.read();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.restored?.());
  };

  hostConnected(): void {
    // Only the first time: a widget moved elsewhere in the page keeps the resident's filters.
    if (!this.started) {
      this.started = true;
      this.current = this.options.presets();
    }
    this.read();
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The filters in force: an option the control does not offer is left at its preset. */
  get filters(): F {
    const filters = { ...this.current };
    for (const key of this.fromAddress) {
      const spec = this.options.params[key];
      if (spec.kind !== 'option') continue;
      const known = spec.options();
      const value = filters[key] as string;
      if (known && !known.includes(value)) {
        reportOnce(
          this.host,
          `ignored ${this.param(key)}="${value}" from the page address: it is not one of the options (${known.join(', ') || 'none'})`,
          'warn',
        );
        filters[key] = this.options.presets()[key];
      }
    }
    return filters;
  }

  /** Sets one filter; `push` adds a history entry (a choice), otherwise it replaces it (typing). */
  set<K extends keyof F>(key: K, value: F[K], push = true): void {
    this.current = { ...this.current, [key]: value };
    this.fromAddress.delete(key);
    this.write(push);
    this.host.requestUpdate();
  }

  /** Several filters at once (one history entry). */
  assign(values: Partial<F>, push = true): void {
    this.current = { ...this.current, ...values };
    for (const key of Object.keys(values)) this.fromAddress.delete(key);
    this.write(push);
    this.host.requestUpdate();
  }

  /** Back to the presets. */
  clear(): void {
    this.current = this.options.presets();
    this.fromAddress.clear();
    this.write(true);
    this.host.requestUpdate();
  }

  /** The presets changed (an attribute): they apply, keeping the filters named in `keep`. */
  presetsChanged(keep: (keyof F)[] = []): void {
    const next = this.options.presets();
    for (const key of keep) next[key] = this.current[key];
    this.current = next;
    this.fromAddress = new Set([...this.fromAddress].filter((k) => keep.includes(k)));
  }

  private param(key: keyof F): string {
    return `${this.options.prefix()}${kebab(String(key))}`;
  }

  private read(): void {
    if (!this.options.enabled()) return;
    const address = new URLSearchParams(location.search);
    const next = this.options.presets();
    this.fromAddress.clear();
    for (const key of Object.keys(this.options.params) as (keyof F)[]) {
      const value = address.get(this.param(key));
      if (value === null || value === '') continue; // `?theme=` means no filter, as an empty control does
      const spec = this.options.params[key];
      if (spec.kind === 'flag') {
        next[key] = (value === '1') as F[keyof F];
      } else {
        next[key] = value as F[keyof F];
        this.fromAddress.add(key);
      }
    }
    this.current = next;
  }

  private write(push: boolean): void {
    if (!this.options.enabled()) return;
    const url = new URL(location.href);
    const presets = this.options.presets();
    for (const key of Object.keys(this.options.params) as (keyof F)[]) {
      const value = this.current[key];
      const param = this.param(key);
      if (value === presets[key] || value === '' || value === false) url.searchParams.delete(param);
      else url.searchParams.set(param, value === true ? '1' : String(value));
    }
    if (url.href === location.href) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }
}
