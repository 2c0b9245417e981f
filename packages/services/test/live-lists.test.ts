// The finder against the city's live lists, end to end through the local mock of the Service Map v2
// and TPR v4 (test/mocks/servicemap.mjs): lists read page by page with a progress message, the
// max-services limit, a `next` that loops, a page that fails, bad units, a response over the size
// limit, and server search (`search="server"`). Every unit is synthetic (made up by the mock).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearDataCache, formatNumber } from '@hki-widgets/core';
import '@hki-widgets/services/service-finder/define.js';
import type { HkiServiceFinder } from '@hki-widgets/services/service-finder.js';
import { captureConsole, must, setPageLang } from '../../../test/helpers.js';

interface Logged {
  path: string;
  params: Record<string, string>;
  knobs: string[];
}

const MOCK = '/__mock/servicemap';
/** A number as the finder shows it (Finnish style, 2 000), with its space read as the text helper reads it. */
const num = (n: number) => formatNumber(n).replace(/\s+/g, ' ');

async function requests(): Promise<Logged[]> {
  return ((await (await fetch(`${MOCK}/log`)).json()) as { requests: Logged[] }).requests;
}
const searches = async () => (await requests()).filter((r) => r.path.endsWith('/search/'));

const root = (el: HkiServiceFinder) => el.shadowRoot!;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const count = (el: HkiServiceFinder) => text(root(el).querySelector('[part="count"]'));
const note = (el: HkiServiceFinder) => text(root(el).querySelector('[part="list-note"]'));
const alertText = (el: HkiServiceFinder) => text(root(el).querySelector('[role="alert"]'));
const shown = (el: HkiServiceFinder) => [...root(el).querySelectorAll('[part="results"] > li > article [part="service-name"]')].map(text);
const moreButton = (el: HkiServiceFinder) => root(el).querySelector<HTMLButtonElement>('[part="more"]');

/** Waits until the finder shows what `ready` looks for, saying on timeout what it shows. */
async function until(el: HkiServiceFinder, ready: () => boolean, what: string): Promise<void> {
  try {
    await waitUntil(ready, what, { timeout: 8000 });
  } catch (error) {
    throw new Error(`${(error as Error).message}; it shows "${text(root(el)).slice(0, 300)}"`);
  }
  await el.updateComplete;
}

/** A finder, once it shows its count or an alert. */
async function finder(markup: ReturnType<typeof html>): Promise<HkiServiceFinder> {
  const el = await fixture<HkiServiceFinder>(markup);
  await until(el, () => Boolean(root(el).querySelector('[part="count"], [role="alert"]')), 'the finder showed no count or alert');
  return el;
}

/** Every text the finder's loading status showed while `run` ran (watched on each change of its shadow tree). */
async function statusTexts<T>(el: () => HkiServiceFinder | undefined, run: () => Promise<T>): Promise<{ result: T; seen: string[] }> {
  const seen: string[] = [];
  let observer: MutationObserver | undefined;
  const look = () => {
    const status = el()?.shadowRoot?.querySelector('.hki-status[role="status"]');
    const t = text(status);
    if (t && seen.at(-1) !== t) seen.push(t);
  };
  const attach = () => {
    const shadow = el()?.shadowRoot;
    if (!shadow || observer) return;
    observer = new MutationObserver(look);
    observer.observe(shadow, { childList: true, subtree: true, characterData: true });
    look();
  };
  const timer = setInterval(attach, 0);
  try {
    const result = await run();
    return { result, seen };
  } finally {
    clearInterval(timer);
    observer?.disconnect();
  }
}

/** Types into the search field by keyboard, as a resident does. */
async function typeQuery(el: HkiServiceFinder, words: string): Promise<void> {
  must<HTMLInputElement>(root(el), '#q').focus();
  await sendKeys({ type: words });
}

