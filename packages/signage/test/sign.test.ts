import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '@hki-widgets/signage/sign/define.js';
import type { HkiSign } from '@hki-widgets/signage/sign.js';
import { fontSizeFor } from '../src/sign/legibility.js';
import { qrPath } from '../src/sign/qr.js';
import { captureConsole, chromiumOnly, emulateMedia, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';

interface SignsData {
  signs: { id: string; pictogram: string; arrow?: string; text: Record<string, string> }[];
  pictograms: { id: string; alt: Record<string, string> }[];
}

let data: SignsData;
const template = (id: string) => data.signs.find((s) => s.id === id)!;
const alt = (id: string) => data.pictograms.find((p) => p.id === id)!.alt;

const $ = <T extends Element = HTMLElement>(el: HkiSign, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HkiSign, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const blocks = (el: HkiSign) => $$(el, '.block');
const issues = (el: HkiSign, kind?: string) => $$(el, `[part="editor"] li${kind ? `[data-kind="${kind}"]` : ''}`).map(text);
const sheet = (el: HkiSign) => $(el, '.sheet')!;
const rect = (node: Element) => node.getBoundingClientRect();

/** Waits until no update is pending (a measurement in updated() may ask for one more). */
async function idle(el: HkiSign): Promise<void> {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
}

/** A sign, once it shows a sheet or an error (not its loading state). */
async function sign(markup: ReturnType<typeof html>, ready = (el: HkiSign) => Boolean($(el, '.sheet, [role="alert"]'))): Promise<HkiSign> {
  const el = await fixture<HkiSign>(markup);
  await settled(el, () => ready(el));
  await idle(el);
  return el;
}

const hasSheet = (el: HkiSign) => Boolean($(el, '.sheet'));
const arabicFaces = () => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Arabic');
const rotation = (el: HkiSign) => $(el, '[part="arrow"] g')?.getAttribute('transform') ?? null;
const fontMm = (el: HkiSign) => parseFloat(getComputedStyle($(el, '.preview')!).getPropertyValue('--font-mm'));
const fits = (el: HkiSign) => sheet(el).scrollHeight <= sheet(el).clientHeight + 1;

describe('<hki-sign>', () => {
  before(async () => {
    data = await (await fetch(new URL('../../data/dist/signs.json', import.meta.url))).json();
  });
  beforeEach(async () => {
    await setPageLang('en');
  });
  after(async () => {
    await setPageLang('en');
  });

  it('defines its tag', () => {
    expect(customElements.get('hki-sign')).to.be.a('function');
  });

  // First: the page's fonts persist, so this must run before any right-to-left sign.
  it('does not load Noto Sans Arabic for a sign in left-to-right languages only', async () => {
    const el = await sign(html`<hki-sign sign="changing-rooms" languages="fi-x-plain sv-x-plain en so ru uk et"></hki-sign>`);
    expect(blocks(el).length).to.equal(7);
    expect(arabicFaces().length).to.equal(0);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('noto-sans-arabic'))).to.equal(false);
  });

  it('shows plain Finnish, plain Swedish and English by default, each its own block with its lang', async () => {
    const el = await sign(html`<hki-sign sign="changing-rooms"></hki-sign>`);
    const texts = template('changing-rooms').text;
    const shown = blocks(el);
    expect(shown.map((b) => b.getAttribute('lang'))).to.deep.equal(['fi-x-plain', 'sv-x-plain', 'en']);
    expect(shown.map((b) => b.getAttribute('dir'))).to.deep.equal(['ltr', 'ltr', 'ltr']);
    expect(shown.map(text)).to.deep.equal([texts['fi-x-plain'], texts['sv-x-plain'], texts.en]);
    expect(shown.every((b) => b.closest('[part="text"]'))).to.equal(true);
    expect($(el, '[part="pictogram"]')).to.not.equal(null);
    expect($(el, '[part="arrow"]'), 'changing-rooms has no arrow').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('puts right-to-left languages right to left, in the order given, with Noto Sans Arabic', async () => {
    const el = await sign(html`<hki-sign sign="changing-rooms" languages="ar so fi-x-plain"></hki-sign>`);
    const texts = template('changing-rooms').text;
    const [ar, so, fi] = blocks(el);
    expect(blocks(el).length).to.equal(3);
    expect([ar, so, fi].map((b) => b.getAttribute('lang'))).to.deep.equal(['ar', 'so', 'fi-x-plain']);
    expect([ar, so, fi].map(text)).to.deep.equal([texts.ar, texts.so, texts['fi-x-plain']]);
    expect(ar.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(ar).direction).to.equal('rtl');
    expect(getComputedStyle(ar).textAlign).to.equal('right');
    for (const block of [so, fi]) {
      expect(block.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(block).direction).to.equal('ltr');
      expect(getComputedStyle(block).textAlign).to.not.equal('right');
    }
    expect(getComputedStyle(ar).fontFamily).to.match(/^"?Noto Sans Arabic"?/);
    const faces = arabicFaces();
    expect(faces.length).to.be.greaterThan(0);
    await Promise.all(faces.map((f) => f.loaded));
    await document.fonts.ready;
    expect(faces.map((f) => f.status)).to.deep.equal(faces.map(() => 'loaded'));
    expect(document.fonts.check('700 16px "Noto Sans Arabic"', texts.ar)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reads Persian, Dari and Sorani right to left too', async () => {
    const el = await sign(html`<hki-sign sign="reception" languages="fa prs ckb ru"></hki-sign>`);
    expect(blocks(el).map((b) => getComputedStyle(b).direction)).to.deep.equal(['rtl', 'rtl', 'rtl', 'ltr']);
  });

  describe('arrow', () => {
    const cases: [string, number][] = [
      ['left', 180],
      ['right', 0],
      ['up', 270],
      ['down', 90],
      ['down-left', 135],
      ['up-right', 315],
    ];
    for (const [arrow, degrees] of cases) {
      it(`points ${arrow} (rotated ${degrees}°)`, async () => {
        const el = await sign(html`<hki-sign sign="toilets" arrow=${arrow}></hki-sign>`);
        const svg = $(el, 'svg[part="arrow"]')!;
        expect(svg).to.not.equal(null);
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(rotation(el)).to.equal(`rotate(${degrees} 24 24)`);
      });
    }

    it('stands physically left or right of the pictogram, and is not mirrored, on a right-to-left page', async () => {
      await setPageLang('ar', 'rtl');
      try {
        const left = await sign(html`<hki-sign sign="toilets" arrow="left" languages="ar fi-x-plain"></hki-sign>`);
        expect(rotation(left)).to.equal('rotate(180 24 24)');
        expect(getComputedStyle($(left, '[part="arrow"]')!).transform).to.equal('none');
        expect(rect($(left, '[part="arrow"]')!).left).to.be.below(rect($(left, '[part="pictogram"]')!).left);

        const right = await sign(html`<hki-sign sign="toilets" arrow="right" languages="ar fi-x-plain"></hki-sign>`);
        expect(rotation(right)).to.equal('rotate(0 24 24)');
        expect(rect($(right, '[part="arrow"]')!).left).to.be.at.least(rect($(right, '[part="pictogram"]')!).right);
        await expect(right).to.be.accessible();
      } finally {
        await setPageLang('en');
      }
    });

    it('uses the template\'s arrow, and none with arrow="none"', async () => {
      expect(template('exit').arrow).to.equal('up');
      const exit = await sign(html`<hki-sign sign="exit"></hki-sign>`);
      expect(rotation(exit)).to.equal('rotate(270 24 24)');
      const none = await sign(html`<hki-sign sign="exit" arrow="none"></hki-sign>`);
      expect($(none, '[part="arrow"]')).to.equal(null);
      expect($(none, '[part="pictogram"]')).to.not.equal(null);
    });
  });

  describe('pictogram', () => {
    const pages: [string, 'en' | 'fi' | 'sv'][] = [
      ['an English', 'en'],
      ['a Finnish', 'fi'],
      ['a Swedish', 'sv'],
    ];
    for (const [page, lang] of pages) {
      it(`is an image named in the interface language on ${page} page`, async () => {
        await setPageLang(lang);
        const expected = alt('changing-rooms')[lang];
        const el = await sign(
          html`<hki-sign sign="changing-rooms"></hki-sign>`,
          (e) => text($(e, '[part="pictogram"] title')) === expected,
        );
        const svg = $(el, 'svg[part="pictogram"]')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(text(svg.querySelector('title'))).to.equal(expected);
        expect(svg.hasAttribute('lang'), 'the name is in the page language, not a fallback').to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('follows the page language live', async () => {
      const el = await sign(html`<hki-sign sign="lockers"></hki-sign>`);
      expect(text($(el, '[part="pictogram"] title'))).to.equal(alt('lockers').en);
      await setPageLang('fi');
      await settled(
        el,
        () => text($(el, '[part="pictogram"] title')) === alt('lockers').fi,
        'the pictogram name did not switch to Finnish',
      );
    });
  });

  describe("editor's check", () => {
    it('says which translations are not reviewed, in English, and warns in the console', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        sign(html`<hki-sign sign="changing-rooms" languages="fi-x-plain fa prs ckb" editor></hki-sign>`),
      );
      const editor = $(el, '[part="editor"]')!;
      expect(editor.getAttribute('lang')).to.equal('en');
      expect(text(editor.querySelector('h2'))).to.equal('Check before printing');
      const notReviewed = issues(el, 'not-reviewed');
      expect(notReviewed).to.have.length(4);
      expect(notReviewed[0]).to.equal('Finnish, plain language: a qualified translator has not reviewed this translation yet.');
      const names = new Intl.DisplayNames(['en'], { type: 'language' });
      expect(notReviewed.slice(1)).to.deep.equal(
        ['fa', 'prs', 'ckb'].map((code) => `${names.of(code)}: a qualified translator has not reviewed this translation yet.`),
      );
      expect(notReviewed[1]).to.match(/^Persian:/);
      const log = warnings.join('\n');
      for (const lang of ['fi-x-plain', 'fa', 'prs', 'ckb']) expect(log).to.contain(`the ${lang} translation has not been reviewed`);
      await expect(el).to.be.accessible();
    });

    it('speaks Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const el = await sign(
        html`<hki-sign sign="changing-rooms" languages="fi-x-plain fa" editor></hki-sign>`,
        (e) => text($(e, '[part="editor"] h2')) === 'Tarkista ennen tulostamista',
      );
      expect($(el, '[part="editor"]')!.getAttribute('lang')).to.equal('fi');
      expect($(el, '[part="editor"]')!.getAttribute('aria-label')).to.equal('Tarkista ennen tulostamista');
      const notReviewed = issues(el, 'not-reviewed');
      expect(notReviewed[0]).to.equal('suomi, selkokieli: pätevä kääntäjä ei ole vielä tarkistanut tätä käännöstä.');
      expect(notReviewed[1]).to.equal(
        `${new Intl.DisplayNames(['fi'], { type: 'language' }).of('fa')}: pätevä kääntäjä ei ole vielä tarkistanut tätä käännöstä.`,
      );
      await expect(el).to.be.accessible();
    });

    it('says when a language has no text', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        sign(html`<hki-sign sign="changing-rooms" languages="fi-x-plain xx" editor></hki-sign>`),
      );
      expect(blocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['fi-x-plain']);
      expect(issues(el, 'missing-language')).to.deep.equal(['xx: this sign has no text in this language.']);
      expect(warnings.join('\n')).to.contain('there is no xx text');
    });

    it('names a word in capitals in custom text', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        sign(html`<hki-sign editor><p lang="en">The gym is OPEN on weekdays.</p></hki-sign>`, hasSheet),
      );
      expect(issues(el, 'capitals')).to.deep.equal(['English: "OPEN" is written in capitals. Capitals are harder to read.']);
      expect(warnings.join('\n')).to.contain('custom text').and.contain('"OPEN" in capitals');
      await expect(el).to.be.accessible();
    });

    it('says when a line of custom text is too long', async () => {
      const line = 'The changing rooms are on the second floor, next to the lift and the stairs.';
      const el = await sign(
        html`<hki-sign editor
          ><p lang="en">${line}</p>
          <p lang="fi">Pukuhuoneet</p></hki-sign
        >`,
        hasSheet,
      );
      expect(issues(el, 'long-line')).to.deep.equal([
        `English: the text is ${line.length} characters long. Keep a line under about 60 characters.`,
      ]);
      expect(issues(el)).to.have.length(1);
    });

    it('shows custom text without a false error in the console', async () => {
      const { result: el, errors } = await captureConsole(() => sign(html`<hki-sign><p lang="en">Gym</p></hki-sign>`, hasSheet));
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
    });

    it('says when there are no problems', async () => {
      const el = await sign(html`<hki-sign editor><p lang="en">Gym</p></hki-sign>`, hasSheet);
      expect(issues(el)).to.deep.equal([]);
      expect(text($(el, '[part="editor"] p'))).to.equal('No problems found.');
    });

    it('has no panel without the editor attribute, but still warns in the console', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        sign(html`<hki-sign sign="changing-rooms" languages="fi-x-plain fa"></hki-sign>`),
      );
      expect($(el, '[part="editor"]')).to.equal(null);
      expect(warnings.join('\n')).to.contain('the fa translation has not been reviewed');
    });
  });

  describe('printed sizes', () => {
    it('previews A4 in its proportions, with the text fitted to the sheet', async () => {
      const el = await sign(html`<hki-sign sign="changing-rooms" size="a4" editor></hki-sign>`);
      const { width, height } = rect(sheet(el));
      expect(height / width).to.be.closeTo(277 / 190, (277 / 190) * 0.01);
      expect(fits(el), 'the text overflows the sheet').to.equal(true);
      expect(issues(el, 'overflow')).to.deep.equal([]);
      expect(fontMm(el)).to.be.within(8, 60);
      await expect(el).to.be.accessible();
    });

    it('fits bigger letters for fewer languages', async () => {
      const three = await sign(html`<hki-sign sign="changing-rooms" size="a4"></hki-sign>`);
      const one = await sign(html`<hki-sign sign="changing-rooms" size="a4" languages="en"></hki-sign>`);
      expect(fontMm(one)).to.be.greaterThan(fontMm(three));
      expect(fits(one)).to.equal(true);
    });

    it('previews A3 landscape in its proportions', async () => {
      const el = await sign(html`<hki-sign sign="gym" size="a3" orientation="landscape"></hki-sign>`);
      const { width, height } = rect(sheet(el));
      expect(height / width).to.be.closeTo(277 / 400, (277 / 400) * 0.01);
      expect(fits(el)).to.equal(true);
    });

    it('sets the letter size from viewing-distance and says when the text does not fit', async () => {
      const { result: el, warnings } = await captureConsole(() =>
        sign(html`<hki-sign sign="changing-rooms" size="a4" viewing-distance="3m" editor></hki-sign>`),
      );
      expect(fontMm(el)).to.be.closeTo(fontSizeFor(3000), 0.05);
      expect(fits(el), 'three languages at 40 mm should not fit on A4').to.equal(false);
      const overflow = issues(el, 'overflow');
      expect(overflow).to.have.length(1);
      expect(overflow[0]).to.contain('does not fit');
      expect(warnings.join('\n')).to.contain('does not fit');
      await expect(el).to.be.accessible();
    });

    it('changes the letter size when viewing-distance changes', async () => {
      const el = await sign(html`<hki-sign sign="changing-rooms" size="a4" viewing-distance="1m" languages="en"></hki-sign>`);
      expect(fontMm(el)).to.be.closeTo(fontSizeFor(1000), 0.05);
      el.viewingDistance = '300cm';
      await idle(el);
      expect(fontMm(el)).to.be.closeTo(fontSizeFor(3000), 0.05);
    });

    it('adds a document-level @page rule for the paper size', async () => {
      // Chromium serializes "A4 portrait" as "a4" (portrait is the default orientation).
      const pageRules = () => document.adoptedStyleSheets.map((s) => s.cssRules[0]?.cssText ?? '').filter((r) => r.startsWith('@page'));
      const a4 = /size: a4( portrait)?;/i;
      const a3Landscape = /size: a3 landscape;/i;
      await sign(html`<hki-sign sign="showers" size="a4"></hki-sign>`);
      expect(
        pageRules().some((r) => a4.test(r)),
        pageRules().join(' | '),
      ).to.equal(true);
      expect(pageRules().some((r) => r.includes('margin: 10mm'))).to.equal(true);
      await sign(html`<hki-sign sign="showers" size="a3" orientation="landscape"></hki-sign>`);
      expect(
        pageRules().some((r) => a3Landscape.test(r)),
        pageRules().join(' | '),
      ).to.equal(true);
      await sign(html`<hki-sign sign="sauna" size="a4"></hki-sign>`);
      expect(
        pageRules().filter((r) => a4.test(r)),
        'one rule per size',
      ).to.have.length(1);
    });

    it('scales an A4 sheet down at 320 CSS pixels without sideways scrolling', async () => {
      const el = await sign(html`<hki-sign sign="changing-rooms" size="a4"></hki-sign>`);
      try {
        expect(await scrollsSideways(320)).to.equal(false);
        const { width, height } = rect(sheet(el));
        expect(width).to.be.at.most(320);
        expect(height / width).to.be.closeTo(277 / 190, (277 / 190) * 0.01);
        expect(fits(el)).to.equal(true);
      } finally {
        await scrollsSideways(800);
      }
    });
  });

  describe('colours and type', () => {
    it('is black on white by default, upright and never in forced capitals', async () => {
      const el = await sign(html`<hki-sign sign="sauna"></hki-sign>`);
      const style = getComputedStyle(sheet(el));
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style.color).to.equal('rgb(0, 0, 0)');
      for (const block of blocks(el)) {
        expect(getComputedStyle(block).fontStyle).to.equal('normal');
        expect(getComputedStyle(block).textTransform).to.equal('none');
      }
    });

    it('is white on black with scheme="inverse"', async () => {
      const el = await sign(html`<hki-sign sign="sauna" scheme="inverse" size="a4"></hki-sign>`);
      const style = getComputedStyle(sheet(el));
      expect(style.backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(style.color).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle($(el, '[part="pictogram"]')!).color).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });

    chromiumOnly('keeps its edge and text visible in forced colours', async () => {
      const el = await sign(html`<hki-sign sign="sauna" scheme="inverse"></hki-sign>`);
      await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const style = getComputedStyle(sheet(el));
        expect(style.borderTopStyle).to.equal('solid');
        expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        expect(style.borderTopColor).to.not.equal(style.backgroundColor);
        expect(style.color).to.not.equal(style.backgroundColor);
        expect(getComputedStyle(blocks(el)[0]).color).to.not.equal(style.backgroundColor);
      } finally {
        await emulateMedia([]);
      }
    });
  });

  describe('QR code', () => {
    const hasQr = (el: HkiSign) => Boolean($(el, '[part="qr"]'));

    it('links to more languages with a labelled QR code of the address', async () => {
      const url = 'https://www.hel.fi/en';
      const el = await sign(html`<hki-sign sign="information" more-info=${url}></hki-sign>`, hasQr);
      const qr = $(el, '[part="qr"]')!;
      expect(qr.closest('.sheet'), 'the QR code is printed on the sheet').to.not.equal(null);
      const svg = qr.querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('QR code: more information in more languages');
      expect(svg.querySelector('path')!.getAttribute('d')).to.equal(qrPath(url).d);
      expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${qrPath(url).size} ${qrPath(url).size}`);
      expect(text(qr.querySelector('figcaption'))).to.equal('More languages');
      expect(rect(svg).width).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
    });

    it('labels the QR code in Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const el = await sign(
        html`<hki-sign sign="information" more-info="https://www.hel.fi/fi"></hki-sign>`,
        (e) => text($(e, '[part="qr"] figcaption')) === 'Lisää kieliä',
      );
      expect($(el, '[part="qr"] svg')!.getAttribute('aria-label')).to.equal('QR-koodi: lisätietoa useammilla kielillä');
    });

    it('draws no QR code for a javascript: address, and warns', async () => {
      const { result: wrapper, warnings } = await captureConsole(async () => {
        const div = await fixture<HTMLDivElement>(
          html`<div>
            <hki-sign sign="information" more-info="javascript:alert(1)"></hki-sign>
            <hki-sign sign="information" more-info="https://www.hel.fi/sv"></hki-sign>
          </div>`,
        );
        const [, safe] = [...div.querySelectorAll('hki-sign')];
        // Once the safe address has its QR code, the encoder has loaded for both.
        await settled(safe, () => hasQr(safe), 'the safe address got no QR code');
        return div;
      });
      const [hostile] = [...wrapper.querySelectorAll('hki-sign')];
      await idle(hostile);
      expect(hasSheet(hostile)).to.equal(true);
      expect(hasQr(hostile)).to.equal(false);
      expect(warnings.join('\n')).to.contain('javascript:');
    });

    it('removes the QR code when more-info is removed', async () => {
      const el = await sign(html`<hki-sign sign="information" more-info="https://www.hel.fi/en"></hki-sign>`, hasQr);
      el.removeAttribute('more-info');
      await idle(el);
      expect(hasQr(el)).to.equal(false);
    });
  });

  describe('errors and loading', () => {
    it('names a sign it cannot find, and lists the templates in the console', async () => {
      const { result: el, errors } = await captureConsole(() => sign(html`<hki-sign sign="no-such-sign"></hki-sign>`));
      expect(text($(el, '[role="alert"]'))).to.equal('Sign no-such-sign was not found.');
      expect(hasSheet(el)).to.equal(false);
      const log = errors.join('\n');
      expect(log).to.contain('no sign "no-such-sign"');
      for (const id of ['changing-rooms', 'exit', 'wifi']) expect(log).to.contain(id);
      await expect(el).to.be.accessible();
    });

    it('says so in Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const el = await captureConsole(() =>
        sign(html`<hki-sign sign="no-such-sign"></hki-sign>`, (e) => text($(e, '[role="alert"]')) === 'Kylttiä no-such-sign ei löytynyt.'),
      );
      expect($(el.result, '[part="base"]')!.getAttribute('lang')).to.equal('fi');
    });

    it('says when no sign was chosen', async () => {
      const { result: el } = await captureConsole(() => sign(html`<hki-sign></hki-sign>`));
      expect(text($(el, '[role="alert"]'))).to.equal('No sign was chosen.');
      await expect(el).to.be.accessible();
    });

    it('says the data could not be loaded when src fails', async () => {
      const { result: el, errors } = await captureConsole(() => sign(html`<hki-sign sign="gym" src="/__test/status/404"></hki-sign>`));
      expect(text($(el, '[role="alert"]'))).to.equal('The sign information could not be loaded. Please try again later.');
      expect(errors.join('\n')).to.contain('/__test/status/404').and.contain('HTTP 404');
      await expect(el).to.be.accessible();
    });

    it('says the data could not be loaded in Swedish on a Swedish page', async () => {
      await setPageLang('sv');
      await captureConsole(() =>
        sign(
          html`<hki-sign sign="gym" src="/__test/status/404?sv"></hki-sign>`,
          (e) => text($(e, '[role="alert"]')) === 'Skyltens uppgifter kunde inte laddas. Försök igen senare.',
        ),
      );
    });

    it('refuses data that is not a signs package', async () => {
      const { result: el, errors } = await captureConsole(() =>
        sign(html`<hki-sign sign="gym" src=${new URL('../../data/dist/programme.json', import.meta.url).href}></hki-sign>`),
      );
      expect(text($(el, '[role="alert"]'))).to.equal('The sign information could not be shown because it is not in the expected format.');
      expect(errors.join('\n')).to.contain('programme.json');
      expect(hasSheet(el)).to.equal(false);
    });

    it('uses another signs package from src', async () => {
      const el = await sign(
        html`<hki-sign sign="gym" languages="en" src=${new URL('../../data/dist/signs.json', import.meta.url).href}></hki-sign>`,
      );
      expect(blocks(el).map(text)).to.deep.equal([template('gym').text.en]);
    });

    const loading: [string, string][] = [
      ['en', 'Loading…'],
      ['fi', 'Ladataan…'],
      ['sv', 'Laddar…'],
    ];
    for (const [lang, message] of loading) {
      it(`shows a ${lang} loading state while the data loads`, async () => {
        await setPageLang(lang);
        const el = fixtureSync<HkiSign>(html`<hki-sign sign="gym" src=${`/__test/delay/1500?${lang}`}></hki-sign>`);
        await settled(el, () => text($(el, '[role="status"]')) === message, `no ${lang} loading state`);
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
        // The delayed answer is `{}`, not a signs package: wait for it so its error stays in this test.
        await captureConsole(() => settled(el, () => Boolean($(el, '[role="alert"]'))));
        expect($(el, '[role="status"]')).to.equal(null);
      });
    }
  });

  describe('interface languages', () => {
    const locales: [string, string, string][] = [
      ['fi', 'Tarkista ennen tulostamista', 'Kyltti'],
      ['sv', 'Kontrollera före utskrift', 'Skylt'],
      ['en', 'Check before printing', 'Sign'],
    ];
    for (const [lang, title, label] of locales) {
      it(`speaks ${lang} in its editor panel on a ${lang} page`, async () => {
        await setPageLang(lang);
        const el = await sign(html`<hki-sign sign="gym" editor></hki-sign>`, (e) => text($(e, '[part="editor"] h2')) === title);
        const editor = $(el, '[part="editor"]')!;
        expect(editor.getAttribute('lang')).to.equal(lang);
        expect(editor.getAttribute('aria-label')).to.equal(title);
        expect(sheet(el).getAttribute('aria-label')).to.equal(label);
        // The sign's own text stays in its languages, whatever the page's.
        expect(blocks(el).map((b) => b.getAttribute('lang'))).to.deep.equal(['fi-x-plain', 'sv-x-plain', 'en']);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('hostile text', () => {
    it('shows markup in custom text as text', async () => {
      const p = document.createElement('p');
      p.lang = 'en';
      p.textContent = '<img src=x onerror="window.__pwned=1">';
      const el = await sign(html`<hki-sign editor>${p}</hki-sign>`, hasSheet);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.querySelector('img')).to.equal(null);
      const slot = $<HTMLSlotElement>(el, '[part="text"] slot')!;
      expect(slot.assignedElements()).to.deep.equal([p]);
      expect(p.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows markup in the sign attribute as text in its error', async () => {
      const hostile = '<img src=x onerror="window.__pwned=2">';
      const { result: el } = await captureConsole(() => sign(html`<hki-sign sign=${hostile}></hki-sign>`));
      expect(text($(el, '[role="alert"]'))).to.equal(`Sign ${hostile} was not found.`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
