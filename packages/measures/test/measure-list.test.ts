import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@hki-widgets/measures/measure-list/define.js';
import type { HkiMeasureList } from '@hki-widgets/measures/measure-list.js';
import type { HkiMeasureCard } from '@hki-widgets/measures/measure-card.js';
import { captureConsole, must, parseCsv, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

/** The example package: illustrative statuses for nine measures, every other one "not reported". */
const exampleUrl = new URL('../../data/dist/examples/programme.example.json', import.meta.url).href;

/** The test page's own address (with the runner's session parameters), restored after URL tests. */
const originalHref = location.href;
const resetUrl = () => history.replaceState(null, '', originalHref);
/** The page address with some filter parameters added, as a resident's shared link would have. */
function setUrl(params: Record<string, string>): void {
  const url = new URL(originalHref);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  history.replaceState(null, '', url);
}
const urlParams = () => new URLSearchParams(location.search);

const root = (el: HkiMeasureList) => el.shadowRoot!;
const countEl = (el: HkiMeasureList) => root(el).querySelector<HTMLElement>('[part="count"]')!;
const count = (el: HkiMeasureList) => countEl(el).textContent!.trim();
/** What the list shows: the elements that match, leaving out those the filters hide (`hidden` on them or a section). */
const shown = <T extends Element = HTMLElement>(el: HkiMeasureList, selector: string) =>
  [...root(el).querySelectorAll<T>(selector)].filter((e) => !e.closest('[hidden]'));
const cards = (el: HkiMeasureList) => shown<HkiMeasureCard>(el, 'hki-measure-card');
/** The rows of the compact list (the default view), one per measure shown. */
const rows = (el: HkiMeasureList) => shown<HTMLLIElement>(el, '[part="row"]');
const rowOf = (el: HkiMeasureList, id: string) => must<HTMLLIElement>(root(el), `[part="row"][data-measure="${id}"]`);
const toggleOf = (row: Element) => must<HTMLButtonElement>(row, '[part="row-toggle"]');
const shownIds = (el: HkiMeasureList) => rows(el).map((r) => r.dataset.measure);
const field = <T extends HTMLElement = HTMLSelectElement>(el: HkiMeasureList, id: string) => root(el).querySelector<T>(`#${id}`)!;
const searchField = (el: HkiMeasureList) => field<HTMLInputElement>(el, 'q');
const labelOf = (el: HkiMeasureList, id: string) => root(el).querySelector(`label[for="${id}"]`)!.textContent!.trim();
const optionLabels = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent!.trim());
const optionValues = (select: HTMLSelectElement) => [...select.options].map((o) => o.value);
const buttonNamed = (el: HkiMeasureList, name: string, scope: ParentNode = root(el)) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;
const alert = (el: HkiMeasureList) => root(el).querySelector<HTMLElement>('[role="alert"]');
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Renders a list and waits for its data (or its error). */
async function list(markup: ReturnType<typeof html>): Promise<HkiMeasureList> {
  const el = await fixture<HkiMeasureList>(markup);
  await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="count"], [role="alert"]')));
  return el;
}

