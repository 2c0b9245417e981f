// The monitoring file over the programme, as the widgets show it: statuses with their date and
// source, from a widget's `monitoring` or the page's <meta name="hki-monitoring">, loaded once a
// page; a broken file leaves the programme shown, every measure "not reported", with one note.
import { expect, fixture, html } from '@open-wc/testing';
import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/measures/programme-summary/define.js';
import '@hki-widgets/measures/measure-list/define.js';
import { clearDataCache, type HkiElement } from '@hki-widgets/core';
import { captureConsole, must, setPageLang } from '../../../test/helpers.js';

const file = new URL('./fixtures/monitoring.json', import.meta.url).href;
/** An address no other test used, so resource entries and the console's once-per-file count only this test. */
const fresh = (url: string) => `${url}?t=${Math.random()}`;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const requests = (url: string) => performance.getEntriesByType('resource').filter((e) => e.name === url).length;

async function ready<T extends HkiElement>(el: T): Promise<T> {
  await el.dataComplete();
  return el;
}

function meta(content: string): HTMLMetaElement {
  const tag = document.createElement('meta');
  tag.name = 'hki-monitoring';
  tag.content = content;
  document.head.append(tag);
  return tag;
}

describe('the monitoring file in the widgets', () => {
  let tag: HTMLMetaElement | undefined;
  beforeEach(async () => {
    clearDataCache();
    await setPageLang('en');
  });
  afterEach(() => {
    tag?.remove();
    tag = undefined;
  });

  it('a card shows the published status with its date and source', async () => {
    const card = await ready(await fixture<HkiElement>(html`<hki-measure-card measure="1.1" monitoring=${file}></hki-measure-card>`));
    const status = must(card.shadowRoot, '[part="status"]');
    expect(status.dataset.status).to.equal('in-progress');
    expect(text(status)).to.contain('In progress').and.contain('reported 31.3.2020').and.contain("Source: The test's source");
    expect(must<HTMLAnchorElement>(status, 'a').href).to.equal('https://example.org/status-review-2020');
    expect(card.shadowRoot!.querySelector('[part="monitoring-problem"]')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it("the explorer's row shows the status with its date", async () => {
    const list = await ready(await fixture<HkiElement>(html`<hki-measure-list url-state="off" monitoring=${file}></hki-measure-list>`));
    const row = must(list.shadowRoot, '[data-measure="1.1"]');
    expect(text(row.querySelector('.row-status')))
      .to.contain('In progress')
      .and.contain('reported 31.3.2020');
  });

  it('one <meta name="hki-monitoring"> serves every widget of the page, read once', async () => {
    const url = fresh(file);
    tag = meta(url);
    const [card, summary] = await Promise.all([
      fixture<HkiElement>(html`<hki-measure-card measure="1.1"></hki-measure-card>`).then(ready),
      fixture<HkiElement>(html`<hki-programme-summary></hki-programme-summary>`).then(ready),
    ]);
    expect(text(card.shadowRoot!.querySelector('[part="status"]'))).to.contain('reported 31.3.2020');
    // The summary counts the reported status, and says when and where statuses were reported.
    expect(summary.shadowRoot!.querySelector('[part="no-statuses"]')).to.equal(null);
    const reported = must(summary.shadowRoot, '[part="reported"]');
    expect(text(reported)).to.contain('Statuses reported 31.3.2020').and.contain("The test's source");
    expect(text(summary.shadowRoot!.querySelector('[part="theme"]'))).to.contain('In progress: 1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests(url), 'the file is requested once').to.equal(1);
  });

  it('a broken file leaves the programme shown, every measure not reported, with one note and one console error', async () => {
    const broken = fresh(new URL('./fixtures/no-such-monitoring.json', import.meta.url).href);
    tag = meta(broken);
    const { result, errors } = await captureConsole(async () =>
      Promise.all([
        fixture<HkiElement>(html`<hki-measure-card measure="1.1"></hki-measure-card>`).then(ready),
        fixture<HkiElement>(html`<hki-measure-list url-state="off"></hki-measure-list>`).then(ready),
      ]),
    );
    const [card, list] = result;
    expect(card.dataState).to.equal('ready');
    expect(must(card.shadowRoot, '[part="status"]').dataset.status).to.equal('not-reported');
    expect(text(must(card.shadowRoot, '[part="monitoring-problem"]'))).to.contain('could not be loaded');
    expect(text(must(list.shadowRoot, '[part="monitoring-problem"]'))).to.contain('could not be loaded');
    expect(list.shadowRoot!.querySelectorAll('[part="row"]')).to.have.length(64);
    const about = errors.filter((e) => e.includes('monitoring file'));
    expect(about, 'one precise console error').to.have.length(1);
    expect(about[0]).to.contain(broken).and.contain('HTTP 404');
    await expect(card).to.be.accessible();
  });

  it('a file a status of which has no source is not used: every measure not reported, and the console names the measure', async () => {
    const noSource = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify({
            programme: 'helsinki-integration-2017-2021',
            statuses: { '1.1': { value: 'achieved', reportedAt: '2020-03-31' } },
          }),
        ],
        {
          type: 'application/json',
        },
      ),
    );
    const { result: card, errors } = await captureConsole(async () =>
      ready(await fixture<HkiElement>(html`<hki-measure-card measure="1.1" monitoring=${noSource}></hki-measure-card>`)),
    );
    expect(card.dataState).to.equal('ready');
    expect(must(card.shadowRoot, '[part="status"]').dataset.status).to.equal('not-reported');
    expect(card.shadowRoot!.querySelector('[part="monitoring-problem"]')).not.to.equal(null);
    const about = errors.filter((e) => e.includes(noSource));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('measure 1.1').and.contain('no source');
    URL.revokeObjectURL(noSource);
  });

  it('the example monitoring file shows its statuses with the "Example data" notice', async () => {
    const example = new URL('../../data/dist/examples/monitoring.example.json', import.meta.url).href;
    const card = await ready(await fixture<HkiElement>(html`<hki-measure-card measure="1.1" monitoring=${example}></hki-measure-card>`));
    expect(must(card.shadowRoot, '[part="status"]').dataset.status).to.equal('in-progress');
    expect(text(must(card.shadowRoot, '[part="example-badge"]'))).to.contain('Example data');
    await expect(card).to.be.accessible();
  });

  it('a file for another programme is not applied, and says so', async () => {
    const other = fresh(new URL('./fixtures/monitoring-other-programme.json', import.meta.url).href);
    const { result: card, errors } = await captureConsole(async () =>
      ready(await fixture<HkiElement>(html`<hki-measure-card measure="1.1" monitoring=${other}></hki-measure-card>`)),
    );
    expect(must(card.shadowRoot, '[part="status"]').dataset.status).to.equal('not-reported');
    expect(text(must(card.shadowRoot, '[part="monitoring-problem"]'))).to.contain('another programme');
    expect(errors.filter((e) => e.includes('another-city-programme'))).to.have.length(1);
  });
});
