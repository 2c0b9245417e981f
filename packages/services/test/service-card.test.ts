import { expect, fixture, html } from '@open-wc/testing';
import '@hki-widgets/services/service-card/define.js';
import type { HkiServiceCard } from '@hki-widgets/services/service-card.js';
import { captureConsole, itDefinesItsTag, must, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

const $ = <T extends Element = HTMLElement>(el: HkiServiceCard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const alertText = (el: HkiServiceCard) => text($(el, '[role="alert"]'));
/** The description list's value for a term ("Languages", "How"…). */
const fact = (el: HkiServiceCard, term: string) =>
  text([...el.shadowRoot!.querySelectorAll('dt')].find((dt) => text(dt) === term)?.nextElementSibling);

async function card(markup: ReturnType<typeof html>): Promise<HkiServiceCard> {
  const el = await fixture<HkiServiceCard>(markup);
  await settled(el, () => Boolean($(el, 'article, [role="alert"]')));
  return el;
}

/** The synthetic Service Map fixture (made-up units; no recorded Service Map v2 unit exists, see fixtures/README.md). */
const servicemapUrl = new URL('./fixtures/servicemap-units.json', import.meta.url).href;
/** The recorded TPR v4 units 41102 (Yrjönkatu swimming hall) and 42284 as one list (fixtures/README.md, "Derived"). */
const recordedUrl = new URL('./fixtures/derived/tpr-units-41102-42284.json', import.meta.url).href;
/** Synthetic bad input: HTML in a description, javascript: links, a unit without a name. */
const hostileUrl = new URL('./fixtures/synthetic/tpr-hostile-units.json', import.meta.url).href;
/** The terms of the card's facts ("Address", "How"…). */
const terms = (el: HkiServiceCard) => [...el.shadowRoot!.querySelectorAll('dt')].map(text);
const links = (el: HkiServiceCard, selector = 'a') => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(selector)];

interface RecordedUnit {
  connections: Record<string, string | undefined>[];
  accessibility_sentences: unknown[];
}
let recordedUnits: Promise<RecordedUnit[]> | undefined;
/** The two recorded units as the register gives them. */
const recorded = () => (recordedUnits ??= fetch(recordedUrl).then((r) => r.json() as Promise<RecordedUnit[]>));
/** The LINK connections of the Yrjönkatu swimming hall (unit 41102). */
const yrjonkatuLinks = async () => (await recorded())[0].connections.filter((c) => c.section_type === 'LINK');

const yrjonkatu = () =>
  captureConsole(() => card(html`<hki-service-card format="tpr" src=${recordedUrl} service="tpr-41102"></hki-service-card>`));

describe('<hki-service-card>', () => {
  beforeEach(() => setPageLang('en'));
  after(() => setPageLang('en'));

  itDefinesItsTag('hki-service-card');

  describe('a bundled service', () => {
    it('shows the service by its id, with a level 3 heading naming the card', async () => {
      const el = await card(html`<hki-service-card service="international-house-helsinki"></hki-service-card>`);
      const heading = $(el, '[part="service-name"]')!;
      expect(heading.tagName).to.equal('H3');
      expect(text(heading)).to.equal('International House Helsinki (IHH)');
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text($(el, '.summary'))).to.contain('You can get advice there when you have moved to Finland.');
      // A fact the data does not have leaves out its row (issue 13: no label without content);
      // only the opening hours say they are not known.
      expect(terms(el)).to.not.include('Languages');
      expect(text($(el, '.hours'))).to.equal('Opening hours: not known');
      expect(fact(el, 'How')).to.equal('In person');
      expect(fact(el, 'Topics')).to.equal('Settling in, Work');
      expect($(el, 'a')).to.equal(null);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('lists the languages a service is given in, each named in its own language', async () => {
      const el = await card(html`<hki-service-card service="skill-center-career-training"></hki-service-card>`);
      expect(text($(el, '[part="service-name"]'))).to.equal('Career training at Helsinki Skill Center');
      const languages = [...el.shadowRoot!.querySelectorAll('dt')].find((dt) => text(dt) === 'Languages')!.nextElementSibling!;
      expect(text(languages.querySelector('[lang="ar"]'))).to.equal('العربية');
      expect(text(languages.querySelector('[lang="fa"]'))).to.equal('فارسی');
      expect([...languages.querySelectorAll('li')].map(text)).to.include.members([
        'Suomi (Finnish)',
        'English',
        'العربية (Arabic)',
        'Soomaali (Somali)',
        'Srpskohrvatski (Serbo-Croatian)',
      ]);
      // The data does not say how the service is given: no "How" row (issue 13: no label without content).
      expect(terms(el)).to.not.include('How');
    });

    it('passes axe with a service whose languages include Serbo-Croatian', async () => {
      const el = await card(html`<hki-service-card service="skill-center-career-training"></hki-service-card>`);
      await expect(el).to.be.accessible();
    });

    it('takes its heading level from heading-level, within h1–h6', async () => {
      const el = await card(html`<hki-service-card service="international-house-helsinki" heading-level="2"></hki-service-card>`);
      expect($(el, '[part="service-name"]')!.tagName).to.equal('H2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, '[part="service-name"]')!.tagName).to.equal('H6');
      el.headingLevel = 0;
      await el.updateComplete;
      expect($(el, '[part="service-name"]')!.tagName).to.equal('H3');
    });

    it('follows a change of service', async () => {
      const el = await card(html`<hki-service-card service="international-house-helsinki"></hki-service-card>`);
      el.service = 'ihh-kela';
      await el.updateComplete;
      expect(text($(el, '[part="service-name"]'))).to.equal('Kela at International House Helsinki');
    });
  });

  describe('a service that is not there', () => {
    it('says which service was not found, and names it in the console', async () => {
      const { result: el, errors } = await captureConsole(() =>
        card(html`<hki-service-card service="no-such-service"></hki-service-card>`),
      );
      expect(alertText(el)).to.equal('Service no-such-service was not found.');
      expect($(el, 'article')).to.equal(null);
      expect(errors.join('\n')).to.contain('[hki-service-card] no service "no-such-service"');
      await expect(el).to.be.accessible();
    });

    it('says no service was chosen when the attribute is missing', async () => {
      const { result: el } = await captureConsole(() => card(html`<hki-service-card></hki-service-card>`));
      expect(alertText(el)).to.equal('No service was chosen for this card.');
      await expect(el).to.be.accessible();
    });

    it('renders a hostile id as text', async () => {
      const hostile = '<img src=x onerror="window.__pwnedCard=1">';
      const { result: el } = await captureConsole(() => card(html`<hki-service-card service=${hostile}></hki-service-card>`));
      expect(alertText(el)).to.equal('Service <img src=x onerror="window.__pwnedCard=1"> was not found.');
      expect($(el, 'img')).to.equal(null);
      expect((window as unknown as { __pwnedCard?: number }).__pwnedCard).to.equal(undefined);
    });
  });

  describe('data from elsewhere', () => {
    it('shows a localized alert when its src cannot be loaded, and names the URL in the console', async () => {
      const { result: el, errors } = await captureConsole(() =>
        card(html`<hki-service-card service="international-house-helsinki" src="/__test/status/500?card-en"></hki-service-card>`),
      );
      expect(alertText(el)).to.equal('The service information could not be loaded. Please try again later.');
      expect(errors.join('\n')).to.match(
        /\[hki-service-card\] could not use the services from http:\/\/[^ ]+\/__test\/status\/500\?card-en: the server answered HTTP 500/,
      );
      await expect(el).to.be.accessible();
    });

    it('says it is loading while the data is on its way', async () => {
      const { result: el } = await captureConsole(async () => {
        const loading = await fixture<HkiServiceCard>(
          html`<hki-service-card service="x" src="/__test/delay/1500?card-loading"></hki-service-card>`,
        );
        expect(text($(loading, '[role="status"]'))).to.equal('Loading…');
        await expect(loading).to.be.accessible();
        await settled(loading, () => Boolean($(loading, '[role="alert"]')), 'no error after the delay');
        return loading;
      });
      // The test server answers {}, which is not a services package.
      expect(alertText(el)).to.equal('The service information could not be shown because it is not in the expected format.');
    });

    it('shows a unit from a Service Map unit list (format="servicemap"), with its address and contact links', async () => {
      const { result: el } = await captureConsole(() =>
        card(html`<hki-service-card format="servicemap" src=${servicemapUrl} service="servicemap-900001"></hki-service-card>`),
      );
      expect(text($(el, '[part="service-name"]'))).to.equal('Example unit A (synthetic)');
      expect(fact(el, 'Address')).to.contain('00100 Helsinki');
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(hrefs.length).to.be.greaterThan(0);
      expect(hrefs.every((h) => /^(tel:|mailto:|https:)/.test(h))).to.equal(true);
      expect(hrefs).to.include('mailto:unit-a@example.org');
      await expect(el).to.be.accessible();
    });
  });

  describe("a unit of the city's register (recorded TPR v4 unit 41102)", () => {
    it('on a Finnish page: hours as separate lines, only Finnish links named by their names, named phones, no empty label', async () => {
      await setPageLang('fi');
      const { result: el } = await yrjonkatu();
      expect(text($(el, '[part="service-name"]'))).to.equal('Yrjönkadun uimahalli');

      // Opening hours: each register entry a paragraph, its own line breaks kept.
      const lines = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.hours .hours-line')];
      expect(lines).to.have.length(3);
      expect(getComputedStyle(lines[0]).whiteSpace).to.equal('pre-wrap');
      expect(lines[0].textContent!.split('\n').slice(0, 3)).to.deep.equal([
        'Naiset (uintiaika 2 h):',
        '- ma',
        '     12.00-20.00 1. kerros',
      ]);
      const fontSize = parseFloat(getComputedStyle(lines[0]).fontSize);
      expect(lines[0].getBoundingClientRect().height, 'the first entry is not shown line by line').to.be.above(20 * fontSize);
      expect(text(lines[1])).to.equal('Sisäänpääsy päättyy 20, uintiaika 20.30, peseytymisaika 20.45. Alueelta poistuttava 21 mennessä.');

      // Links: one per connection, in Finnish, named by its name, never its bare address.
      const connections = await yrjonkatuLinks();
      const web = links(el, 'a[href^="http"]');
      expect(web).to.have.length(connections.length);
      expect(web).to.have.length(11);
      expect(web.map((a) => a.getAttribute('href'))).to.deep.equal(connections.map((c) => c.www_fi));
      expect(web.map(text)).to.deep.equal(connections.map((c) => c.name_fi));
      for (const a of web) {
        expect(text(a)).to.not.match(/https?:|www\./);
        expect(a.querySelector('[lang]'), text(a)).to.equal(null);
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }

      // Phones beside their names, as tel: links; the unit's own number is the cashier's.
      expect(links(el, 'a[href^="tel:"]').map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Kassa: +358 9 310 87401', 'tel:+358931087401'],
        ['Liikunnanohjaus: +358 9 310 87403', 'tel:+358931087403'],
        ['Tiimiesihenkilö: +358 9 310 24713', 'tel:+358931024713'],
      ]);

      // No label without content: the register gives neither topics nor languages.
      expect(terms(el)).to.deep.equal(['Osoite', 'Miten']);
      for (const dt of el.shadowRoot!.querySelectorAll('dt')) expect(text(dt.nextElementSibling), text(dt)).to.not.equal('');
      expect(text($(el, 'article'))).to.not.contain('ei tiedossa');

      // The picture, with the register's caption as its alt text.
      const img = $<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('alt')).to.equal('Historiallisen Yrjönkadun uimahallin uima-allas.');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.src).to.match(/^https:\/\/liikunta\.content\.api\.hel\.fi\//);
      expect(img.hasAttribute('lang')).to.equal(false);
      await expect(el).to.be.accessible();
      // A picture that cannot be loaded (offline, or the site's img-src does not allow its host) leaves no broken-image box.
      img.dispatchEvent(new Event('error'));
      expect(img.checkVisibility()).to.equal(false);
    });

    it('keeps the accessibility sentences collapsed, grouped as the register groups them, with a count', async () => {
      const { result: el } = await yrjonkatu();
      const details = $<HTMLDetailsElement>(el, 'details.accessibility')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal('Accessibility (23 facts)');
      expect(details.querySelector('li')!.checkVisibility(), 'sentences shown while collapsed').to.equal(false);
      must(details, 'summary').click();
      expect(details.open).to.equal(true);
      expect(details.querySelector('li')!.checkVisibility()).to.equal(true);
      expect([...details.querySelectorAll('.group')].map(text)).to.deep.equal([
        'The route to the main entrance',
        'The main entrance',
        'In the facility',
        'Dressing room, shower room and sauna',
        'Sports facilities',
      ]);
      expect([...details.querySelectorAll('ul')].map((ul) => ul.querySelectorAll('li').length)).to.deep.equal([1, 4, 7, 8, 3]);
      expect(details.querySelectorAll('li')).to.have.length((await recorded())[0].accessibility_sentences.length);
      await expect(el).to.be.accessible();
    });

    it('on an English page: English links and names; a link the register has in Finnish only is marked lang="fi"', async () => {
      const { result: el } = await yrjonkatu();
      const connections = await yrjonkatuLinks();
      const web = links(el, 'a[href^="http"]');
      expect(web.map((a) => a.getAttribute('href'))).to.deep.equal(connections.map((c) => c.www_en ?? c.www_fi));
      expect(web.map(text)).to.deep.equal(connections.map((c) => c.name_en ?? c.name_fi));
      const finnish = web.filter((a) => a.querySelector('[lang]'));
      expect(finnish).to.have.length(1);
      expect(finnish[0].querySelector('[lang]')!.getAttribute('lang')).to.equal('fi');
      expect(text(finnish[0])).to.equal('Yrjönkadun uimahalliin luotu turvallisemman tilan periaatteet');
      expect(finnish[0].getAttribute('hreflang')).to.equal('fi');
      expect(text(links(el, 'a[href^="tel:"]')[0])).to.equal('Cashier: +358 9 310 87401');
      expect($<HTMLImageElement>(el, 'img')!.alt).to.equal('The pool of the historic Yrjönkatu swimming hall.');
      expect(text(el.shadowRoot!.querySelectorAll('.hours-line')[2])).to.equal(
        'The Yrjönkatu Swimming Hall will be closed for renovations at the turn of the year 2023.',
      );
      await expect(el).to.be.accessible();
    });

    it('marks an opening-hours line the data has in another language only with that language', async () => {
      const { result: el } = await captureConsole(() =>
        card(html`<hki-service-card format="tpr" src=${hostileUrl} service="tpr-900301"></hki-service-card>`),
      );
      const lines = [...el.shadowRoot!.querySelectorAll('.hours-line')];
      expect(lines.map((l) => [text(l), l.getAttribute('lang')])).to.deep.equal([
        ['Mon–Fri 9–16', null],
        ['Suljettu itsenäisyyspäivänä', 'fi'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('on a right-to-left page shows the unit in English, and passes axe', async () => {
      await setPageLang('ar', 'rtl');
      const { result: el } = await yrjonkatu();
      expect(text($(el, '[part="service-name"]'))).to.equal('Yrjönkatu swimming hall');
      expect(links(el, 'a[href^="http"]')).to.have.length(11);
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 CSS pixels without sideways scrolling, also with text at 200 %', async () => {
      await setPageLang('fi');
      const { result: el } = await yrjonkatu();
      try {
        expect(await scrollsSideways(320)).to.equal(false);
        expect($(el, 'img')!.getBoundingClientRect().right).to.be.at.most(320);
        document.documentElement.style.fontSize = '200%';
        expect(await scrollsSideways(320)).to.equal(false);
      } finally {
        document.documentElement.style.fontSize = '';
        await scrollsSideways(800);
      }
    });

    it('shows a link without a name as "Website" and its host, never its address', async () => {
      const { result: el } = await captureConsole(() =>
        card(html`<hki-service-card format="servicemap" src=${servicemapUrl} service="servicemap-900001"></hki-service-card>`),
      );
      const unnamed = links(el, 'a[href="https://example.org/en/unit-a"]');
      expect(unnamed.map(text)).to.deep.equal(['Website (example.org)']);
      // One link per connection, whatever the languages of its address.
      expect(links(el, 'a[href*="/unit-a/hours"]').map(text)).to.deep.equal(['Opening hours']);
      expect(links(el, 'a[href^="mailto:"]').map(text)).to.deep.equal(['Email: unit-a@example.org', 'Advice: advice@example.org']);
    });

    it('shows an HTML description as text, and leaves out javascript: links and a picture without a safe address', async () => {
      const { result: el } = await captureConsole(() =>
        card(html`<hki-service-card format="tpr" src=${hostileUrl} service="tpr-900301"></hki-service-card>`),
      );
      expect(text($(el, '.summary'))).to.equal('<img src=x onerror="window.__pwnedUnit=1"><b>Bold</b> description');
      expect($(el, 'img, b')).to.equal(null);
      expect((window as unknown as { __pwnedUnit?: number }).__pwnedUnit).to.equal(undefined);
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/en/safe']);
      expect(text($(el, 'article'))).to.not.contain('A dangerous link');
      await expect(el).to.be.accessible();
    });
  });

  describe('languages and layout', () => {
    it('speaks Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const el = await card(html`<hki-service-card service="skill-center-career-training"></hki-service-card>`);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('fi');
      expect(text($(el, '[part="service-name"]'))).to.equal('Työelämävalmennus Stadin osaamiskeskuksessa');
      expect(fact(el, 'Kielet')).to.contain('العربية (arabia)');
      expect(text($(el, '.hours'))).to.equal('Aukioloajat: ei tiedossa');
      const { result: missing } = await captureConsole(() => card(html`<hki-service-card service="no-such-service"></hki-service-card>`));
      expect(alertText(missing)).to.equal('Palvelua no-such-service ei löytynyt.');
      const { result: none } = await captureConsole(() => card(html`<hki-service-card></hki-service-card>`));
      expect(alertText(none)).to.equal('Tälle kortille ei ole valittu palvelua.');
      const { result: failed } = await captureConsole(() =>
        card(html`<hki-service-card service="ihh-kela" src="/__test/status/500?card-fi"></hki-service-card>`),
      );
      expect(alertText(failed)).to.equal('Palvelujen tietoja ei voitu ladata. Yritä myöhemmin uudelleen.');
      expect($(failed, '[part="base"]')!.getAttribute('lang')).to.equal('fi');
    });

    it('speaks Swedish on a Swedish page', async () => {
      await setPageLang('sv');
      const el = await card(html`<hki-service-card service="ihh-kela"></hki-service-card>`);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('sv');
      expect(text($(el, '[part="service-name"]'))).to.equal('FPA vid International House Helsinki');
      expect(terms(el)).to.not.include('Språk');
      expect(fact(el, 'Hur')).to.equal('På plats');
      expect(text($(el, '.hours'))).to.equal('Öppettider: inte känt');
      await expect(el).to.be.accessible();
      const { result: missing } = await captureConsole(() => card(html`<hki-service-card service="no-such-service"></hki-service-card>`));
      expect(alertText(missing)).to.equal('Tjänsten no-such-service hittades inte.');
      const { result: none } = await captureConsole(() => card(html`<hki-service-card></hki-service-card>`));
      expect(alertText(none)).to.equal('Ingen tjänst har valts för det här kortet.');
    });

    it('follows a change of <html lang> live', async () => {
      const el = await card(html`<hki-service-card service="ihh-kela"></hki-service-card>`);
      expect(text($(el, '[part="service-name"]'))).to.equal('Kela at International House Helsinki');
      await setPageLang('fi');
      await settled(el, () => text($(el, '[part="service-name"]')) === 'Kela International House Helsingissä', 'did not switch to Finnish');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('fi');
    });

    it('falls back to English on an Arabic page, marked lang="en"', async () => {
      await setPageLang('ar', 'rtl');
      const el = await card(html`<hki-service-card service="ihh-kela"></hki-service-card>`);
      await settled(el, () => text($(el, '[part="service-name"]')) === 'Kela at International House Helsinki');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 CSS pixels without sideways scrolling, also with text at 200 %', async () => {
      await card(html`<hki-service-card service="ihh-city-immigration-advice"></hki-service-card>`);
      try {
        expect(await scrollsSideways(320)).to.equal(false);
        document.documentElement.style.fontSize = '200%';
        expect(await scrollsSideways(320)).to.equal(false);
      } finally {
        document.documentElement.style.fontSize = '';
        await scrollsSideways(800);
      }
    });
  });
});
