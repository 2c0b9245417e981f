import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@hki-widgets/services/service-finder/define.js';
import type { HkiServiceFinder } from '@hki-widgets/services/service-finder.js';
import type { ServicesPackage } from '@hki-widgets/data';
import { chromiumOnly, emulateMedia, must, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';
import { service } from './synthetic.js';

/*
 * The finder in a narrow column (issue 16, "Phones"): below 40em of its own width the filters sit
 * behind a disclosure that names how many are active; the search field stays visible.
 *
 * The services below are SYNTHETIC (made-up names, example.org addresses), given through `data`, except
 * in the first test, which measures the bundled services as a resident meets them.
 */

function synthetic(): ServicesPackage {
  return {
    schemaVersion: '1.0.0',
    locales: ['fi', 'sv', 'en'],
    sources: [{ id: 'synthetic', title: 'Synthetic test data', lang: 'en' }],
    districts: [
      {
        id: 'harbour',
        name: { fi: 'Synteettinen satama', sv: 'Syntetiska hamnen', en: 'Synthetic harbour' },
        centre: { lat: 60.16, lon: 24.95 },
        source: { sourceId: 'synthetic' },
      },
    ],
    services: [
      service({
        id: 'syn-library-a',
        name: { fi: 'Synteettinen kirjasto A', sv: 'Syntetiskt bibliotek A', en: 'Synthetic library A' },
        description: { fi: 'Kirjoja.', sv: 'Böcker.', en: 'Books and a reading room.' },
        topics: ['culture'],
        audiences: ['children'],
        languages: [{ code: 'fi' }, { code: 'ar' }],
        locations: [
          { street: { fi: 'Esimerkkitie 1' }, postalCode: '00100', district: 'harbour', coordinates: { lat: 60.165, lon: 24.95 } },
        ],
        contacts: [{ kind: 'web', value: 'https://example.org/library-a' }],
        accessibility: [{ group: { fi: 'Sisäänkäynti', sv: 'Ingång', en: 'Entrance' }, sentences: [{ en: 'No steps.' }] }],
        free: true,
        appointment: 'not-needed',
      }),
      service({
        id: 'syn-sports-b',
        name: { fi: 'Synteettinen liikuntahalli B', sv: 'Syntetisk idrottshall B', en: 'Synthetic sports hall B' },
        description: { fi: 'Liikuntaa.', sv: 'Idrott.', en: 'A sports hall.' },
        topics: ['sport'],
        audiences: ['young-people'],
        languages: [{ code: 'fi' }, { code: 'en' }],
      }),
    ],
  };
}

const originalHref = location.href;
const root = (el: HkiServiceFinder) => el.shadowRoot!;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const toggle = (el: HkiServiceFinder) => must<HTMLButtonElement>(root(el), '.filters-toggle');
/** Whether an element takes up space on screen (display: none, or inside it, does not). */
const visible = (node: Element) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;
/** The disclosure as a screen reader finds it: only when it is on screen. */
const disclosure = (el: HkiServiceFinder) => [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')].find(visible);
const FILTER_IDS = ['language', 'topic', 'audience', 'district', 'access', 'free', 'noAppointment', 'openNow', 'sort'];

/** A finder in a column `width` CSS pixels wide (undefined: as wide as the page). */
async function finderIn(width: number | undefined, finder: TemplateResult): Promise<HkiServiceFinder> {
  const box = await fixture<HTMLDivElement>(html`<div style=${width === undefined ? '' : `width: ${width}px`}>${finder}</div>`);
  const el = box.querySelector<HkiServiceFinder>('hki-service-finder')!;
  await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="count"], [role="alert"]')));
  return el;
}

const withData = (width: number | undefined, attrs: { district?: string; urlState?: 'on' | 'off' } = {}) =>
  finderIn(
    width,
    html`<hki-service-finder
      url-state=${attrs.urlState ?? 'off'}
      district=${attrs.district ?? ''}
      .data=${synthetic()}
    ></hki-service-finder>`,
  );

async function choose(el: HkiServiceFinder, id: string, value: string): Promise<void> {
  const select = must<HTMLSelectElement>(root(el), `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** How far below the finder's top its first result starts, in CSS pixels. */
function firstResultOffset(el: HkiServiceFinder): number {
  const first = must(root(el), '[part="results"] > li');
  return first.getBoundingClientRect().top - el.getBoundingClientRect().top;
}

describe('<hki-service-finder> in a narrow column', () => {
  beforeEach(() => setPageLang('en'));
  afterEach(() => history.replaceState(null, '', originalHref));

  it('at 320 px, the first bundled result starts within the first screen, below a visible search field', async () => {
    // Before the disclosure, the filters took about 1,100 px here.
    const el = await finderIn(320, html`<hki-service-finder url-state="off"></hki-service-finder>`);
    await settled(el, () => Boolean(root(el).querySelector('[part="results"] > li')), 'no bundled result');
    expect(firstResultOffset(el)).to.be.below(640);
    const search = must<HTMLInputElement>(root(el), '#q');
    expect(visible(search)).to.equal(true);
    expect(search.getBoundingClientRect().bottom - el.getBoundingClientRect().top).to.be.below(320);
    for (const id of FILTER_IDS) expect(visible(must(root(el), `#${id}`)), id).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names the filters behind a closed disclosure, which opens to show them', async () => {
    const el = await withData(320);
    const button = disclosure(el);
    expect(button, 'no disclosure on screen').to.exist;
    expect(text(button)).to.equal('Filters');
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
    const panel = root(el).getElementById(button!.getAttribute('aria-controls')!);
    expect(panel, 'aria-controls names nothing in the finder').to.exist;
    expect(visible(panel!)).to.equal(false);
    // The search field is outside it.
    expect(panel!.contains(must(root(el), '#q'))).to.equal(false);

    button!.click();
    await el.updateComplete;
    expect(button!.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(panel!)).to.equal(true);
    for (const id of FILTER_IDS) expect(visible(must(root(el), `#${id}`)), id).to.equal(true);
    await expect(el).to.be.accessible();

    button!.click();
    await el.updateComplete;
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(panel!)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says how many filters are active, as the page address has them, and "Clear filters" agrees', async () => {
    const el = await withData(320, { urlState: 'on' });
    toggle(el).click();
    await el.updateComplete;
    await choose(el, 'topic', 'culture');
    expect(new URLSearchParams(location.search).get('service-topic')).to.equal('culture');
    expect(text(toggle(el))).to.equal('Filters (1 active)');
    must<HTMLInputElement>(root(el), '#free').click();
    await el.updateComplete;
    expect(text(toggle(el))).to.equal('Filters (2 active)');
    // The words and the order are not filters: the search field is always in view.
    await choose(el, 'sort', 'name');
    expect(text(toggle(el))).to.equal('Filters (2 active)');

    const clear = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Clear filters')!;
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text(toggle(el))).to.equal('Filters');
    expect(new URLSearchParams(location.search).get('service-topic')).to.equal(null);
    // "Clear filters" takes focus to the search field, which stays in view.
    expect(root(el).activeElement?.id).to.equal('q');
  });

  it('counts the filters the page address gives, with the disclosure closed', async () => {
    const url = new URL(originalHref);
    url.searchParams.set('service-topic', 'sport');
    url.searchParams.set('service-language', 'fi');
    history.replaceState(null, '', url);
    const el = await withData(320, { urlState: 'on' });
    expect(text(toggle(el))).to.equal('Filters (2 active)');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(text(root(el).querySelector('[part="count"]'))).to.equal('1 service found');
  });

  it('counts a preset district, which the District filter shows and "Clear filters" returns to', async () => {
    const el = await withData(320, { district: 'harbour' });
    expect(text(toggle(el))).to.equal('Filters (1 active)');
    toggle(el).click();
    await el.updateComplete;
    expect(must<HTMLSelectElement>(root(el), '#district').value).to.equal('harbour');
  });

  it('works by keyboard: Enter opens, Tab goes on into the filters, Space closes', async () => {
    const el = await withData(320);
    const button = toggle(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('language');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(el).activeElement === button, 'focus is not back on the disclosure').to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Closed, Tab goes from the disclosure past the hidden filters.
    await sendKeys({ press: 'Tab' });
    expect(FILTER_IDS).not.to.include(root(el).activeElement?.id ?? document.activeElement?.id);
  });

  it('shows the filters without a disclosure when the finder is wide', async () => {
    const el = await withData(960);
    expect(disclosure(el)).to.equal(undefined);
    for (const id of FILTER_IDS) expect(visible(must(root(el), `#${id}`)), id).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('follows its own width, not the window: it changes when its column narrows', async () => {
    const el = await withData(960);
    expect(disclosure(el)).to.equal(undefined);
    el.parentElement!.style.width = '320px';
    await el.updateComplete;
    expect(disclosure(el), 'no disclosure after narrowing').to.exist;
    expect(visible(must(root(el), '#topic'))).to.equal(false);
  });

  it('does not scroll sideways in a 320 px window, with the filters closed or open', async () => {
    const el = await withData(undefined);
    try {
      expect(await scrollsSideways(320)).to.equal(false);
      expect(disclosure(el), 'no disclosure in a 320 px window').to.exist;
      toggle(el).click();
      await el.updateComplete;
      expect(await scrollsSideways(320)).to.equal(false);
      for (const id of FILTER_IDS) expect(must(root(el), `#${id}`).getBoundingClientRect().right, id).to.be.at.most(320);
    } finally {
      await scrollsSideways(800);
    }
  });

  it('speaks Finnish and Swedish, with the count in the right form', async () => {
    await setPageLang('fi');
    const el = await withData(320, { district: 'harbour' });
    await settled(el, () => text(toggle(el)).startsWith('Suodattimet'), 'not in Finnish');
    expect(text(toggle(el))).to.equal('Suodattimet (1 käytössä)');
    await setPageLang('sv');
    await settled(el, () => text(toggle(el)).startsWith('Filter'), 'not in Swedish');
    expect(text(toggle(el))).to.equal('Filter (1 aktivt)');
    toggle(el).click();
    await el.updateComplete;
    await choose(el, 'topic', 'culture');
    expect(text(toggle(el))).to.equal('Filter (2 aktiva)');
  });

  it('keeps the disclosure on an Arabic right-to-left page, in English, and it passes axe', async () => {
    await setPageLang('ar', 'rtl');
    try {
      const el = await withData(320);
      expect(text(toggle(el))).to.equal('Filters');
      toggle(el).click();
      await el.updateComplete;
      expect(visible(must(root(el), '#topic'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      await setPageLang('en');
    }
  });

  chromiumOnly('shows the disclosure with a system-colour border in forced-colours mode', async () => {
    const el = await withData(320);
    await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
    try {
      const style = getComputedStyle(toggle(el));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(visible(toggle(el))).to.equal(true);
    } finally {
      await emulateMedia([]);
    }
  });
});
