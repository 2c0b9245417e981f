import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearDataCache } from '@hki-widgets/core';
import '@hki-widgets/glossary/term/define.js';
import type { HkiTerm } from '@hki-widgets/glossary/term.js';
import {
  captureConsole,
  chromiumOnly,
  emulateMedia,
  itDefinesItsTag,
  scrollsSideways,
  setPageLang,
  settled,
} from '../../../test/helpers.js';

const programmeUrl = new URL('../../data/dist/programme.json', import.meta.url).href;

const button = (el: HkiTerm) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="term"]')!;
const panel = (el: HkiTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part="definition"]')!;
const alert = (el: HkiTerm) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

async function term(markup: ReturnType<typeof html>): Promise<HkiTerm> {
  const el = await fixture<HkiTerm>(markup);
  await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="term"], [role="alert"]')));
  return el;
}

describe('<hki-term>', () => {
  beforeEach(() => setPageLang('en'));
  after(() => setPageLang('en'));

  itDefinesItsTag('hki-term');

  it("shows the concept's name as a collapsed disclosure button by default", async () => {
    const el = await term(html`<hki-term concept="immigrant"></hki-term>`);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(button(el).getAttribute('aria-controls')).to.equal('definition');
    expect(el.shadowRoot!.querySelector('slot')!.textContent).to.equal('Immigrant');
    expect(panel(el).hidden).to.equal(true);
    expect(el.open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('uses the slotted words as the visible term and the accessible name', async () => {
    const el = await term(html`<hki-term concept="second-generation">second-generation residents</hki-term>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('second-generation residents');
    expect(button(el).contains(slot)).to.equal(true);
  });

  it('opens its definition on click and fires hki-toggle', async () => {
    const el = await term(html`<hki-term concept="immigrant"></hki-term>`);
    setTimeout(() => button(el).click());
    const event = await oneEvent(el, 'hki-toggle');
    expect(event.detail).to.deep.equal({ open: true, concept: 'immigrant' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el).hidden).to.equal(false);
    expect(panel(el).textContent).to.contain('A person with a foreign background who was born abroad.');
    expect(panel(el).textContent).to.contain('Source: A City for Everyone');
    expect(el.hasAttribute('open')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens with Enter and Space, closes with Escape and keeps focus on the term', async () => {
    const el = await term(html`<hki-term concept="foreign-language-speaker"></hki-term>`);
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(panel(el).textContent).to.contain('Sami');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('reflects open, and removing the attribute closes it again', async () => {
    const el = await term(html`<hki-term concept="immigrant" open></hki-term>`);
    expect(panel(el).hidden).to.equal(false);
    el.removeAttribute('open');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(panel(el).hidden).to.equal(true);
  });

  const locales: [string, string, RegExp][] = [
    ['fi', 'Maahanmuuttaja', /Ulkomaalaistaustainen henkilö, joka on syntynyt ulkomailla|ulkomailla syntynyt/i],
    ['sv', 'Invandrare', /En person med utländsk bakgrund som är född utomlands/],
    ['en', 'Immigrant', /A person with a foreign background who was born abroad/],
  ];
  for (const [lang, name, definition] of locales) {
    it(`speaks ${lang} on a page in ${lang}`, async () => {
      await setPageLang(lang);
      clearDataCache();
      const el = await term(html`<hki-term concept="immigrant" open></hki-term>`);
      await settled(el, () => el.shadowRoot!.querySelector('slot')!.textContent === name, `no ${lang} name`);
      expect(panel(el).textContent).to.match(definition);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a change of <html lang> live, with no reload', async () => {
    const el = await term(html`<hki-term concept="immigrant" open></hki-term>`);
    expect(panel(el).textContent).to.contain('Source:');
    await setPageLang('sv-FI');
    await settled(el, () => el.shadowRoot!.querySelector('slot')!.textContent === 'Invandrare', 'did not switch to Swedish');
    expect(panel(el).textContent).to.contain('Källa:');
    await setPageLang('fi');
    await settled(el, () => el.shadowRoot!.querySelector('slot')!.textContent === 'Maahanmuuttaja', 'did not switch to Finnish');
    expect(panel(el).textContent).to.contain('Lähde:');
  });

  it('falls back to English on a page in another language, marked with lang="en", and keeps the page direction for its term', async () => {
    await setPageLang('ar', 'rtl');
    const el = await term(html`<hki-term concept="immigrant" open>مهاجر</hki-term>`);
    await settled(el, () => panel(el).textContent!.includes('born abroad'));
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(panel(el).getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(panel(el)).direction).to.equal('ltr');
    expect(getComputedStyle(button(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    await setPageLang('en', null);
  });

  it('marks a definition that is only in another language with that language', async () => {
    await setPageLang('fi');
    const index = 1; // concepts[1] is "immigrant" in the package
    const patch = JSON.stringify([
      ['/locales', ['sv', 'en']],
      [`/concepts/${index}/definition/fi`, null],
    ]);
    const el = await term(html`<hki-term concept="immigrant" open src=${`/__test/package?patch=${encodeURIComponent(patch)}`}></hki-term>`);
    const marked = panel(el).querySelector('[lang="en"]');
    expect(marked?.textContent).to.equal('A person with a foreign background who was born abroad.');
    expect(el.shadowRoot!.querySelector('slot')!.textContent).to.equal('Maahanmuuttaja');
    await expect(el).to.be.accessible();
  });

  it('says which term it could not find, in the page language, and logs the known ones', async () => {
    await setPageLang('fi');
    const { result: el, errors } = await captureConsole(() => term(html`<hki-term concept="refugee">pakolainen</hki-term>`));
    expect(alert(el)!.textContent).to.equal('Käsitettä ”refugee” ei löytynyt ohjelman käsitteistä.');
    expect(errors.join('\n')).to.contain('no concept "refugee"').and.contain('immigrant');
    await expect(el).to.be.accessible();
  });

  it('shows a localized error for a bad src while its neighbour still works', async () => {
    await setPageLang('sv');
    const { result: wrapper, errors } = await captureConsole(async () => {
      const div = fixtureSync<HTMLDivElement>(
        html`<div>
          <hki-term concept="immigrant" src="/no/such/programme.json">invandrare</hki-term>
          <hki-term concept="immigrant"></hki-term>
        </div>`,
      );
      const [bad, good] = div.querySelectorAll('hki-term');
      await settled(bad, () => Boolean(alert(bad)));
      await settled(good, () => Boolean(good.shadowRoot!.querySelector('[part="term"]')));
      return div;
    });
    const [bad, good] = wrapper.querySelectorAll('hki-term');
    expect(alert(bad)!.textContent).to.equal('Programmets uppgifter kunde inte laddas. Försök igen senare.');
    expect(bad.textContent).to.contain('invandrare');
    expect(errors.join('\n')).to.match(
      /\[hki-term\] could not use the programme data from http:\/\/[^ ]+\/no\/such\/programme\.json: the server answered HTTP 404/,
    );
    expect(good.shadowRoot!.querySelector('slot')!.textContent).to.equal('Invandrare');
    await expect(wrapper).to.be.accessible();
  });

  it('takes its concept from another package at src, and recovers when src changes', async () => {
    const { result: el } = await captureConsole(() => term(html`<hki-term concept="immigrant" src="/__test/status/500"></hki-term>`));
    expect(alert(el)).to.not.equal(null);
    el.src = programmeUrl;
    await settled(el, () => Boolean(el.shadowRoot!.querySelector('[part="term"]')), 'did not recover');
    expect(el.shadowRoot!.querySelector('slot')!.textContent).to.equal('Immigrant');
  });

  it('renders hostile text from data as text', async () => {
    const patch = JSON.stringify([
      ['/concepts/1/definition/en', '<img src=x onerror="window.__pwned=1">'],
      ['/concepts/1/term/en', '</button><script>window.__pwned=2</script>'],
    ]);
    const el = await term(html`<hki-term concept="immigrant" open src=${`/__test/package?patch=${encodeURIComponent(patch)}`}></hki-term>`);
    expect(panel(el).querySelector('img, script')).to.equal(null);
    expect(panel(el).textContent).to.contain('<img src=x onerror=');
    expect(el.shadowRoot!.querySelector('slot')!.textContent).to.equal('</button><script>window.__pwned=2</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reflows at 320 CSS pixels without sideways scrolling', async () => {
    const p = fixtureSync<HTMLParagraphElement>(
      html`<p style="margin:0">In 2017, 15 % of Helsinki's residents had a <hki-term concept="foreign-background" open></hki-term>.</p>`,
    );
    const el = p.querySelector('hki-term')!;
    await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="definition"]')));
    try {
      expect(await scrollsSideways(320)).to.equal(false);
      expect(panel(el).getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await scrollsSideways(800);
    }
  });

  chromiumOnly('turns its animation off for prefers-reduced-motion and keeps its text visible in forced colours', async () => {
    const el = await term(html`<hki-term concept="immigrant"></hki-term>`);
    await emulateMedia([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'forced-colors', value: 'active' },
    ]);
    try {
      const after = getComputedStyle(button(el), '::after');
      expect(parseFloat(after.transitionDuration)).to.be.below(0.001);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const style = getComputedStyle(button(el));
      expect(style.color).to.not.equal(style.backgroundColor);
      button(el).focus();
      expect(getComputedStyle(button(el)).outlineStyle).to.equal('solid');
    } finally {
      await emulateMedia([]);
    }
  });
});
