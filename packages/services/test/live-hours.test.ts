import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { clearDataCache } from '@hki-widgets/core';
import type { OpeningHours, Service } from '@hki-widgets/data';
import '@hki-widgets/services/service-card/define.js';
import type { HkiServiceCard } from '@hki-widgets/services/service-card.js';
import '@hki-widgets/services/service-finder/define.js';
import type { HkiServiceFinder } from '@hki-widgets/services/service-finder.js';
import { fromHaukiOpeningHours, readHaukiOpeningHours } from '../src/adapters/hauki.js';
import { addDays, helsinkiTime, openState } from '../src/shared/hours.js';
import { HAUKI_CONCURRENCY, LiveHoursController, haukiResourceOf, hoursOf } from '../src/shared/live-hours.js';
import { captureConsole, must, setPageLang } from '../../../test/helpers.js';

/**
 * Opening hours from Hauki (`hours="hauki"`): the adapter on a recorded Hauki page
 * (fixtures/hauki/README.md), and the card and the controller against the local Hauki mock
 * (test/mocks/hauki.mjs), whose units have hours made for the dates asked for: 900001 is open all
 * day every day, 900002 closed all week, 900003 and 900101 unknown to Hauki (404).
 */

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hoursText = (el: HkiServiceCard) => text($(el, '.hours'));
const FAILED_NOTE = 'The current opening hours could not be fetched.';

const servicemapUrl = new URL('./fixtures/servicemap-units.json', import.meta.url).href;
const tprUrl = new URL('./fixtures/tpr-units.json', import.meta.url).href;
const MOCK = '/__mock/hauki/v1/';

interface LoggedRequest {
  path: string;
  resources: string[];
  start_date: string | null;
  end_date: string | null;
  knobs: string[];
}

async function haukiLog(): Promise<LoggedRequest[]> {
  return ((await (await fetch('/__mock/hauki/log')).json()) as { requests: LoggedRequest[] }).requests;
}

const fixtureJson = async (name: string): Promise<unknown> => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json();

/** A card for a unit of the synthetic Service Map list, asking Hauki at `hoursSrc`. */
const mapUnit = (id: number, hoursSrc: string) =>
  html`<hki-service-card
    src=${servicemapUrl}
    format="servicemap"
    service=${`servicemap-${id}`}
    hours="hauki"
    hours-src=${hoursSrc}
  ></hki-service-card>`;

/** A card, rendered with its data and its Hauki answer. */
async function card(markup: ReturnType<typeof html>): Promise<HkiServiceCard> {
  const el = await fixture<HkiServiceCard>(markup);
  await el.dataComplete();
  return el;
}

