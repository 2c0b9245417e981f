import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia as emulateMediaType, sendKeys } from '@web/test-runner-commands';
import '@hki-widgets/measures/measure-card/define.js';
import type { HkiMeasureCard } from '@hki-widgets/measures/measure-card.js';
import { captureConsole, chromiumOnly, emulateMedia, must, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

const exampleUrl = new URL('../../data/dist/examples/programme.example.json', import.meta.url).href;

const $ = <T extends Element = HTMLElement>(el: HkiMeasureCard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (el: HkiMeasureCard, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: HkiMeasureCard) => Boolean($(el, 'article, [role="alert"]'));

async function card(markup: ReturnType<typeof html>): Promise<HkiMeasureCard> {
  const el = await fixture<HkiMeasureCard>(markup);
  await settled(el, () => ready(el));
  return el;
}

const patched = (patch: [string, unknown][]) => `/__test/package?patch=${encodeURIComponent(JSON.stringify(patch))}`;

describe('<hki-measure-card>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setPageLang('en');
  });
  after(async () => {
    localStorage.clear();
    await setPageLang('en');
  });

  it('defines its tag', () => {
    expect(customElements.get('hki-measure-card')).to.be.a('function');
  });

  it("loads only its measure set's slice of the bundled data", async () => {
    await card(html`<hki-measure-card measure="9.3"></hki-measure-card>`);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((n) => n.includes('/slices/programme.en.set-9.js'))).to.equal(true);
    expect(loaded.some((n) => /\/dist\/programme\.en\.js/.test(n))).to.equal(false);
  });

  it('shows the number, title, theme, set, status, description, responsible bodies and indicators', async () => {
    const el = await card(html`<hki-measure-card measure="4.12"></hki-measure-card>`);
    expect(text(el, 'h3[part="title"]')).to.match(/^4\.12 \S/);
    expect(text(el, '.context')).to.contain('Theme 2:').and.contain('Measure set 4:');
    expect(text(el, '[part="status"]')).to.contain('Not reported');
    expect(text(el, '.text')).to.contain('digital communication tools (e.g. Wilma)');
    expect(text(el, '#responsible + ul')).to.equal('Education Division');
    expect(el.shadowRoot!.querySelectorAll('.indicator').length).to.be.greaterThan(0);
    expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal('title');
    await expect(el).to.be.accessible();
  });

  it('shows indicator targets and the best practice tied to the measure', async () => {
    const el = await card(html`<hki-measure-card measure="1.1"></hki-measure-card>`);
    const indicators = text(el, '.indicators');
    expect(indicators).to.contain('Target:').and.contain('1,000 new clients');
    const practice = $<HTMLDetailsElement>(el, 'details.practice')!;
    expect(practice.querySelector('summary')!.textContent).to.match(/career training/i);
    must(practice, 'summary').click();
    expect(practice.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sets its heading level from heading-level, within h1–h6', async () => {
    const el = await card(html`<hki-measure-card measure="2" heading-level="2"></hki-measure-card>`);
    expect($(el, 'h2[part="title"]')).to.not.equal(null);
    expect($(el, 'h3#responsible')).to.not.equal(null);
    el.headingLevel = 9;
    await el.updateComplete;
    expect($(el, 'h6[part="title"]')).to.not.equal(null);
    el.removeAttribute('heading-level');
    el.headingLevel = 3;
    await el.updateComplete;
    expect($(el, 'h3[part="title"]')).to.not.equal(null);
  });

  it('switches to the plain-language summary, says it is not reviewed, and fires hki-plain-change', async () => {
    const el = await card(html`<hki-measure-card measure="8.3"></hki-measure-card>`);
    const toggle = $(el, '[role="switch"]')!;
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Plain language');
    const full = text(el, '.text');
    setTimeout(() => toggle.click());
    const event = await oneEvent(el, 'hki-plain-change');
    expect(event.detail).to.deep.equal({ plain: true });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-checked')).to.equal('true');
    expect(text(el, '.text')).to.not.equal(full);
    expect(text(el, '.text')).to.contain('Sports facilities will get more signs in plain language.');
    expect(text(el, '.plain-note')).to.contain('Finnish Centre for Easy Language');
    await expect(el).to.be.accessible();
  });

  it('remembers the plain-language choice for every card on the page', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <hki-measure-card measure="8.3"></hki-measure-card>
        <hki-measure-card measure="8.1"></hki-measure-card>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('hki-measure-card')];
    await settled(first, () => ready(first));
    await settled(second, () => ready(second));
    expect(second.plain).to.equal(false);
    $(first, '[role="switch"]')!.click();
    await first.updateComplete;
    await second.updateComplete;
    expect($(second, '[role="switch"]')!.getAttribute('aria-checked')).to.equal('true');
    const later = await card(html`<hki-measure-card measure="5.1"></hki-measure-card>`);
    expect($(later, '[role="switch"]')!.getAttribute('aria-checked')).to.equal('true');
    expect(later.plain).to.equal(true);
  });

  it('compact: shows number, title and status, with the rest behind a disclosure', async () => {
    const el = await card(html`<hki-measure-card measure="3.2" variant="compact"></hki-measure-card>`);
    const body = $(el, '[part="body"]')!;
    const button = $(el, '.details-toggle')!;
    expect(getComputedStyle(body).display).to.equal('none');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('body');
    expect(button.textContent).to.contain('Show details').and.contain('3.2');
    expect(text(el, '[part="status"]')).to.contain('Not reported');
    await expect(el).to.be.accessible();
    button.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'hki-toggle');
    expect(event.detail).to.deep.equal({ open: true, measure: '3.2' });
    await el.updateComplete;
    expect(getComputedStyle(body).display).to.not.equal('none');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el, '[part="body"]')).to.contain('International House Helsinki');
    await expect(el).to.be.accessible();
  });

  const locales: [string, string, string, string][] = [
    ['fi', 'Vastuutahot', 'Ei raportoitu', 'Selkokieli'],
    ['sv', 'Ansvariga aktörer', 'Inte rapporterad', 'Lättläst'],
    ['en', 'Responsible', 'Not reported', 'Plain language'],
  ];
  for (const [lang, responsible, status, plain] of locales) {
    it(`speaks ${lang} on a page in ${lang}, texts and interface alike`, async () => {
      await setPageLang(lang);
      const el = await card(html`<hki-measure-card measure="10.2"></hki-measure-card>`);
      await settled(el, () => text(el, '#responsible') === responsible, `no ${lang} interface`);
      expect(text(el, '[part="status"]')).to.contain(status);
      expect(text(el, '[role="switch"]')).to.equal(plain);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(lang);
      expect($(el, '[part="title"] [lang]')).to.equal(null, 'no text should be a fallback');
      await expect(el).to.be.accessible();
    });
  }

  it('follows <html lang> live', async () => {
    const el = await card(html`<hki-measure-card measure="10.2"></hki-measure-card>`);
    const english = text(el, '[part="title"]');
    await setPageLang('fi');
    await settled(
      el,
      () => text(el, '#responsible') === 'Vastuutahot' && text(el, '[part="title"]') !== english,
      'did not switch to Finnish',
    );
  });

  it('marks a text shown in another language with that language', async () => {
    await setPageLang('fi');
    const programme = await (await fetch(new URL('../../data/dist/programme.json', import.meta.url))).json();
    const index = programme.measures.findIndex((m: { id: string }) => m.id === '9.3');
    const el = await card(
      html`<hki-measure-card
        measure="9.3"
        src=${patched([
          ['/locales', ['sv', 'en']],
          [`/measures/${index}/title/fi`, null],
        ])}
      ></hki-measure-card>`,
    );
    expect(el.measure).to.equal('9.3');
    const title = $(el, '[part="title"] [lang="en"]');
    expect(title, 'the English title is marked').to.not.equal(null);
    expect(text(el, '#responsible')).to.equal('Vastuutahot');
    await expect(el).to.be.accessible();
  });

  it('says which measure it could not find, and logs it', async () => {
    await setPageLang('sv');
    const { result: el, errors } = await captureConsole(() => card(html`<hki-measure-card measure="12.4"></hki-measure-card>`));
    expect(text(el, '[role="alert"]')).to.equal('Åtgärd 12.4 finns inte i programmet.');
    expect(errors.join('\n')).to.contain('no measure "12.4"');
    await expect(el).to.be.accessible();
  });

  it('says when no measure was chosen', async () => {
    const { result: el, errors } = await captureConsole(() => card(html`<hki-measure-card></hki-measure-card>`));
    expect(text(el, '[role="alert"]')).to.equal('No measure was chosen for this card.');
    expect(errors.join('\n')).to.contain('measure attribute is empty');
  });

  it('shows the loading state, then a localized error for a failing src, and recovers when src changes', async () => {
    await setPageLang('fi');
    const el = fixtureSync<HkiMeasureCard>(html`<hki-measure-card measure="4.12" src="/__test/delay/1500"></hki-measure-card>`);
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('Ladataan…');
    await expect(el).to.be.accessible();
    const { errors } = await captureConsole(async () => {
      el.src = '/__test/status/500';
      await settled(el, () => Boolean($(el, '[role="alert"]')));
    });
    expect(text(el, '[role="alert"]')).to.equal('Ohjelman tietoja ei voitu ladata. Yritä myöhemmin uudelleen.');
    expect(errors.join('\n')).to.contain('/__test/status/500').and.contain('HTTP 500');
    await expect(el).to.be.accessible();
    el.src = exampleUrl;
    await settled(el, () => Boolean($(el, 'article')));
  });

  it('shows example data as example data: status with its date, values, and the badge', async () => {
    const el = await card(html`<hki-measure-card measure="1.1" src=${exampleUrl}></hki-measure-card>`);
    expect(text(el, '[part="status"]')).to.contain('In progress').and.contain('reported 31.12.2019');
    expect(text(el, '[part="example-badge"]')).to.contain('Example data').and.contain('made up');
    const table = $(el, 'table.observations')!;
    expect(table.querySelectorAll('th[scope="col"]').length).to.equal(2);
    expect(table.textContent!.replace(/\s/g, ' ')).to.contain('1 050');
    expect(text(el, '.latest')).to.contain('Latest value: 1').and.contain('(2021)');
    await expect(el).to.be.accessible();
  });

  it('renders hostile text from data as text', async () => {
    const el = await card(
      html`<hki-measure-card
        measure="1.1"
        src=${patched([
          ['/measures/0/title/en', '<img src=x onerror="window.__pwned=1">'],
          ['/measures/0/description/en', '<script>window.__pwned=2</script>'],
        ])}
      ></hki-measure-card>`,
    );
    expect($(el, '[part="title"] img')).to.equal(null);
    expect(text(el, '[part="title"]')).to.contain('<img src=x');
    expect(text(el, '.text')).to.contain('<script>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('works by keyboard alone: switch, disclosure and best practice', async () => {
    const el = await card(html`<hki-measure-card measure="1.1" variant="compact"></hki-measure-card>`);
    $(el, '.details-toggle')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[role="switch"]'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '[role="switch"]')!.getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.localName).to.equal('summary');
  });

  it('reflows at 320 CSS pixels', async () => {
    const el = await card(html`<hki-measure-card measure="9.5" src=${exampleUrl}></hki-measure-card>`);
    try {
      expect(await scrollsSideways(320)).to.equal(false);
      expect($(el, 'article')!.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await scrollsSideways(800);
    }
  });

  chromiumOnly('prints without controls, with every detail shown', async () => {
    const el = await card(html`<hki-measure-card measure="3.2" variant="compact"></hki-measure-card>`);
    expect($(el, '[role="switch"]'), 'closed details are not rendered on screen').to.equal(null);
    await emulateMediaType({ media: 'print' });
    try {
      await settled(el, () => Boolean($(el, '[role="switch"]')), 'details were not rendered for print');
      expect(getComputedStyle($(el, '[role="switch"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.details-toggle')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="body"]')!).display).to.not.equal('none');
    } finally {
      await emulateMediaType({ media: 'screen' });
    }
  });

  chromiumOnly('turns motion off for prefers-reduced-motion and keeps its edge and focus in forced colours', async () => {
    const el = await card(html`<hki-measure-card measure="3.2"></hki-measure-card>`);
    await emulateMedia([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'forced-colors', value: 'active' },
    ]);
    try {
      expect(parseFloat(getComputedStyle($(el, '.switch-thumb')!).transitionDuration)).to.be.below(0.001);
      expect(getComputedStyle($(el, 'article')!).borderInlineStartStyle).to.equal('solid');
      $(el, '[role="switch"]')!.focus();
      expect(getComputedStyle($(el, '[role="switch"]')!).outlineStyle).to.equal('solid');
    } finally {
      await emulateMedia([]);
    }
  });

  it('keeps the interface left-to-right in English on a right-to-left page', async () => {
    await setPageLang('ar', 'rtl');
    const el = await card(html`<hki-measure-card measure="2"></hki-measure-card>`);
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect($(el, '[part="title"] [dir="auto"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await setPageLang('en', null);
  });

  // Last: it defines a stand-in for <hki-indicator-chart>, which cannot be undefined again.
  it("offers an indicator's chart when the chart element is on the page", async () => {
    customElements.define('hki-indicator-chart', class extends HTMLElement {});
    const el = await card(html`<hki-measure-card measure="1.1" src=${exampleUrl}></hki-measure-card>`);
    const toggle = $(el, '.chart-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'table.observations')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    const chart = $(el, 'hki-indicator-chart')!;
    expect(chart.getAttribute('indicator')).to.equal('i-1.1-a');
    expect(chart.getAttribute('src')).to.equal(exampleUrl);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });
});
