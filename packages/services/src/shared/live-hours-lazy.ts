/**
 * The live-hours controller (live-hours.ts, with Hauki's adapter) loaded only when an element asks
 * for it: `hours` set to anything (an unknown value is the real controller's to warn about). Until
 * then, and on every page without `hours`, services show their own hours and nothing of Hauki's
 * code is downloaded.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asText, reportOnce } from '@hki-widgets/core';
import type { Service } from '@hki-widgets/data';
import type { LiveHoursController, LiveHoursOptions } from './live-hours.js';
import type { LiveHours } from './render-service.js';

export class LazyLiveHours implements ReactiveController {
  private real?: LiveHoursController;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LiveHoursOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.loading || asText(this.options.mode()).trim() === '') return;
    this.loading = import('./live-hours.js').then(
      ({ LiveHoursController }) => {
        // Added to a connected host, it asks for an update and syncs in it.
        this.real = new LiveHoursController(this.host, this.options);
      },
      (error: Error) => reportOnce(this.host, `the opening hours module could not be loaded (${error.message})`),
    );
  }

  /** Whether the element asks Hauki (`hours="hauki"`) and the controller is there. */
  get enabled(): boolean {
    return this.real?.enabled ?? false;
  }

  /** Live hours of a service for RenderContext.liveHours (undefined until Hauki has answered). */
  readonly liveHours = (service: Service): LiveHours | undefined => this.real?.liveHours(service);

  /** Resolves once the controller is loaded (when asked for) and every request for the services on screen has answered. */
  get settled(): Promise<void> {
    return (async () => {
      if (!this.loading) return;
      await this.loading;
      await this.host.updateComplete;
      await this.real?.settled;
    })();
  }
}
