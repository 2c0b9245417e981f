// English on a right-to-left page (issue 16): on <html lang="ar" dir="rtl"> the widgets' interface falls back
// to English, and their own content reads left to right (bullets and headings on the left), while a text from
// data in Arabic still reads right to left. The demo page does not scroll sideways in Arabic.
import { expect, fixture, html } from '@open-wc/testing';
import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/services/service-card/define.js';
import '@hki-widgets/glossary/term/define.js';
import type { HkiMeasureCard } from '@hki-widgets/measures/measure-card.js';
import type { HkiServiceCard } from '@hki-widgets/services/service-card.js';
import type { HkiTerm } from '@hki-widgets/glossary/term.js';
import { captureConsole, setPageLang, settled } from './helpers.js';

const ARABIC_TITLE = 'خدمات تطوير مع المتعلمين وأولياء الأمور';

/** Whether an element's text stands at the left of its box (more room to its right than to its left). */
function textStandsLeft(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(el);
  const text = range.getBoundingClientRect();
  return text.left - box.left < box.right - text.right;
}

/** The built programme package with the English title of measure `id` replaced (/__test/package, see web-test-runner.config.mjs). */
async function packageWithTitle(id: string, title: string): Promise<string> {
  const pkg = (await (await fetch('/__test/package')).json()) as { measures: { id: string }[] };
  const index = pkg.measures.findIndex((m) => m.id === id);
  expect(index, `measure ${id} in the package`).to.be.at.least(0);
  return `/__test/package?patch=${encodeURIComponent(JSON.stringify([[`/measures/${index}/title/en`, title]]))}`;
}

describe('English on a right-to-left page', () => {
  beforeEach(() => setPageLang('ar', 'rtl'));
  after(() => setPageLang('en'));

  it("lays a measure card's own content out left to right: every list's bullets and every heading on the left", async () => {
    const el = await fixture<HkiMeasureCard>(html`<hki-measure-card measure="1.1"></hki-measure-card>`);
    await el.dataComplete();
    const root = el.shadowRoot!;
    const base = root.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(base).direction).to.equal('ltr');
    // The page stays as it is: the widget sets a direction only on its own content.
    expect(document.documentElement.dir).to.equal('rtl');
    const items = [...root.querySelectorAll('ul li')];
    expect(items.length, 'list items').to.be.greaterThan(1);
    expect(new Set(root.querySelectorAll('ul')).size, 'lists').to.be.greaterThan(1);
    for (const li of items) expect(getComputedStyle(li).direction, li.textContent!.trim()).to.equal('ltr');
    const headings = [...root.querySelectorAll('[part="section-title"]')];
    expect(headings.length, 'section headings').to.be.greaterThan(1);
    for (const h of headings) expect(textStandsLeft(h), `"${h.textContent!.trim()}" stands left`).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps an Arabic text from data right to left inside the left-to-right card', async () => {
    const src = await packageWithTitle('4.12', ARABIC_TITLE);
    const el = await fixture<HkiMeasureCard>(html`<hki-measure-card measure="4.12" src=${src}></hki-measure-card>`);
    await el.dataComplete();
    const title = el.shadowRoot!.querySelector('[part="title"] [dir="auto"]')!;
    expect(title.textContent).to.equal(ARABIC_TITLE);
    expect(getComputedStyle(title).direction).to.equal('rtl');
    // English texts from data beside it stay left to right.
    const responsible = el.shadowRoot!.querySelector('#responsible + ul [dir="auto"]')!;
    expect(getComputedStyle(responsible).direction).to.equal('ltr');
  });

  it('turns a card back to the page language live, and its direction with it', async () => {
    const el = await fixture<HkiMeasureCard>(html`<hki-measure-card measure="4.12"></hki-measure-card>`);
    await el.dataComplete();
    await setPageLang('fi');
    await settled(el, () => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === 'fi', 'did not switch to Finnish');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(base).direction).to.equal('ltr');
  });

  it("lays a service card's own content out left to right", async () => {
    const el = await fixture<HkiServiceCard>(html`<hki-service-card service="ihh-kela"></hki-service-card>`);
    await settled(el, () => Boolean(el.shadowRoot!.querySelector('[part="service-name"]')));
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(base).direction).to.equal('ltr');
    const name = el.shadowRoot!.querySelector('[part="service-name"]')!;
    expect(textStandsLeft(name), 'the service name stands left').to.equal(true);
  });

  it("keeps a term in the page's direction (a word of the page's sentence) but its English message left to right", async () => {
    const { result: el } = await captureConsole(async () => {
      const term = await fixture<HkiTerm>(html`<hki-term concept="no-such-concept">مهاجر</hki-term>`);
      await term.dataComplete();
      return term;
    });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('was not found');
    expect(getComputedStyle(alert).direction).to.equal('ltr');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal('rtl');
  });

  it('the demo page in Arabic does not scroll sideways at 320 px, and its skip link shows in view when focused', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 640px; border: 0';
    frame.title = 'Demo page';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/docs/demo/index.html?lang=ar';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      expect(doc.documentElement.dir).to.equal('rtl');
      const { scrollWidth, clientWidth } = doc.documentElement;
      expect(scrollWidth, 'scroll width at 320 px').to.be.at.most(clientWidth);
      const skip = doc.querySelector<HTMLAnchorElement>('.skip')!;
      skip.focus();
      const r = skip.getBoundingClientRect();
      expect(r.width).to.be.greaterThan(1);
      expect(r.left).to.be.at.least(0);
      expect(r.right).to.be.at.most(clientWidth);
      expect(doc.documentElement.scrollWidth, 'scroll width with the skip link focused').to.be.at.most(clientWidth);
    } finally {
      frame.remove();
    }
  });
});
