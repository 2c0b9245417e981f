import { expect, fixture, html } from '@open-wc/testing';
import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/measures/programme-summary/define.js';
import { prerender, type HkiElement } from '@hki-widgets/core';
import { setPageLang } from '../../../test/helpers.js';

// A card whose data answers late: its loading state lasts long enough to look at.
const lateExample = '/__mock/delay-1500/packages/data/dist/examples/programme.example.json';

/** Parses markup with declarative shadow roots, as the browser does for a page's HTML. */
function place(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  document.body.append(host);
  return host;
}

const visible = (el: Element | null | undefined): boolean => Boolean(el && (el as HTMLElement).getClientRects().length);

describe('prerendered content (a declarative shadow root written by the page)', () => {
  let placed: HTMLElement | undefined;
  before(() => setPageLang('en'));
  afterEach(() => placed?.remove());

  it('is serialized as a declarative shadow root with the widget’s styles and text, without Lit’s markers', async () => {
    const card = await fixture<HkiElement>(html`<hki-measure-card measure="4.12"></hki-measure-card>`);
    await card.dataComplete();
    const markup = prerender(card);
    expect(markup.startsWith('<template shadowrootmode="open"><style>')).to.equal(true);
    expect(markup).to.contain('Services developed with learners and parents');
    expect(markup).not.to.contain('<!--');
  });

  it('shows the page’s copy at once and while the data loads, then the live content in its place, once', async () => {
    const source = await fixture<HkiElement>(
      html`<hki-measure-card measure="1.1" src="/packages/data/dist/examples/programme.example.json"></hki-measure-card>`,
    );
    await source.dataComplete();
    const title = source.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
    placed = place(`<hki-measure-card measure="1.1" src="${lateExample}">${prerender(source)}</hki-measure-card>`);
    const card = placed.querySelector('hki-measure-card') as HkiElement;
    await card.updateComplete;
    expect(card.dataState).to.equal('loading');
    expect(card.hasAttribute('data-hki-prerendered')).to.equal(true);
    const copy = card.shadowRoot!.querySelector('[data-hki-prerendered] [part="title"]');
    expect(visible(copy), 'the copy is shown').to.equal(true);
    expect(copy!.textContent!.trim()).to.equal(title);
    expect(visible(card.shadowRoot!.querySelector('[role="status"]')), 'no loading message over it').to.equal(false);
    const height = card.getBoundingClientRect().height;

    expect(await card.dataComplete()).to.equal('ready');
    expect(card.hasAttribute('data-hki-prerendered')).to.equal(false);
    expect(card.shadowRoot!.querySelectorAll('[part="title"]')).to.have.length(1);
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal(title);
    expect(card.getBoundingClientRect().height, 'the same height: nothing below moves').to.be.closeTo(height, 1);
    await expect(card).to.be.accessible();
  });

  it('gives way to the error message when the data cannot be loaded', async () => {
    const source = await fixture<HkiElement>(html`<hki-programme-summary></hki-programme-summary>`);
    await source.dataComplete();
    placed = place(`<hki-programme-summary src="/__mock/delay-100/no/such/file.json">${prerender(source)}</hki-programme-summary>`);
    const summary = placed.querySelector('hki-programme-summary') as HkiElement;
    expect(await summary.dataComplete()).to.equal('error');
    expect(summary.shadowRoot!.querySelector('[data-hki-prerendered]')).to.equal(null);
    expect(visible(summary.shadowRoot!.querySelector('[role="alert"]'))).to.equal(true);
  });
});