describe('Hauki opening hours: both response forms', () => {
  let recorded: { results: { resource: unknown; opening_hours: unknown[] }[] };
  before(async () => {
    recorded = (await fixtureJson('hauki/unified-search-opening-hours.json')) as typeof recorded;
  });

  // The recorded page: resource 22 (tprek:4) has Friday 2021-09-03 09–16 with 10–11 closed (two
  // entries of one date), Saturday open all day, Sunday closed, Monday 09.00 until 05.00 on Tuesday
  // (which the page does not hold, so the span stops at midnight).
  const kaunokki: OpeningHours = {
    kind: 'structured',
    periods: [
      { days: [1], opens: '09:00', closes: '24:00', validFrom: '2021-09-03', validTo: '2021-09-06' },
      { days: [5], opens: '09:00', closes: '10:00', validFrom: '2021-09-03', validTo: '2021-09-06' },
      { days: [5], opens: '11:00', closes: '16:00', validFrom: '2021-09-03', validTo: '2021-09-06' },
      { days: [6], opens: '00:00', closes: '24:00', validFrom: '2021-09-03', validTo: '2021-09-06' },
    ],
    exceptions: [],
    timeZone: 'Europe/Helsinki',
  };

  it('reads the {count, results: [{resource, opening_hours}]} form for the resource asked for, by its tprek origin', () => {
    const reading = readHaukiOpeningHours(recorded, { resource: 'tprek:4' });
    expect(reading).to.deep.equal({ hours: kaunokki, status: 'hours', others: ['tprek:1'] });
    expect(readHaukiOpeningHours(recorded, { resource: 'tprek:1' }).hours).to.deep.include({
      periods: [{ days: [5], opens: '11:00', closes: '18:00', validFrom: '2021-09-03', validTo: '2021-09-03' }],
    });
    // Sunday 5 September 2021 at noon in Helsinki: closed, opens Monday at 9.00.
    expect(openState(reading.hours, new Date('2021-09-05T09:00:00Z'))).to.deep.equal({
      state: 'closed',
      opens: { day: 1, time: '09:00', date: '2021-09-06' },
    });
  });

  it('reads the list form ([{date, times}], what resource/tprek:<id>/opening_hours/ answers) to the same hours', () => {
    const list = recorded.results[1].opening_hours;
    expect(readHaukiOpeningHours(list, { resource: 'tprek:4' })).to.deep.equal({ hours: kaunokki, status: 'hours', others: [] });
    expect(fromHaukiOpeningHours(list)).to.deep.equal(kaunokki);
  });

  it('reads one {resource, opening_hours} result on its own, and finds a resource by its Hauki id', () => {
    expect(readHaukiOpeningHours(recorded.results[1], { resource: 'tprek:4' }).hours).to.deep.equal(kaunokki);
    expect(readHaukiOpeningHours(recorded, { resource: '22' }).hours).to.deep.equal(kaunokki);
  });

  it('skips hours Hauki gives for another resource, and names it', () => {
    expect(readHaukiOpeningHours(recorded, { resource: 'tprek:41102' })).to.deep.equal({
      hours: { kind: 'unknown' },
      status: 'other',
      others: ['tprek:1', 'tprek:4'],
    });
    expect(readHaukiOpeningHours(recorded.results[0], { resource: 'tprek:4' })).to.deep.equal({
      hours: { kind: 'unknown' },
      status: 'other',
      others: ['tprek:1'],
    });
    expect(fromHaukiOpeningHours(recorded, undefined, 'tprek:41102')).to.deep.equal({ kind: 'unknown' });
    // A data source written as a bare id is read too.
    const bare = {
      resource: { id: 5, origins: [{ data_source: 'tprek', origin_id: 7 }] },
      opening_hours: recorded.results[1].opening_hours,
    };
    expect(readHaukiOpeningHours(bare, { resource: 'tprek:7' }).status).to.equal('hours');
    expect(readHaukiOpeningHours(bare, { resource: 'tprek:8' }).others).to.deep.equal(['tprek:7']);
  });

  it('without a resource to look for, gives unknown for a page of several resources', () => {
    expect(fromHaukiOpeningHours(recorded)).to.deep.equal({ kind: 'unknown' });
    expect(readHaukiOpeningHours(recorded).status).to.equal('unreadable');
  });

  it('tells "no hours" from "not Hauki\'s format"', () => {
    expect(readHaukiOpeningHours([], { resource: 'tprek:4' }).status).to.equal('none');
    expect(readHaukiOpeningHours({ count: 0, next: null, previous: null, results: [] }, { resource: 'tprek:4' }).status).to.equal('none');
    const undefinedOnly = [
      { date: '2030-03-06', times: [{ start_time: null, end_time: null, resource_state: 'undefined', full_day: false }] },
    ];
    expect(readHaukiOpeningHours(undefinedOnly, { resource: 'tprek:4' }).status).to.equal('none');
    for (const value of [null, 'hours', 7, { detail: 'Not found.' }])
      expect(readHaukiOpeningHours(value, { resource: 'tprek:4' })).to.deep.equal({
        hours: { kind: 'unknown' },
        status: 'unreadable',
        others: [],
      });
  });

  it('attaches the given source to the hours', () => {
    const source = { sourceId: 'hauki', ref: 'resource tprek:4' };
    expect(readHaukiOpeningHours(recorded, { resource: 'tprek:4', source }).hours).to.deep.equal({ ...kaunokki, source });
  });
});