describe('live lists and server search (mock Service Map v2 / TPR v4)', () => {
  beforeEach(async () => {
    clearDataCache();
    await fetch(`${MOCK}/reset`);
    await setPageLang('en');
  });
  after(() => setPageLang('en'));

  describe('a list read page by page', () => {
    it('follows next page by page, with a progress message every finder sharing the load sees, one request per page', async () => {
      const src = `${MOCK}/units-45,slow-200/v2/unit/?page_size=20`;
      let first: HkiServiceFinder | undefined;
      const { result: el, seen } = await statusTexts(
        () => first,
        async () => {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div>
              <hki-service-finder url-state="off" format="servicemap" src=${src}></hki-service-finder>
              <hki-service-finder url-state="off" format="servicemap" src=${src}></hki-service-finder>
            </div>`,
          );
          const [a, b] = [...wrapper.querySelectorAll<HkiServiceFinder>('hki-service-finder')];
          first = a;
          await until(a, () => count(a) === '45 services found', 'the whole list was not shown');
          await until(b, () => count(b) === '45 services found', 'the second finder did not show the whole list');
          return a;
        },
      );
      expect(seen).to.include(`Loading services… 20 of 45`);
      expect(seen).to.include(`Loading services… 40 of 45`);
      const pages = (await requests()).map((r) => r.params.page ?? '1');
      expect(pages, 'one request per page, shared by both finders').to.deep.equal(['1', '2', '3']);
      expect(shown(el)).to.have.length(20);
      expect(note(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('passes axe while it shows the progress message', async () => {
      const el = await fixture<HkiServiceFinder>(
        html`<hki-service-finder
          url-state="off"
          format="servicemap"
          src=${`${MOCK}/units-45,slow-400/v2/unit/?page_size=20`}
        ></hki-service-finder>`,
      );
      await until(el, () => /^Loading services… 20 of 45$/.test(text(root(el).querySelector('.hki-status'))), 'no progress shown');
      await expect(el).to.be.accessible();
      await until(el, () => count(el) === '45 services found', 'the list was not shown');
    });

    it('asks a Service Map list for 500 units a page when its address names no page size', async () => {
      const el = await finder(
        html`<hki-service-finder url-state="off" format="servicemap" src=${`${MOCK}/units-45/v2/unit/`}></hki-service-finder>`,
      );
      expect(count(el)).to.equal('45 services found');
      const log = await requests();
      expect(log.map((r) => r.params.page_size)).to.deep.equal(['500']);
    });

    it('stops at max-services and says so plainly; the console says how to narrow the list', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        finder(
          html`<hki-service-finder
            url-state="off"
            format="servicemap"
            max-services="30"
            src=${`${MOCK}/units-45/v2/unit/?page_size=20`}
          ></hki-service-finder>`,
        ),
      );
      expect(count(el)).to.equal('30 services found');
      expect(note(el)).to.equal(`Only the first 30 of 45 services are included in this search.`);
      expect((await requests()).length, 'page 3 is not asked for').to.equal(2);
      const hint = warnings.filter((w) => w.includes('max-services'));
      expect(hint, warnings.join('\n')).to.have.length(1);
      expect(hint[0]).to.contain('45 units').and.contain('only the first 30').and.contain('search="server"');
      await expect(el).to.be.accessible();
    });

    it('the default limit is 2,000 units, shown in Finnish number format', async () => {
      const el = await finder(
        html`<hki-service-finder url-state="off" format="servicemap" src=${`${MOCK}/units-2100/v2/unit/`}></hki-service-finder>`,
      );
      expect(count(el)).to.equal(`${num(2000)} services found`);
      expect(note(el)).to.equal(`Only the first ${num(2000)} of ${num(2100)} services are included in this search.`);
      expect((await requests()).map((r) => r.params.page ?? '1')).to.deep.equal(['1', '2', '3', '4']);
    });

    it('stops a next that loops back to a page read already, keeps what was read, and warns once', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        finder(
          html`<hki-service-finder
            url-state="off"
            format="servicemap"
            src=${`${MOCK}/units-45,loop,relative/v2/unit/?page_size=20`}
          ></hki-service-finder>`,
        ),
      );
      expect(count(el)).to.equal('45 services found');
      expect(
        (await requests()).map((r) => r.params.page ?? '1'),
        'relative next followed, page 1 not read again',
      ).to.deep.equal(['1', '2', '3']);
      const loops = warnings.filter((w) => w.includes('read already'));
      expect(loops, warnings.join('\n')).to.have.length(1);
      expect(note(el)).to.equal('');
    });

    it('a 500 on page 2 keeps page 1 with a plain note; the console names the page and the status', async () => {
      const src = `${MOCK}/units-45,fail-page-2/v2/unit/?page_size=20`;
      const {
        result: el,
        warnings,
        errors,
      } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="servicemap" src=${src}></hki-service-finder>`),
      );
      expect(count(el)).to.equal('20 services found');
      expect(note(el)).to.equal('Only part of the list could be loaded: 20 services are included. Please try again later.');
      expect(errors).to.deep.equal([]);
      const page = warnings.filter((w) => w.includes('HTTP 500'));
      expect(page, warnings.join('\n')).to.have.length(1);
      expect(page[0]).to.contain('page 2').and.contain('page=2');
      await expect(el).to.be.accessible();
    });

    it('a 500 on the first page is an error, said plainly', async () => {
      const { result: el, errors } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="servicemap" src=${`${MOCK}/status-500/v2/unit/`}></hki-service-finder>`),
      );
      expect(alertText(el)).to.equal('The service information could not be loaded. Please try again later.');
      expect(errors.join('\n')).to.contain('HTTP 500');
      await expect(el).to.be.accessible();
    });

    it('counts bad units and dropped links in one console message; HTML is text, a javascript: link is no link', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="servicemap" src=${`${MOCK}/units-10,bad/v2/unit/`}></hki-service-finder>`),
      );
      // 10 units, of which a malformed entry and a unit without a name are left out.
      expect(count(el)).to.equal('8 services found');
      const lines = warnings.filter((w) => w.includes('could not be read'));
      expect(lines, warnings.join('\n')).to.have.length(1);
      expect(lines[0])
        .to.contain('2 unit(s) could not be read')
        .and.match(/\d+ link\(s\)/);
      const shadow = root(el);
      expect(shadow.querySelector('script, img[onerror], b')).to.equal(null);
      expect(shadow.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(text(shadow)).to.not.contain('Hostile link');
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      const names = shown(el);
      expect(names).to.include('HTML description (synthetic)').and.include('Javascript link (synthetic)');
      await expect(el).to.be.accessible();
    });

    it("follows relative next addresses between static files (the stories' fixtures/paging/) up to max-services", async () => {
      const src = new URL('./fixtures/paging/servicemap-page-1.json', import.meta.url).href;
      const { result: el } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="servicemap" max-services="8" src=${src}></hki-service-finder>`),
      );
      expect(count(el)).to.equal('8 services found');
      expect(note(el)).to.equal(`Only the first 8 of ${num(9870)} services are included in this search.`);
      await expect(el).to.be.accessible();
    });

    it('reads a TPR v4 list (a plain array) in one request', async () => {
      const el = await finder(
        html`<hki-service-finder url-state="off" format="tpr" src="/__mock/tpr/units-7/v4/unit/"></hki-service-finder>`,
      );
      expect(count(el)).to.equal('7 services found');
      expect(shown(el)).to.include('Library Testimäki 1 (synthetic)');
    });

    it('refuses a response over the size limit as too large; the console names search="server"', async () => {
      const { result: el, errors } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="servicemap" src="/__test/big"></hki-service-finder>`),
      );
      expect(alertText(el)).to.equal('The service information could not be shown because the file is too large.');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('/__test/big').and.contain('the limit is 5242880').and.contain('search="server"');
      await expect(el).to.be.accessible();
    });
  });

  describe('search="server"', () => {
    const base = (knobs = 'units-300') => `${MOCK}/${knobs}/v2/`;

    it('asks the resident to type, and sends nothing, while the field is empty', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" search="server" src=${base()}></hki-service-finder>`);
      expect(count(el)).to.equal("Type what you are looking for to search all the city's services.");
      expect(await searches()).to.deep.equal([]);
      expect(root(el).querySelector('[part="results"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('sends the typed words after a pause in typing, in the page language and page size; the field keeps focus', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" search="server" page-size="10" src=${base()}></hki-service-finder>`);
      await typeQuery(el, 'swimming');
      await until(el, () => count(el) === '30 services found', 'the server results were not shown');
      const sent = await searches();
      expect(sent.length, `one request per pause, not per key: ${sent.map((r) => r.params.q).join(', ')}`).to.be.below(8);
      expect(sent.at(-1)!.params).to.include({ q: 'swimming', type: 'unit', language: 'en', page_size: '10' });
      expect(shown(el)).to.have.length(10);
      expect(shown(el).every((n) => n.startsWith('Swimming hall '))).to.equal(true);
      expect(root(el).activeElement?.id, 'focus stays in the search field').to.equal('q');
      expect(root(el).querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('searches in Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const el = await finder(html`<hki-service-finder url-state="off" search="server" src=${base()}></hki-service-finder>`);
      await typeQuery(el, 'uimahalli');
      await until(el, () => shown(el).length === 20, 'the server results were not shown');
      expect((await searches()).at(-1)!.params).to.include({ q: 'uimahalli', language: 'fi' });
      expect(shown(el)[0]).to.match(/^Uimahalli /);
    });

    it('a second query cancels the request of the first', async () => {
      const signals: { url: string; signal?: AbortSignal | null }[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        signals.push({ url: String(input), signal: init?.signal });
        return original(input, init);
      };
      try {
        const el = await finder(
          html`<hki-service-finder url-state="off" search="server" src=${base('units-300,slow-1500')}></hki-service-finder>`,
        );
        await typeQuery(el, 'library');
        await waitUntil(async () => (await searches()).some((r) => r.params.q === 'library'), 'the first query was not sent', {
          timeout: 5000,
        });
        await typeQuery(el, ' testimäki');
        await until(el, () => count(el) === '5 services found', 'the second query was not answered');
        const first = signals.find((s) => s.url.includes('q=library&'));
        expect(first, signals.map((s) => s.url).join('\n')).to.not.equal(undefined);
        expect(first!.signal?.aborted, 'the first request was cancelled').to.equal(true);
        expect(shown(el).every((n) => n.startsWith('Library Testimäki'))).to.equal(true);
      } finally {
        window.fetch = original;
      }
    });

    it('"Show more" asks the server for the next page and moves focus to the first new result', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" search="server" src=${base()}></hki-service-finder>`);
      await typeQuery(el, 'swimming');
      await until(el, () => shown(el).length === 20, 'the first page was not shown');
      const more = moreButton(el)!;
      expect(text(more)).to.equal('Show more (10 more)');
      more.click();
      await until(el, () => shown(el).length === 30, 'the next page was not shown');
      expect((await searches()).at(-1)!.params).to.include({ q: 'swimming', page: '2' });
      expect(moreButton(el)).to.equal(null);
      await until(
        el,
        () => root(el).activeElement === root(el).querySelectorAll('[part="results"] > li > article')[20],
        'focus did not move',
      );
      await expect(el).to.be.accessible();
    });

    it('sends only the words: the other filters apply to the results shown, and the count says so', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" search="server" src=${base()}></hki-service-finder>`);
      await typeQuery(el, 'swimming');
      await until(el, () => count(el) === '30 services found', 'the server results were not shown');
      const before = (await searches()).length;
      must<HTMLInputElement>(root(el), '#free').click();
      await el.updateComplete;
      expect(count(el)).to.equal('30 services found by the Service Map; 0 of the 20 shown match your other filters');
      expect((await searches()).length, 'no request for a filter the server does not know').to.equal(before);
      must<HTMLInputElement>(root(el), '#free').click();
      await el.updateComplete;
      expect(count(el)).to.equal('30 services found');
      await expect(el).to.be.accessible();
    });

    it('counts units it cannot read in one console message per answer', async () => {
      const { result: el, warnings } = await captureConsole(async () => {
        const finderEl = await finder(
          html`<hki-service-finder url-state="off" search="server" src=${base('units-10,bad')}></hki-service-finder>`,
        );
        await typeQuery(finderEl, 'esimerkkikatu');
        await until(finderEl, () => count(finderEl) === '9 services found', 'the server results were not shown');
        return finderEl;
      });
      expect(shown(el)).to.have.length(8);
      const lines = warnings.filter((w) => w.includes('could not be read'));
      expect(lines, warnings.join('\n')).to.have.length(1);
      expect(lines[0])
        .to.contain('1 unit(s)')
        .and.contain('esimerkkikatu')
        .and.match(/\d+ link\(s\)/);
    });

    it('says when the server fails, keeps the form and the focus', async () => {
      const { result: el, errors } = await captureConsole(async () => {
        const finderEl = await finder(
          html`<hki-service-finder url-state="off" search="server" src=${base('status-500')}></hki-service-finder>`,
        );
        await typeQuery(finderEl, 'pool');
        await until(finderEl, () => alertText(finderEl) !== '', 'no alert');
        return finderEl;
      });
      expect(alertText(el)).to.equal('The service information could not be loaded. Please try again later.');
      expect(errors.join('\n')).to.contain('HTTP 500').and.contain('search/?q=pool');
      expect(root(el).activeElement?.id).to.equal('q');
      await expect(el).to.be.accessible();
    });

    it('leaves characters the Service Map refuses out of the query', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" search="server" src=${base()}></hki-service-finder>`);
      await typeQuery(el, 'swimming (hall)?');
      await until(el, () => count(el) === '30 services found', 'the server results were not shown');
      expect((await searches()).at(-1)!.params.q).to.equal('swimming hall');
    });

    for (const [what, attributes, problem] of [
      ['a wrong value of search', { search: 'everywhere', src: '/__mock/servicemap/v2/' }, 'search="everywhere" is not a known value'],
      ['a src that is no /v2/ base address', { search: 'server', src: '/__mock/servicemap/v2/unit/' }, 'ending in /v2/'],
    ] as const) {
      it(`${what}: a plain message, one precise console error, no request`, async () => {
        const { result: el, errors } = await captureConsole(() =>
          finder(html`<hki-service-finder url-state="off" search=${attributes.search} src=${attributes.src}></hki-service-finder>`),
        );
        expect(alertText(el)).to.equal('The service search is not set up correctly, so it cannot be used.');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(problem);
        expect(await requests()).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });
});