/** Chooses an option the way a pointer user does: the select changes and says so. */
async function choose(el: HkiMeasureList, id: string, value: string): Promise<void> {
  const select = field(el, id);
  expect(optionValues(select), `no option "${value}" in #${id}`).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Types into the search field as one input event (pasting, or the last keystroke). */
async function search(el: HkiMeasureList, query: string): Promise<void> {
  const input = searchField(el);
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

interface Download {
  name: string;
  type: string;
  bytes: Uint8Array;
  text: string;
  fromShadowRoot: boolean;
}

/**
 * Presses a download button and catches the file the browser would save: the anchor the element
 * clicks is intercepted (no real download), and its blob is read before the element revokes it.
 */
async function download(el: HkiMeasureList, name: string): Promise<Download> {
  const original = HTMLAnchorElement.prototype.click;
  const clicked: HTMLAnchorElement[] = [];
  const roots: Node[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) {
      clicked.push(this);
      roots.push(this.getRootNode());
    } else original.call(this);
  };
  try {
    buttonNamed(el, name).click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(clicked, `"${name}" started no download`).to.have.length(1);
  const [link] = clicked;
  const response = await fetch(link.href);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const fromShadowRoot = roots[0] === el.shadowRoot;
  return {
    name: link.download,
    type: response.headers.get('content-type') ?? '',
    bytes,
    text: new TextDecoder().decode(bytes),
    fromShadowRoot,
  };
}

describe('<hki-measure-list>', () => {
  beforeEach(() => setPageLang('en'));
  afterEach(async () => {
    resetUrl();
    await setPageLang('en');
  });

  it('defines its tag', () => {
    expect(customElements.get('hki-measure-list')).to.be.a('function');
    expect(document.createElement('hki-measure-list')).to.be.instanceOf(customElements.get('hki-measure-list')!);
    // The explorer brings its cards along.
    expect(customElements.get('hki-measure-card')).to.be.a('function');
  });

  describe('all measures', () => {
    it('shows all 64 measures in programme order as rows of a list, and announces the count', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      expect(rows(el)).to.have.length(64);
      const ids = shownIds(el);
      expect(ids.slice(0, 6)).to.deep.equal(['1.1', '1.2', '1.3', '1.4', '1.5', '2']);
      expect(ids.at(-1)).to.equal('11');
      expect(new Set(ids).size).to.equal(64);
      // Each set's rows are one list; no card is rendered before its row is opened.
      expect(rows(el).every((r) => r.parentElement!.tagName === 'UL')).to.equal(true);
      expect(cards(el)).to.have.length(0);
      expect(countEl(el).getAttribute('role')).to.equal('status');
      expect(count(el)).to.equal('64 measures found');
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('groups the measures under theme headings (h2) and measure set headings (h3), with measure headings at h4', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const themeHeadings = shown(el, '[part="theme-title"]');
      expect(themeHeadings.map((h) => h.tagName)).to.deep.equal(['H2', 'H2', 'H2', 'H2']);
      expect(themeHeadings.map(text)).to.deep.equal([
        'Theme 1: Helsinki is a city of a skilled workforce',
        'Theme 2: Helsinki is the world’s most effective place to learn',
        'Theme 3: Helsinki is open and encourages participation',
        'Theme 4: Helsinki is fighting social inequality',
      ]);
      const setHeadings = [...shown(el, '[part="set-title"]')];
      expect(setHeadings).to.have.length(11);
      expect(setHeadings.every((h) => h.tagName === 'H3')).to.equal(true);
      expect(text(setHeadings[3])).to.equal('4. The Development Plan for Immigrant Education 2018–2021');

      // The learning theme holds the one measure set with its 28 measures.
      const learning = root(el).querySelector('#theme-learning')!.closest('section')!;
      expect(learning.querySelectorAll('[part="set-title"]')).to.have.length(1);
      expect(learning.querySelectorAll('[part="row"]')).to.have.length(28);
      // Each section is named by its heading.
      expect(learning.getAttribute('aria-labelledby')).to.equal('theme-learning');

      const title = must(rowOf(el, '4.12'), '[part="row-title"]');
      expect(title.tagName).to.equal('H4');
      expect(text(title)).to.match(/^4\.12 \S/);
      // An opened row's card comes under the row's heading.
      toggleOf(rowOf(el, '4.12')).click();
      await el.updateComplete;
      const card = cards(el)[0];
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="title"]')!.tagName).to.equal('H5');
    });

    it('takes its heading levels from heading-level', async () => {
      const el = await list(html`<hki-measure-list url-state="off" heading-level="3"></hki-measure-list>`);
      expect(root(el).querySelector('[part="theme-title"]')!.tagName).to.equal('H3');
      expect(root(el).querySelector('[part="set-title"]')!.tagName).to.equal('H4');
      expect(root(el).querySelector('[part="row-title"]')!.tagName).to.equal('H5');
    });

    it('labels its search field and filters', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const form = root(el).querySelector('[part="filters"]')!;
      expect(form.getAttribute('role')).to.equal('search');
      expect(form.getAttribute('aria-label')).to.equal('Filter measures');
      expect(['q', 'theme', 'set', 'responsible', 'status'].map((id) => labelOf(el, id))).to.deep.equal([
        'Search measures',
        'Theme',
        'Measure set',
        'Responsible',
        'Status',
      ]);
      expect(searchField(el).type).to.equal('search');
      expect(optionLabels(field(el, 'theme'))).to.deep.equal([
        'All themes',
        '1. Helsinki is a city of a skilled workforce',
        '2. Helsinki is the world’s most effective place to learn',
        '3. Helsinki is open and encourages participation',
        '4. Helsinki is fighting social inequality',
      ]);
      expect(optionValues(field(el, 'set'))).to.deep.equal(['', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
      // Only bodies responsible for some measure, in alphabetical order.
      const bodies = optionLabels(field(el, 'responsible'));
      expect(bodies[0]).to.equal('All responsible bodies');
      expect(bodies).to.have.length(26);
      expect(bodies.slice(1, 4)).to.deep.equal(['Annantalo', 'Culture and Leisure Division', 'Education Division']);
      expect(bodies).to.not.include('Kela');
      expect(buttonNamed(el, 'Clear filters').type).to.equal('button');
    });
  });

  describe('compact list', () => {
    /** The height of a list of all 64 measures at a 1,280 px wide window. */
    async function heightAt1280(markup: ReturnType<typeof html>): Promise<number> {
      await setViewport({ width: 1280, height: 800 });
      const el = await list(markup);
      // (view="cards" makes its cards a few a task.)
      if (markup.strings.join('').includes('view="cards"')) await waitUntil(() => cards(el).length === 64, 'the cards did not all come');
      await Promise.all(cards(el).map((c) => c.updateComplete));
      return el.getBoundingClientRect().height;
    }

    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('keeps all 64 measures under 5,000 px at 1,280 px, where the cards took far more', async () => {
      const listHeight = await heightAt1280(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const cardsHeight = await heightAt1280(html`<hki-measure-list url-state="off" view="cards"></hki-measure-list>`);
      expect(listHeight).to.be.below(5000);
      // The same bound fails for the cards (the old default), so this test would fail without the list.
      expect(cardsHeight).to.be.above(5000);
      expect(listHeight).to.be.below(cardsHeight / 2);
    });

    it('shows number, title, status and responsible body of each measure on one line on a wide screen', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      const row = rowOf(el, '1.3');
      const title = must(row, '[part="row-title"]');
      expect(title.tagName).to.equal('H4');
      expect(text(must(row, '.row-number'))).to.equal('1.3');
      expect(text(title)).to.equal('1.3 Multilingual career guidance at Ohjaamo');
      expect(must(title, '[dir="auto"]').textContent).to.equal('Multilingual career guidance at Ohjaamo');
      // The status with the date it was reported.
      expect(text(must(row, '.row-status'))).to.equal('Status: Achieved reported 30.6.2020');
      expect(must(row, '.row-status svg').getAttribute('aria-hidden')).to.equal('true');
      expect(text(must(row, '.row-responsible'))).to.equal('Responsible: Youth Employment Services, Ohjaamo');
      expect(text(rowOf(el, '1.1').querySelector('.row-responsible'))).to.equal('Responsible: Education Division, Helsinki Skill Center');
      // One line each: every row's parts stand side by side, in reading order, at the same height.
      for (const r of rows(el)) {
        const [t, st, resp, button] = ['[part="row-title"]', '.row-status', '.row-responsible', 'button'].map((s) =>
          must(r, s).getBoundingClientRect(),
        );
        expect(t.right, r.dataset.measure).to.be.at.most(st.left);
        expect(st.right, r.dataset.measure).to.be.at.most(resp.left);
        expect(resp.right, r.dataset.measure).to.be.at.most(button.left);
        expect(st.top, r.dataset.measure).to.be.below(t.bottom);
        expect(button.top, r.dataset.measure).to.be.below(t.bottom);
      }
    });

    it('names each "Show details" button by its measure, and no two alike', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const names = rows(el).map((r) => text(toggleOf(r)));
      expect(names[0]).to.equal('Show details: 1.1 Developing Helsinki Skill Center’s services');
      expect(names.every((name, i) => name.startsWith(`Show details: ${shownIds(el)[i]} `))).to.equal(true);
      expect(new Set(names).size).to.equal(64);
      for (const r of rows(el)) {
        const button = toggleOf(r);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.hasAttribute('aria-label')).to.equal(false);
        // The button controls the (still empty, hidden) place of the card.
        const details = root(el).getElementById(button.getAttribute('aria-controls')!)!;
        expect(details.hidden).to.equal(true);
        expect(r.contains(details)).to.equal(true);
      }
    });

    it('opens the full card in place with one press, and closes it again', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      const row = rowOf(el, '1.3');
      const button = toggleOf(row);
      setTimeout(() => button.click());
      const toggled = await oneEvent(el, 'hki-toggle');
      expect(toggled.detail).to.deep.equal({ open: true, measure: '1.3' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Hide details: 1.3 Multilingual career guidance at Ohjaamo');
      const details = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(details.hidden).to.equal(false);
      // Only the opened row has a card: the full one, with the measure's description and responsible bodies.
      expect(cards(el)).to.have.length(1);
      const card = must<HkiMeasureCard>(details, 'hki-measure-card');
      expect(card.getAttribute('measure')).to.equal('1.3');
      await card.updateComplete;
      expect(card.variant).to.equal('full');
      const body = must(card.shadowRoot, '[part="body"]');
      expect(text(body)).to.contain('Responsible');
      expect(text(body)).to.contain('Youth Employment Services, Ohjaamo');
      expect(must(card.shadowRoot, '[part="plain-switch"]')).to.not.equal(null);
      await expect(el).to.be.accessible();

      // Another row opens on its own; the first stays open, also when the filters change.
      toggleOf(rowOf(el, '3.2')).click();
      await el.updateComplete;
      expect(cards(el).map((c) => c.getAttribute('measure'))).to.deep.equal(['1.3', '3.2']);
      await choose(el, 'theme', 'skilled-workforce');
      expect(toggleOf(rowOf(el, '1.3')).getAttribute('aria-expanded')).to.equal('true');

      toggleOf(rowOf(el, '1.3')).click();
      await el.updateComplete;
      expect(toggleOf(rowOf(el, '1.3')).getAttribute('aria-expanded')).to.equal('false');
      expect(cards(el).map((c) => c.getAttribute('measure'))).to.deep.equal(['3.2']);
    });

    it('opens and closes by keyboard, with the focus staying on the button', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const button = toggleOf(rowOf(el, '2'));
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(button);
      expect(rowOf(el, '2').querySelector('hki-measure-card')).to.not.equal(null);
      // Tab goes on into the opened card, before the next row.
      await sendKeys({ press: 'Tab' });
      const card = must<HkiMeasureCard>(rowOf(el, '2'), 'hki-measure-card');
      expect(root(el).activeElement).to.equal(card);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).activeElement).to.equal(button);
      expect(cards(el)).to.have.length(0);
    });

    it('reflows at 320 px with a row open, without sideways scrolling', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      toggleOf(rowOf(el, '1.1')).click();
      await el.updateComplete;
      await cards(el)[0].updateComplete;
      try {
        expect(await scrollsSideways(320)).to.equal(false);
        for (const r of rows(el).slice(0, 8)) {
          for (const s of ['[part="row-title"]', '.row-status', '.row-responsible', 'button']) {
            expect(must(r, s).getBoundingClientRect().right, `${r.dataset.measure} ${s}`).to.be.at.most(320);
          }
        }
        expect(cards(el)[0].getBoundingClientRect().right).to.be.at.most(320);
      } finally {
        await scrollsSideways(800);
      }
    });

    it('shows Finnish titles and Finnish button names on a Finnish page', async () => {
      await setPageLang('fi');
      const finnish = (await (await fetch(new URL('../../data/dist/programme.fi.json', import.meta.url))).json()) as {
        measures: { id: string; title: { fi: string } }[];
      };
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const titles = rows(el).map((r) => must(r, '[part="row-title"] [dir="auto"]').textContent);
      expect(titles).to.deep.equal(finnish.measures.map((m) => m.title.fi));
      expect(titles[0]).to.not.equal('Developing Helsinki Skill Center’s services');
      expect(rows(el).every((r) => !r.querySelector('[lang="en"]'))).to.equal(true);
      expect(text(toggleOf(rowOf(el, '1.1')))).to.equal(`Näytä tiedot: 1.1 ${finnish.measures[0].title.fi}`);
      expect(text(rowOf(el, '1.1').querySelector('.row-status'))).to.equal('Tila: Ei raportoitu');
      await expect(el).to.be.accessible();
    });

    it('keeps the cards of earlier versions with view="cards"', async () => {
      const el = await list(html`<hki-measure-list url-state="off" view="cards"></hki-measure-list>`);
      expect(rows(el)).to.have.length(0);
      // A dozen cards a task, never 64 in one (that took over 50 ms), all of them within a few frames.
      expect(cards(el).length).to.be.within(1, 12);
      await waitUntil(() => cards(el).length === 64, 'the cards did not all come');
      expect(cards(el).every((c) => c.getAttribute('variant') === 'compact')).to.equal(true);
      el.removeAttribute('view');
      await el.updateComplete;
      expect(rows(el)).to.have.length(64);
      expect(cards(el)).to.have.length(0);
    });
  });

  describe('filters', () => {
    it('filters by theme, and the count says how many are left', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const status = countEl(el);
      await choose(el, 'theme', 'skilled-workforce');
      expect(count(el)).to.equal('8 measures found');
      expect(shownIds(el)).to.deep.equal(['1.1', '1.2', '1.3', '1.4', '1.5', '2', '3.1', '3.2']);
      expect(shown(el, '[part="theme-title"]').map(text)).to.deep.equal(['Theme 1: Helsinki is a city of a skilled workforce']);
      // The same live region keeps announcing: it is updated, not replaced.
      expect(countEl(el)).to.equal(status);
      await choose(el, 'theme', 'learning');
      expect(count(el)).to.equal('28 measures found');
      await choose(el, 'theme', 'open-city');
      expect(count(el)).to.equal('14 measures found');
      await choose(el, 'theme', 'counteracting-differentiation');
      expect(count(el)).to.equal('14 measures found');
      await choose(el, 'theme', '');
      expect(count(el)).to.equal('64 measures found');
      await expect(el).to.be.accessible();
    });

    it('can be used with the keyboard alone: arrow keys on a focused select change the filter', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      field(el, 'theme').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field(el, 'theme').value).to.equal('skilled-workforce');
      expect(count(el)).to.equal('8 measures found');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field(el, 'theme').value).to.equal('learning');
      expect(count(el)).to.equal('28 measures found');
      expect(root(el).activeElement).to.equal(field(el, 'theme'));
    });

    it('offers only the measure sets of the chosen theme, and clears a set outside a newly chosen theme', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await choose(el, 'theme', 'open-city');
      expect(optionValues(field(el, 'set'))).to.deep.equal(['', '5', '6', '7', '8']);
      expect(optionLabels(field(el, 'set'))[4]).to.equal('8. The measures promoting sports and well-being');
      await choose(el, 'set', '7');
      expect(count(el)).to.equal('5 measures found');
      expect(shownIds(el)).to.deep.equal(['7.1', '7.2', '7.3', '7.4', '7.5']);
      expect(shown(el, '[part="set-title"]')).to.have.length(1);

      await choose(el, 'theme', 'learning');
      expect(optionValues(field(el, 'set'))).to.deep.equal(['', '4']);
      expect(field(el, 'set').value).to.equal('');
      expect(count(el)).to.equal('28 measures found');
    });

    it('filters by measure set on its own', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await choose(el, 'set', '10');
      expect(shownIds(el)).to.deep.equal(['10.1', '10.2', '10.3', '10.4']);
      expect(count(el)).to.equal('4 measures found');
      await choose(el, 'set', '11');
      expect(count(el)).to.equal('1 measure found');
    });

    it('filters by responsible body', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await choose(el, 'responsible', 'education-division');
      expect(count(el)).to.equal('31 measures found');
      expect(shownIds(el)).to.include.members(['1.1', '4.1', '4.28', '7.4', '10.1']);
      await choose(el, 'responsible', 'sports-services');
      expect(count(el)).to.equal('1 measure found');
      expect(shownIds(el)).to.deep.equal(['8.1']);
    });

    it('filters by status, naming each status in words', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      expect(optionLabels(field(el, 'status'))).to.deep.equal([
        'All statuses',
        'Not reported',
        'Not started',
        'In progress',
        'Partially achieved',
        'Achieved',
        'No',
        'Partially',
        'Yes',
      ]);
      await choose(el, 'status', 'in-progress');
      expect(shownIds(el)).to.deep.equal(['1.1', '8.3', '10.2']);
      expect(count(el)).to.equal('3 measures found');
      await choose(el, 'status', 'achieved');
      expect(shownIds(el)).to.deep.equal(['1.3', '3.2']);
      await choose(el, 'status', 'yes');
      expect(shownIds(el)).to.deep.equal(['4.18']);
      expect(count(el)).to.equal('1 measure found');
      await choose(el, 'status', 'not-reported');
      expect(count(el)).to.equal('55 measures found');
      await expect(el).to.be.accessible();
    });

    it('combines filters: a measure must pass them all', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      await choose(el, 'theme', 'skilled-workforce');
      await choose(el, 'status', 'achieved');
      expect(shownIds(el)).to.deep.equal(['1.3', '3.2']);
      await search(el, 'ohjaamo');
      expect(shownIds(el)).to.deep.equal(['1.3']);
      expect(count(el)).to.equal('1 measure found');

      await choose(el, 'theme', 'counteracting-differentiation');
      await choose(el, 'status', '');
      await search(el, '');
      await choose(el, 'responsible', 'education-division');
      expect(shownIds(el)).to.deep.equal(['10.1']);
    });

    it('fires hki-filter-change with the filters and the number of results', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      setTimeout(() => void choose(el, 'theme', 'learning'));
      const event = await oneEvent(el, 'hki-filter-change');
      expect(event.detail).to.deep.equal({ filters: { theme: 'learning', set: '', responsible: '', status: '', q: '' }, count: 28 });
      expect(event.bubbles && event.composed).to.equal(true);

      setTimeout(() => void search(el, 'zzzz'));
      const searched = await oneEvent(el, 'hki-filter-change');
      expect(searched.detail).to.deep.equal({ filters: { theme: 'learning', set: '', responsible: '', status: '', q: 'zzzz' }, count: 0 });
    });
  });

  describe('search', () => {
    it('finds words regardless of case, typed key by key', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      searchField(el).focus();
      await sendKeys({ type: 'OHJAAMO' });
      await el.updateComplete;
      expect(searchField(el).value).to.equal('OHJAAMO');
      expect(shownIds(el)).to.deep.equal(['1.3', '10.2']);
      expect(count(el)).to.equal('2 measures found');
      await search(el, 'ohjaamo');
      expect(shownIds(el)).to.deep.equal(['1.3', '10.2']);
    });

    it('requires every word of the query, in any order', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await search(el, 'career');
      expect(shownIds(el)).to.deep.equal(['1.3', '1.4', '4.21', '4.26']);
      await search(el, '  guidance   Career ');
      expect(shownIds(el)).to.deep.equal(['1.3', '1.4']);
      await search(el, 'ohjaamo career');
      expect(shownIds(el)).to.deep.equal(['1.3']);
      expect(count(el)).to.equal('1 measure found');
    });

    it('keeps the page in place on Enter, and Escape empties the search', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      const href = location.href;
      searchField(el).focus();
      await sendKeys({ type: 'ohjaamo' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(location.href).to.equal(href);
      expect(el.isConnected).to.equal(true);
      expect(count(el)).to.equal('2 measures found');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(searchField(el).value).to.equal('');
      expect(count(el)).to.equal('64 measures found');
    });

    it('finds a measure by its number', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await search(el, '4.12');
      expect(shownIds(el)).to.deep.equal(['4.12']);
      expect(count(el)).to.equal('1 measure found');
      expect(shown(el, '[part="theme-title"]').map(text)).to.deep.equal(['Theme 2: Helsinki is the world’s most effective place to learn']);
    });

    it('ignores diacritics on a Finnish page: "tyollisyys" finds "työllisyys"', async () => {
      await setPageLang('fi');
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await search(el, 'tyollisyys');
      expect(shownIds(el)).to.deep.equal(['1.3', '1.4', '1.5', '4.22', '10.2']);
      expect(count(el)).to.match(/(^|\D)5(\D|$)/);
      await search(el, 'TYÖLLISYYS');
      expect(shownIds(el)).to.deep.equal(['1.3', '1.4', '1.5', '4.22', '10.2']);
      // Finnish words, not the English texts, are searched on a Finnish page.
      await search(el, 'career');
      expect(shownIds(el)).to.deep.equal([]);
    });

    it('ignores diacritics on a Swedish page: "sysselsattning" finds "sysselsättning"', async () => {
      await setPageLang('sv');
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await search(el, 'sysselsattning');
      expect(shownIds(el)).to.deep.equal(['1.1', '1.3', '1.4', '1.5', '4.21', '4.22']);
      expect(count(el)).to.equal('6 åtgärder hittades');
    });
  });

  describe('no results', () => {
    it('explains an empty result, and "Clear filters" brings every measure back and focus to the search field', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await choose(el, 'theme', 'learning');
      await search(el, 'no such words anywhere');
      expect(count(el)).to.equal('0 measures found');
      expect(rows(el)).to.have.length(0);
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(text(empty)).to.contain('No measures match these filters. Try other words or fewer filters.');
      expect(root(el).querySelector('[part="summary"]')).to.equal(null);
      await expect(el).to.be.accessible();

      buttonNamed(el, 'Clear filters', empty).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(count(el)).to.equal('64 measures found');
      expect(rows(el)).to.have.length(64);
      expect(searchField(el).value).to.equal('');
      expect(field(el, 'theme').value).to.equal('');
      expect(root(el).activeElement).to.equal(searchField(el));
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
    });

    it('also clears from the button among the filters', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await choose(el, 'responsible', 'sports-services');
      await search(el, 'sport');
      buttonNamed(el, 'Clear filters', root(el).querySelector('[part="filters"]')!).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(count(el)).to.equal('64 measures found');
      expect(field(el, 'responsible').value).to.equal('');
      expect(root(el).activeElement).to.equal(searchField(el));
    });
  });

  describe('presets', () => {
    it('theme="learning" shows only its 28 measures, with the theme chosen in the filter', async () => {
      const el = await list(html`<hki-measure-list url-state="off" theme="learning"></hki-measure-list>`);
      expect(count(el)).to.equal('28 measures found');
      expect(field(el, 'theme').value).to.equal('learning');
      expect(optionValues(field(el, 'set'))).to.deep.equal(['', '4']);
      expect(shownIds(el).every((id) => id!.startsWith('4.'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('responsible="education-division" shows its 31 measures', async () => {
      const el = await list(html`<hki-measure-list url-state="off" responsible="education-division"></hki-measure-list>`);
      expect(count(el)).to.equal('31 measures found');
      expect(field(el, 'responsible').value).to.equal('education-division');
    });

    it('measure-set and status presets', async () => {
      const el = await list(html`<hki-measure-list url-state="off" measure-set="8" src=${exampleUrl}></hki-measure-list>`);
      expect(shownIds(el)).to.deep.equal(['8.1', '8.2', '8.3']);
      expect(field(el, 'set').value).to.equal('8');
      const byStatus = await list(html`<hki-measure-list url-state="off" status="in-progress" src=${exampleUrl}></hki-measure-list>`);
      expect(shownIds(byStatus)).to.deep.equal(['1.1', '8.3', '10.2']);
      expect(field(byStatus, 'status').value).to.equal('in-progress');
    });

    it('"Clear filters" returns to the presets, not to everything', async () => {
      const el = await list(html`<hki-measure-list url-state="off" theme="learning"></hki-measure-list>`);
      await choose(el, 'theme', 'open-city');
      await search(el, 'library');
      expect(shownIds(el)).to.deep.equal(['7.5']);
      buttonNamed(el, 'Clear filters').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(count(el)).to.equal('28 measures found');
      expect(field(el, 'theme').value).to.equal('learning');
      expect(searchField(el).value).to.equal('');
    });

    it('follows a preset changed later', async () => {
      const el = await list(html`<hki-measure-list url-state="off" theme="learning"></hki-measure-list>`);
      el.setAttribute('theme', 'open-city');
      await el.updateComplete;
      expect(count(el)).to.equal('14 measures found');
      expect(field(el, 'theme').value).to.equal('open-city');
    });
  });

  describe('page address', () => {
    it('writes a chosen filter to the address, adding a history entry', async () => {
      const el = await list(html`<hki-measure-list></hki-measure-list>`);
      const before = history.length;
      await choose(el, 'theme', 'open-city');
      expect(urlParams().get('theme')).to.equal('open-city');
      expect(history.length).to.equal(before + 1);
      // Other parameters of the page are kept.
      for (const [key, value] of new URL(originalHref).searchParams) expect(urlParams().get(key)).to.equal(value);
      await choose(el, 'theme', '');
      expect(urlParams().has('theme')).to.equal(false);
    });

    it('writes the search to the address without a history entry per keystroke', async () => {
      const el = await list(html`<hki-measure-list></hki-measure-list>`);
      const before = history.length;
      searchField(el).focus();
      await sendKeys({ type: 'ohjaamo' });
      await el.updateComplete;
      expect(urlParams().get('q')).to.equal('ohjaamo');
      expect(history.length).to.equal(before);
    });

    it('applies the filters of a shared address', async () => {
      setUrl({ theme: 'open-city', q: 'library' });
      const el = await list(html`<hki-measure-list></hki-measure-list>`);
      expect(field(el, 'theme').value).to.equal('open-city');
      expect(searchField(el).value).to.equal('library');
      expect(shownIds(el)).to.deep.equal(['7.5']);
      expect(count(el)).to.equal('1 measure found');
    });

    it('lets an address override a preset', async () => {
      setUrl({ theme: 'open-city' });
      const el = await list(html`<hki-measure-list theme="learning"></hki-measure-list>`);
      expect(field(el, 'theme').value).to.equal('open-city');
      expect(count(el)).to.equal('14 measures found');
    });

    it('restores the previous filter with the browser Back button', async () => {
      const el = await list(html`<hki-measure-list></hki-measure-list>`);
      await choose(el, 'theme', 'learning');
      await choose(el, 'theme', 'open-city');
      expect(count(el)).to.equal('14 measures found');
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await el.updateComplete;
      expect(urlParams().get('theme')).to.equal('learning');
      expect(field(el, 'theme').value).to.equal('learning');
      expect(count(el)).to.equal('28 measures found');
    });

    it('tells the page when the Back button changes the filters (hki-filter-change)', async () => {
      const el = await list(html`<hki-measure-list></hki-measure-list>`);
      await choose(el, 'theme', 'learning');
      await choose(el, 'theme', 'open-city');
      const changed = oneEvent(el, 'hki-filter-change');
      // Not a sleep: a limit on the wait for the event, so a missing event fails with its message.
      const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 1000));
      history.back();
      const event = await Promise.race([changed, timeout]);
      expect(event, 'no hki-filter-change after Back').to.not.equal(undefined);
      expect(event!.detail).to.deep.equal({ filters: { theme: 'learning', set: '', responsible: '', status: '', q: '' }, count: 28 });
    });

    it('url-state="off" neither reads nor writes the address', async () => {
      setUrl({ theme: 'open-city' });
      const address = location.search;
      const before = history.length;
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      expect(count(el)).to.equal('64 measures found');
      await choose(el, 'theme', 'learning');
      searchField(el).focus();
      await sendKeys({ type: 'pupil' });
      buttonNamed(el, 'Clear filters').click();
      await el.updateComplete;
      expect(location.search).to.equal(address);
      expect(history.length).to.equal(before);
    });
  });

  describe('status summary and downloads', () => {
    it('summarises the statuses of the measures shown, and marks example data', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      expect(text(root(el).querySelector('[part="example-badge"]'))).to.equal(
        'Example data: The statuses and figures here are made up for demonstration. They were not reported by the City of Helsinki.',
      );
      const summary = root(el).querySelector('[part="summary"]')!;
      expect(text(summary)).to.contain('Status of the measures shown');
      const items = () => [...root(el).querySelectorAll('[part="summary"] li')].map(text);
      expect(items()).to.deep.equal([
        'Not reported: 55',
        'Not started: 1',
        'In progress: 3',
        'Partially achieved: 1',
        'Achieved: 2',
        'Partially: 1',
        'Yes: 1',
      ]);
      await choose(el, 'theme', 'skilled-workforce');
      expect(items()).to.deep.equal(['Not reported: 4', 'In progress: 1', 'Partially achieved: 1', 'Achieved: 2']);
      // Every status has an icon, so colour is never the only sign, and the icons are not read out.
      const icons = [...root(el).querySelectorAll('[part="summary"] li svg')];
      expect(icons).to.have.length(4);
      expect(icons.every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('has no example badge with the published data', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      expect(root(el).querySelector('[part="example-badge"]')).to.equal(null);
      expect([...root(el).querySelectorAll('[part="summary"] li')].map(text)).to.deep.equal(['Not reported: 64']);
    });

    it('downloads the current selection as CSV that spreadsheet programs read as UTF-8', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      await choose(el, 'theme', 'skilled-workforce');
      const file = await download(el, 'Download as CSV');
      expect(file.name).to.equal('measures-en.csv');
      expect(file.type).to.match(/^text\/csv/);
      expect(file.fromShadowRoot).to.equal(true);
      expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(file.text);
      expect(rows[0]).to.deep.equal(['Number', 'Theme', 'Measure set', 'Title', 'Status', 'Reported', 'Responsible', 'Indicators']);
      expect(rows).to.have.length(1 + 8);
      expect(rows.slice(1).map((r) => r[0])).to.deep.equal(shownIds(el));
      const row = rows.find((r) => r[0] === '1.3')!;
      expect(row.slice(1, 7)).to.deep.equal([
        'Helsinki is a city of a skilled workforce',
        'The employment service measures intended for people with a foreign background',
        'Multilingual career guidance at Ohjaamo',
        'Achieved',
        '2020-06-30',
        'Youth Employment Services, Ohjaamo',
      ]);
      expect(rows.every((r) => r.length === 8)).to.equal(true);

      await search(el, 'ohjaamo');
      const narrower = parseCsv((await download(el, 'Download as CSV')).text);
      expect(narrower.slice(1).map((r) => r[0])).to.deep.equal(['1.3']);
    });

    it('downloads the current selection as JSON with its filters', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      await choose(el, 'status', 'in-progress');
      const file = await download(el, 'Download as JSON');
      expect(file.name).to.equal('measures-en.json');
      expect(file.type).to.match(/^application\/json/);
      const data = JSON.parse(file.text) as {
        programme: string;
        language: string;
        example: boolean;
        filters: Record<string, string>;
        measures: { id: string; status: { value: string } }[];
      };
      expect(data.programme).to.equal('A City for Everyone');
      expect(data.language).to.equal('en');
      expect(data.example).to.equal(true);
      expect(data.filters).to.deep.equal({ theme: '', set: '', responsible: '', status: 'in-progress', q: '' });
      expect(data.measures.map((m) => m.id)).to.deep.equal(['1.1', '8.3', '10.2']);
      expect(data.measures.every((m) => m.status.value === 'in-progress')).to.equal(true);
    });

    it('downloads in the interface language', async () => {
      await setPageLang('sv');
      const el = await list(html`<hki-measure-list url-state="off" measure-set="2"></hki-measure-list>`);
      const file = await download(el, 'Ladda ner som CSV');
      expect(file.name).to.equal('measures-sv.csv');
      const rows = parseCsv(file.text);
      expect(rows[0].slice(0, 6)).to.deep.equal(['Nummer', 'Tema', 'Åtgärdshelhet', 'Rubrik', 'Status', 'Rapporterad']);
      expect(rows).to.have.length(2);
      expect(rows[1][4]).to.equal('Inte rapporterad');
    });
  });

  describe('data from elsewhere', () => {
    it('renders hostile text from data as text, and defuses spreadsheet formulas in the CSV', async () => {
      const patch = JSON.stringify([
        ['/measures/0/title/en', '=HYPERLINK("http://evil.example","Click")'],
        ['/themes/0/title/en', '<img src=x onerror="window.__pwnedList=1">'],
      ]);
      const el = await list(
        html`<hki-measure-list url-state="off" src=${`/__test/package?patch=${encodeURIComponent(patch)}`}></hki-measure-list>`,
      );
      expect(count(el)).to.equal('64 measures found');
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(text(root(el).querySelector('[part="theme-title"]'))).to.equal('Theme 1: <img src=x onerror="window.__pwnedList=1">');
      expect(optionLabels(field(el, 'theme'))[1]).to.equal('1. <img src=x onerror="window.__pwnedList=1">');
      const rows = parseCsv((await download(el, 'Download as CSV')).text);
      expect(rows[1][0]).to.equal('1.1');
      expect(rows[1][1]).to.equal('<img src=x onerror="window.__pwnedList=1">');
      // A cell that a spreadsheet would run as a formula starts with an apostrophe.
      expect(rows[1][3]).to.equal(`'=HYPERLINK("http://evil.example","Click")`);
      expect((window as unknown as { __pwnedList?: number }).__pwnedList).to.equal(undefined);
    });
  });

  describe('loading and errors', () => {
    it('says it is loading while the data is on its way', async () => {
      const { errors } = await captureConsole(async () => {
        const el = await fixture<HkiMeasureList>(
          html`<hki-measure-list url-state="off" src="/__test/delay/2000?list-loading"></hki-measure-list>`,
        );
        const status = root(el).querySelector('[role="status"]')!;
        expect(text(status)).to.equal('Loading…');
        expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
        await expect(el).to.be.accessible();
        // The test server then answers with an empty object, which is not a programme package.
        await settled(el, () => Boolean(alert(el)), 'no error after the delay');
        expect(text(alert(el))).to.equal('The programme information could not be shown because it is not in the expected format.');
      });
      expect(errors.join('\n')).to.contain('/__test/delay/2000?list-loading');
    });

    it('shows a localized alert for data that cannot be loaded, and names the URL in the console', async () => {
      const { result: el, errors } = await captureConsole(() =>
        list(html`<hki-measure-list url-state="off" src="/__test/status/404"></hki-measure-list>`),
      );
      expect(alert(el)).to.not.equal(null);
      expect(text(alert(el))).to.equal('The programme information could not be loaded. Please try again later.');
      expect(root(el).querySelector('[part="filters"]')).to.equal(null);
      expect(errors.join('\n')).to.match(
        /\[hki-measure-list\] could not use the programme data from http:\/\/[^ ]+\/__test\/status\/404: the server answered HTTP 404/,
      );
      await expect(el).to.be.accessible();
    });

    it('shows the alert in Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const { result: el } = await captureConsole(() =>
        list(html`<hki-measure-list url-state="off" src="/__test/status/404"></hki-measure-list>`),
      );
      expect(text(alert(el))).to.equal('Ohjelman tietoja ei voitu ladata. Yritä myöhemmin uudelleen.');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fi');
    });
  });

  describe('keyboard', () => {
    it('reaches the search field, the filters and the buttons with Tab, in reading order', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div><button type="button">Before</button><hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list></div>`,
      );
      const el = wrapper.querySelector('hki-measure-list')!;
      await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="count"]')));
      must(wrapper, 'button').focus();
      const expected: [string, () => Element][] = [
        ['search field', () => searchField(el)],
        ['theme', () => field(el, 'theme')],
        ['measure set', () => field(el, 'set')],
        ['responsible', () => field(el, 'responsible')],
        ['status', () => field(el, 'status')],
        ['Clear filters', () => buttonNamed(el, 'Clear filters')],
        ['Download as CSV', () => buttonNamed(el, 'Download as CSV')],
        ['Download as JSON', () => buttonNamed(el, 'Download as JSON')],
      ];
      for (const [name, target] of expected) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement, name).to.equal(el);
        expect(root(el).activeElement, name).to.equal(target());
      }
      // Then to the first row's "Show details" button.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(toggleOf(rowOf(el, '1.1')));
      // And back again.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root(el).activeElement).to.equal(buttonNamed(el, 'Download as JSON'));
    });
  });

  describe('languages and layout', () => {
    it('speaks Swedish on a Swedish page', async () => {
      await setPageLang('sv');
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('sv');
      expect(count(el)).to.equal('64 åtgärder hittades');
      expect(labelOf(el, 'q')).to.equal('Sök åtgärder');
      expect(optionLabels(field(el, 'theme'))[0]).to.equal('Alla teman');
      expect(optionLabels(field(el, 'theme'))[1]).to.equal('1. Helsingfors är den kunniga arbetskraftens stad');
      expect(text(root(el).querySelector('[part="theme-title"]'))).to.equal('Tema 1: Helsingfors är den kunniga arbetskraftens stad');
      expect(buttonNamed(el, 'Rensa filtren')).to.not.equal(undefined);
      await search(el, '4.12');
      expect(count(el)).to.equal('1 åtgärd hittades');
      await expect(el).to.be.accessible();
    });

    it('shows Finnish data on a Finnish page', async () => {
      await setPageLang('fi');
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fi');
      expect(count(el)).to.equal('64 toimenpidettä löytyi');
      expect(labelOf(el, 'q')).to.equal('Hae toimenpiteitä');
      expect(optionLabels(field(el, 'theme'))[1]).to.equal('1. Helsinki on osaavan työvoiman kaupunki');
      expect(text(root(el).querySelector('[part="theme-title"]'))).to.contain('Helsinki on osaavan työvoiman kaupunki');
      await search(el, '4.12');
      expect(count(el)).to.equal('1 toimenpide löytyi');
      await expect(el).to.be.accessible();
    });

    it('follows a change of <html lang> live', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await choose(el, 'theme', 'learning');
      await setPageLang('sv');
      await settled(el, () => count(el) === '28 åtgärder hittades', 'did not switch to Swedish');
      expect(field(el, 'theme').value).to.equal('learning');
      expect(optionLabels(field(el, 'theme'))[2]).to.equal('2. Helsingfors är världens mest effektiva inlärningsmiljö');
    });

    it('falls back to English on a page in another language, marked with lang="en"', async () => {
      await setPageLang('ar', 'rtl');
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await settled(el, () => count(el) === '64 measures found');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(labelOf(el, 'q')).to.equal('Search measures');
      expect(text(root(el).querySelector('[part="theme-title"]'))).to.equal('Theme 1: Helsinki is a city of a skilled workforce');
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 CSS pixels without sideways scrolling', async () => {
      const el = await list(html`<hki-measure-list url-state="off" src=${exampleUrl}></hki-measure-list>`);
      try {
        expect(await scrollsSideways(320)).to.equal(false);
        for (const id of ['q', 'theme', 'set', 'responsible', 'status']) {
          expect(field(el, id).getBoundingClientRect().right, id).to.be.at.most(320);
        }
        await search(el, 'zzzz');
        expect(await scrollsSideways(320)).to.equal(false);
      } finally {
        await scrollsSideways(800);
      }
    });
  });

  describe('robustness', () => {
    it('ignores a measure set outside the chosen theme (an old link, or contradicting presets)', async () => {
      const el = await list(html`<hki-measure-list url-state="off" theme="learning" measure-set="7"></hki-measure-list>`);
      expect(count(el)).to.equal('28 measures found');
      expect(field(el, 'set').value).to.equal('');
    });

    it("keeps the resident's filters when the list is moved elsewhere on the page", async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await choose(el, 'theme', 'open-city');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(count(el)).to.equal('14 measures found');
    });

    it('keeps the search text when a preset changes', async () => {
      const el = await list(html`<hki-measure-list url-state="off"></hki-measure-list>`);
      await search(el, 'library');
      el.theme = 'open-city';
      await el.updateComplete;
      expect(searchField(el).value).to.equal('library');
      expect(field(el, 'theme').value).to.equal('open-city');
    });

    it('reflows at 320 CSS pixels with text at 200 %', async () => {
      const el = await list(html`<hki-measure-list url-state="off" theme="learning"></hki-measure-list>`);
      document.documentElement.style.fontSize = '200%';
      try {
        expect(parseFloat(getComputedStyle(searchField(el)).fontSize)).to.equal(32);
        expect(await scrollsSideways(320)).to.equal(false);
        for (const id of ['q', 'theme', 'set']) expect(field(el, id).getBoundingClientRect().right, id).to.be.at.most(320);
      } finally {
        document.documentElement.style.fontSize = '';
        await scrollsSideways(800);
      }
    });
  });
});