describe('haukiResourceOf and hoursOf', () => {
  it('knows the Hauki id of a Service Map or TPR unit, and none of a package service', () => {
    expect(haukiResourceOf({ id: 'servicemap-41102' })).to.equal('tprek:41102');
    expect(haukiResourceOf({ id: 'tpr-41102' })).to.equal('tprek:41102');
    expect(haukiResourceOf({ id: 'international-house-helsinki' })).to.equal(undefined);
    expect(haukiResourceOf({ id: 'servicemap-41102-x' })).to.equal(undefined);
  });

  it("takes Hauki's hours when there are some, otherwise the service's own", () => {
    const own: OpeningHours = { kind: 'text', text: { en: 'Mon–Fri 9–16' } };
    const live: OpeningHours = { kind: 'structured', periods: [{ days: [1], opens: '09:00', closes: '16:00' }] };
    expect(hoursOf({ openingHours: own }, { hours: live })).to.equal(live);
    expect(hoursOf({ openingHours: own }, { failed: true })).to.equal(own);
    expect(hoursOf({ openingHours: own }, undefined)).to.equal(own);
  });
});

describe('<hki-service-card hours="hauki">', () => {
  const today = helsinkiTime(new Date()).date;

  beforeEach(async () => {
    await setPageLang('en');
    clearDataCache();
    await fetch('/__mock/hauki/reset');
  });

  it('shows "Open now" from Hauki for a Service Map unit, asking Hauki once, for that unit, from yesterday to a week ahead', async () => {
    const { result: el, errors, warnings } = await captureConsole(() => card(mapUnit(900001, MOCK)));
    expect(hoursText(el)).to.equal('Open now, until midnight');
    // The unit's own free text gives way to Hauki's hours; the rest of the card is the unit's.
    expect(text(el.shadowRoot)).not.to.contain('Mon–Fri 9–16 (synthetic)');
    expect(text($(el, '[part="service-name"]'))).to.equal('Example unit A (synthetic)');
    expect(await haukiLog()).to.deep.equal([
      {
        path: '/__mock/hauki/v1/resource/tprek:900001/opening_hours/',
        resources: ['tprek:900001'],
        start_date: addDays(today, -1),
        end_date: addDays(today, 7),
        knobs: [],
      },
    ]);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a unit Hauki has closed all week as closed, with no opening time', async () => {
    const el = await card(mapUnit(900002, MOCK));
    expect(hoursText(el)).to.equal('Closed now');
    await expect(el).to.be.accessible();
  });

  it('keeps the free-text hours of a unit Hauki does not know (404), quietly', async () => {
    const {
      result: el,
      errors,
      warnings,
    } = await captureConsole(() =>
      card(html`<hki-service-card src=${tprUrl} format="tpr" service="tpr-900101" hours="hauki" hours-src=${MOCK}></hki-service-card>`),
    );
    expect(hoursText(el)).to.contain('open Mon-Thu 8-20, Fri 8-16 (synthetic)');
    expect(text(el.shadowRoot)).not.to.contain(FAILED_NOTE);
    expect((await haukiLog()).map((r) => r.resources)).to.deep.equal([['tprek:900101']]);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('when Hauki fails (HTTP 500), keeps the rest of the card and its own hours, says so, and tells the console once', async () => {
    const { result: el, errors } = await captureConsole(() => card(mapUnit(900001, '/__mock/hauki/status-500/v1/')));
    expect(hoursText(el)).to.contain('Mon–Fri 9–16 (synthetic)');
    expect(text(el.shadowRoot)).to.contain(FAILED_NOTE);
    expect(text($(el, '[part="service-name"]'))).to.equal('Example unit A (synthetic)');
    expect(el.shadowRoot!.querySelectorAll('a[href^="https:"]').length).to.be.greaterThan(0);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^\[hki-service-card\] could not fetch the opening hours from Hauki for 1 unit .*tprek:900001.*HTTP 500/);
    await expect(el).to.be.accessible();
  });

  it('skips an answer for another resource, keeps the own hours and counts it in one console warning', async () => {
    const { result: el, errors, warnings } = await captureConsole(() => card(mapUnit(900001, '/__mock/hauki/other-resource/v1/')));
    // The mock answers with tprek:900002's hours (open all day): they must not show as this unit's.
    expect(hoursText(el)).to.contain('Mon–Fri 9–16 (synthetic)');
    expect(hoursText(el)).not.to.contain('Open now');
    expect(text(el.shadowRoot)).not.to.contain(FAILED_NOTE);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      "[hki-service-card] skipped Hauki's opening hours for 1 unit because they were for another resource (tprek:900001 answered as tprek:900002); their own hours are shown",
    ]);
    await expect(el).to.be.accessible();
  });

  it('asks Hauki nothing for a bundled service', async () => {
    const el = await card(
      html`<hki-service-card service="international-house-helsinki" hours="hauki" hours-src=${MOCK}></hki-service-card>`,
    );
    expect(hoursText(el)).to.equal('Opening hours: not known');
    expect(await haukiLog()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("shows its own hours while Hauki is slow, then Hauki's", async () => {
    const el = await fixture<HkiServiceCard>(mapUnit(900001, '/__mock/hauki/slow-1500/v1/'));
    await waitUntil(() => $(el, 'article'), 'the card did not show its unit', { timeout: 5000 });
    await waitUntil(async () => (await haukiLog()).length === 1, 'Hauki was not asked', { timeout: 5000 });
    expect(hoursText(el)).to.contain('Mon–Fri 9–16 (synthetic)');
    await expect(el).to.be.accessible();
    await el.dataComplete();
    expect(hoursText(el)).to.equal('Open now, until midnight');
  });

  it('makes one request for two cards of the same unit on one page', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <hki-service-card
          src=${servicemapUrl}
          format="servicemap"
          service="servicemap-900001"
          hours="hauki"
          hours-src=${MOCK}
        ></hki-service-card>
        <hki-service-card
          src=${servicemapUrl}
          format="servicemap"
          service="servicemap-900001"
          hours="hauki"
          hours-src=${MOCK}
        ></hki-service-card>
      </div>`,
    );
    const cards = [...wrapper.querySelectorAll<HkiServiceCard>('hki-service-card')];
    await Promise.all(cards.map((c) => c.dataComplete()));
    expect(cards.map(hoursText)).to.deep.equal(['Open now, until midnight', 'Open now, until midnight']);
    expect(await haukiLog()).to.have.length(1);
  });

  it('asks again for the new unit when the service changes, and returns to the own hours when hours is removed', async () => {
    const el = await card(mapUnit(900001, MOCK));
    el.service = 'servicemap-900002';
    await el.dataComplete();
    expect(hoursText(el)).to.equal('Closed now');
    expect((await haukiLog()).map((r) => r.resources[0])).to.deep.equal(['tprek:900001', 'tprek:900002']);
    el.removeAttribute('hours');
    await el.dataComplete();
    expect(hoursText(el)).to.equal('Opening hours: not known');
    el.service = 'servicemap-900001';
    await el.dataComplete();
    expect(hoursText(el)).to.contain('Mon–Fri 9–16 (synthetic)');
    expect(await haukiLog()).to.have.length(2);
  });

  it('refuses a hours-src that is not http(s): one console error, no request, and the note', async () => {
    const { result: el, errors } = await captureConsole(() => card(mapUnit(900001, 'javascript:alert(1)')));
    expect(errors).to.deep.equal([
      '[hki-service-card] hours-src "javascript:alert(1)" is not an http(s) address: no opening hours are fetched from Hauki',
    ]);
    expect(hoursText(el)).to.contain('Mon–Fri 9–16 (synthetic)');
    expect(text(el.shadowRoot)).to.contain(FAILED_NOTE);
    expect(await haukiLog()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('warns once about an unknown hours value and shows the own hours', async () => {
    const { result: el, warnings } = await captureConsole(() =>
      card(
        html`<hki-service-card
          src=${servicemapUrl}
          format="servicemap"
          service="servicemap-900001"
          hours="live"
          hours-src=${MOCK}
        ></hki-service-card>`,
      ),
    );
    expect(warnings).to.deep.equal([
      '[hki-service-card] hours="live" is not a known value ("hauki", or none): the services\' own opening hours are shown',
    ]);
    expect(hoursText(el)).to.contain('Mon–Fri 9–16 (synthetic)');
    expect(await haukiLog()).to.deep.equal([]);
  });
});

/** A bare host for the controller, showing a list of services as the finder's results would. */
class LiveHoursHost extends LitElement {
  static override properties = { shown: { attribute: false } };
  shown: Service[] = [];
  readonly hours = new LiveHoursController(this, {
    mode: () => 'hauki',
    src: () => '/__mock/hauki/slow-1500/v1/',
    services: () => this.shown,
  });
}
customElements.define('test-live-hours-host', LiveHoursHost);

const unit = (id: number): Service =>
  ({ id: `servicemap-${id}`, name: { en: `Unit ${id}` }, description: {}, openingHours: { kind: 'unknown' } }) as unknown as Service;

describe('LiveHoursController', () => {
  beforeEach(async () => {
    clearDataCache();
    await fetch('/__mock/hauki/reset');
  });

  it(`asks for the services on screen only, ${HAUKI_CONCURRENCY} at a time, and drops those that leave the screen`, async () => {
    // Ids ≡ 1 (mod 5) are open all day in the mock.
    const units = [1, 6, 11, 16, 21, 26, 31, 36].map((n) => unit(900000 + n));
    const host = await fixture<LiveHoursHost>(html`<test-live-hours-host .shown=${units}></test-live-hours-host>`);
    await waitUntil(async () => (await haukiLog()).length === HAUKI_CONCURRENCY, 'the first requests were not made', { timeout: 5000 });
    expect(units.map((s) => host.hours.status(s))).to.deep.equal(Array(8).fill('loading'));
    // Scrolled away before any answer: four are still queued, two running requests are dropped.
    host.shown = units.slice(0, 2);
    await host.updateComplete;
    expect(units.map((s) => host.hours.status(s))).to.deep.equal(['loading', 'loading', ...Array(6).fill('unasked')]);
    await host.hours.settled;
    expect(units.slice(0, 2).map((s) => host.hours.status(s))).to.deep.equal(['hauki', 'hauki']);
    expect(openState(hoursOf(units[0], host.hours.liveHours(units[0]))).state).to.equal('open');
    const asked = (await haukiLog()).map((r) => r.resources[0]);
    expect(asked).to.have.length(HAUKI_CONCURRENCY);
    expect(asked).to.have.members(units.slice(0, HAUKI_CONCURRENCY).map((s) => haukiResourceOf(s)));
  });

  it('asks nothing for services without a Hauki id', async () => {
    const host = await fixture<LiveHoursHost>(html`<test-live-hours-host></test-live-hours-host>`);
    const own = { ...unit(1), id: 'international-house-helsinki' } as Service;
    host.shown = [own];
    await host.updateComplete;
    await host.hours.settled;
    expect(host.hours.status(own)).to.equal('off');
    expect(host.hours.liveHours(own)).to.equal(undefined);
    expect(await haukiLog()).to.deep.equal([]);
  });
});

describe('<hki-service-finder hours="hauki">', () => {
  /** The mock Service Map list (test/mocks/servicemap.mjs): 12 synthetic units, 900001–900012. */
  const LIST = '/__mock/servicemap/units-12/v2/unit/';

  beforeEach(async () => {
    await setPageLang('en');
    clearDataCache();
    await fetch('/__mock/hauki/reset');
  });

  /** A finder over the list, `pageSize` results a page, asking the Hauki mock, rendered with its answers. */
  async function finder(pageSize: number): Promise<HkiServiceFinder> {
    const el = await fixture<HkiServiceFinder>(
      html`<hki-service-finder
        src=${LIST}
        format="servicemap"
        page-size=${pageSize}
        url-state="off"
        hours="hauki"
        hours-src=${MOCK}
      ></hki-service-finder>`,
    );
    await el.dataComplete();
    return el;
  }
  const articles = (el: HkiServiceFinder) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="results"] article')];
  const unitIdOf = (article: HTMLElement) => `tprek:${/service-servicemap-(\d+)/.exec(article.getAttribute('aria-labelledby') ?? '')![1]}`;
  const asked = async () => (await haukiLog()).map((r) => r.resources[0]).sort();

  it('asks Hauki for the results on screen only, and for the next ones on "Show more"', async () => {
    const el = await finder(4);
    const shown = articles(el);
    expect(shown).to.have.length(4);
    expect(await asked()).to.deep.equal(shown.map(unitIdOf).sort());
    must(el.shadowRoot!, '[part="more"]').click();
    await el.dataComplete();
    const more = articles(el);
    expect(more).to.have.length(8);
    expect(await asked()).to.deep.equal(more.map(unitIdOf).sort());
    await expect(el).to.be.accessible();
  });

  it('"open now" lists the units Hauki says are open, those it does not know apart, and says how many are not checked yet', async () => {
    const el = await finder(6);
    const openNow = must<HTMLInputElement>(el.shadowRoot!, 'input#openNow');
    openNow.click();
    await el.dataComplete();
    // In the mock, ids ≡ 1 (mod 5) are open all day, ≡ 2 closed all week, ≡ 3 unknown to Hauki (404), ≡ 4 weekdays, ≡ 0 no hours.
    const open = articles(el).map(unitIdOf);
    expect(open.length).to.be.greaterThan(0);
    for (const id of open) {
      const n = Number(id.slice('tprek:'.length)) % 5;
      expect(n === 1 || n === 4, `${id} listed as open`).to.equal(true);
    }
    for (const article of articles(el)) expect(text(article.querySelector('.hours'))).to.match(/^Open now/);
    // The six asked for are those on screen (open ones, and unknown ones in their own section), none of the other six.
    expect(await asked()).to.have.length(6);
    expect(text(el.shadowRoot!.querySelector('.unchecked'))).to.equal(
      'The opening hours of 6 more services have not been checked yet: Show more checks them.',
    );
    expect(text(el.shadowRoot!.querySelector('[part="more"]'))).to.equal('Show more (6 more)');
    for (const article of el.shadowRoot!.querySelectorAll('.unknown-hours article'))
      expect([0, 3]).to.include(Number(unitIdOf(article as HTMLElement).slice('tprek:'.length)) % 5);
    await expect(el).to.be.accessible();
    must(el.shadowRoot!, '[part="more"]').click();
    await el.dataComplete();
    expect(await asked()).to.have.length(12);
    expect(el.shadowRoot!.querySelector('.unchecked')).to.equal(null);
  });

  it('shares one request per unit with a card of the same unit on the page', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <hki-service-finder
          src=${LIST}
          format="servicemap"
          page-size="12"
          url-state="off"
          hours="hauki"
          hours-src=${MOCK}
        ></hki-service-finder>
        <hki-service-card src=${LIST} format="servicemap" service="servicemap-900001" hours="hauki" hours-src=${MOCK}></hki-service-card>
      </div>`,
    );
    const f = el.querySelector<HkiServiceFinder>('hki-service-finder')!;
    const c = el.querySelector<HkiServiceCard>('hki-service-card')!;
    await Promise.all([f.dataComplete(), c.dataComplete()]);
    const log = await asked();
    expect(log).to.have.length(12);
    expect(new Set(log).size).to.equal(12);
    expect(hoursText(c)).to.equal('Open now, until midnight');
  });
});
