// Every parameter a widget reads from the page address is untrusted input: a mistyped or hostile
// shared link. Property-based (fast-check, fixed seed printed below): for any string in any
// parameter, the widget throws nothing, leaves its loading state, runs nothing, logs no error,
// and ignores a value that is not one of the control's options.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as fc from 'fast-check';
import '@hki-widgets/measures/measure-list/define.js';
import '@hki-widgets/services/service-finder/define.js';
import { captureConsole } from './helpers.js';

const SEED = 20261127;
console.log(`url-params: fast-check seed ${SEED}`);

const originalHref = location.href;
const MALFORMED = [
  '',
  ' ',
  'xx_YY',
  '%',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  'toString',
  '-1',
  '1e309',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil',
  'fi'.repeat(500),
];

interface Widget {
  tag: string;
  params: string[];
  /** Shown once the widget has data and has applied the address. */
  ready: string;
}
const WIDGETS: Widget[] = [
  { tag: 'hki-measure-list', params: ['theme', 'set', 'responsible', 'status', 'q'], ready: '[part="count"]' },
  {
    tag: 'hki-service-finder',
    params: [
      'service-q',
      'service-language',
      'service-topic',
      'service-audience',
      'service-district',
      'service-access',
      'service-free',
      'service-no-appointment',
      'service-open-now',
      'service-sort',
    ],
    ready: '[part="count"]',
  },
];

const thrown: string[] = [];
const onError = (event: ErrorEvent) => thrown.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => thrown.push(String(event.reason));

async function openWith(widget: Widget, param: string, value: string): Promise<{ errors: string[]; warnings: string[]; shown: string }> {
  const url = new URL(originalHref);
  url.searchParams.set(param, value);
  history.replaceState(null, '', url);
  const { result, errors, warnings } = await captureConsole(async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<div></div>`);
    const widgetEl = document.createElement(widget.tag) as HTMLElement & { updateComplete: Promise<unknown> };
    el.append(widgetEl);
    await waitUntil(
      () => widgetEl.shadowRoot?.querySelector(widget.ready),
      `<${widget.tag}> stayed on "${widgetEl.shadowRoot?.textContent?.trim().slice(0, 80)}" with ${param}=${JSON.stringify(value)}`,
      { timeout: 4000 },
    );
    await widgetEl.updateComplete;
    const shown = widgetEl.shadowRoot!.querySelector(widget.ready)!.textContent!.trim();
    el.remove();
    return shown;
  });
  return { errors, warnings, shown: result };
}

describe('parameters in the page address are untrusted', () => {
  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    (window as unknown as { alerted?: boolean }).alerted = false;
    window.alert = () => ((window as unknown as { alerted?: boolean }).alerted = true);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    history.replaceState(null, '', originalHref);
  });

  for (const widget of WIDGETS) {
    for (const param of widget.params) {
      it(`<${widget.tag}> survives any ${param}`, async () => {
        const value = fc.oneof(fc.constantFrom(...MALFORMED), fc.string({ unit: 'binary', maxLength: 40 }));
        await fc.assert(
          fc.asyncProperty(value, async (v) => {
            const { errors, warnings } = await openWith(widget, param, v);
            expect(thrown, `thrown with ${param}=${JSON.stringify(v)}`).to.deep.equal([]);
            expect(errors, `console errors with ${param}=${JSON.stringify(v)}`).to.deep.equal([]);
            expect((window as unknown as { alerted?: boolean }).alerted).to.equal(false);
            // At most one warning, and only one that names the parameter.
            expect(warnings.filter((w) => !w.includes(param))).to.deep.equal([]);
            expect(warnings.length).to.be.at.most(1);
          }),
          { seed: SEED, numRuns: 12, endOnFailure: true },
        );
      });
    }
  }

  it('warns once, naming the parameter, for an option that does not exist, and shows everything', async () => {
    const { warnings, shown } = await openWith(WIDGETS[1], 'service-language', 'xx_YY');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('service-language="xx_YY"');
    expect(shown).to.match(/^\d+ services found$/);
    const list = await openWith(WIDGETS[0], 'theme', 'no-such-theme');
    expect(list.warnings).to.have.length(1);
    expect(list.warnings[0]).to.include('theme="no-such-theme"');
    expect(list.shown).to.equal('64 measures found');
  });
});
