import { expect, fixture, html } from '@open-wc/testing';
import '@hki-widgets/services/service-card/define.js';
import type { HkiServiceCard } from '@hki-widgets/services/service-card.js';
import { captureConsole, itDefinesItsTag, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

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

/** The synthetic Service Map fixture (made-up units; see fixtures/README.md). */
const servicemapUrl = new URL('./fixtures/servicemap-units.json', import.meta.url).href;

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
      // Facts the data does not have are said to be unknown, never guessed.
      expect(fact(el, 'Languages')).to.equal('not known');
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
      expect(fact(el, 'How')).to.equal('not known');
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
      expect(fact(el, 'Språk')).to.equal('inte känt');
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
