import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import signs from '@hki-widgets/data/signs.js';
import '@hki-widgets/signage/sign/define.js';
import type { HkiSign } from '@hki-widgets/signage/sign.js';
import { brokenWords, lineCount, overflowingWords, wordsOf } from '../src/sign/words.js';
import { captureConsole, setPageLang, settled, chromiumOnly } from '../../../test/helpers.js';

/**
 * A sign never breaks a word. Every template, in the language sets a facility really uses, at every
 * size: no word's characters on two lines, no word sticking out of its block. Measured per word
 * with DOM Ranges (words.ts), after the fonts (Noto Sans Arabic) have loaded and the letters have
 * been fitted.
 */
const ids = signs.signs.map((s) => s.id);

const $ = <T extends Element = HTMLElement>(el: HkiSign, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HkiSign, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const issues = (el: HkiSign, kind: string) => $$(el, `[part="editor"] li[data-kind="${kind}"]`).map(text);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const fit = (el: HkiSign) => parseFloat(getComputedStyle($(el, '.preview')!).getPropertyValue('--fit')) || 1;

/** A sign once its text is on the sheet, the fonts have loaded and the letters are fitted (a refit comes a frame later). */
async function sign(markup: ReturnType<typeof html>): Promise<HkiSign> {
  const el = await fixture<HkiSign>(markup);
  await settled(el, () => Boolean($(el, '.sheet .block, .sheet slot, [role="alert"]')));
  await document.fonts.ready;
  for (let i = 0; i < 3; i++) {
    await frame();
    await el.updateComplete;
  }
  return el;
}

/** What is wrong with the words of a sign: one line per word that is broken or sticks out. */
function misfits(el: HkiSign, id: string): string[] {
  return $$(el, '.block').flatMap((block) => {
    const where = `${id} ${block.getAttribute('lang')}`;
    return [
      ...brokenWords(block).map((word) => `${where}: "${word}" is broken over two lines`),
      ...overflowingWords(block).map((word) => `${where}: "${word}" sticks out of its block`),
    ];
  });
}

interface Layout {
  languages: string;
  size: 'a4' | 'a3' | 'screen';
  orientation?: 'portrait' | 'landscape';
  /** The viewport's width (CSS pixels). */
  width: number;
}

const layouts: Layout[] = [
  { languages: 'fi-x-plain ar so', size: 'a4', width: 800 },
  { languages: 'fi sv en', size: 'a4', width: 800 },
  { languages: 'fi-x-plain ar so', size: 'screen', width: 320 },
  { languages: 'fi sv en', size: 'screen', width: 320 },
  { languages: 'fi sv en', size: 'a4', orientation: 'landscape', width: 800 },
  { languages: 'fi sv en', size: 'a3', width: 800 },
  { languages: 'fi-x-plain ar so', size: 'a4', width: 320 },
];

describe('<hki-sign> never breaks a word', () => {
  beforeEach(async () => {
    await setPageLang('en');
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('words.ts', () => {
    it('finds the words of a block as Ranges, across elements, and ends a word at <br>', async () => {
      const p = await fixture<HTMLParagraphElement>(html`<p>Uima-allas <b>ja</b>sauna on<br />täällä.</p>`);
      expect(wordsOf(p).map((w) => w.word)).to.deep.equal(['Uima-allas', 'jasauna', 'on', 'täällä.']);
      expect(wordsOf(p).map((w) => w.range.toString())).to.deep.equal(['Uima-allas', 'jasauna', 'on', 'täällä.']);
    });

    it('sees a word broken over two lines, and one that sticks out', async () => {
      const broken = await fixture<HTMLParagraphElement>(
        html`<p style="width: 4em; overflow-wrap: anywhere; font: 16px sans-serif">Asiakaspalvelu ja</p>`,
      );
      expect(brokenWords(broken)).to.deep.equal(['Asiakaspalvelu']);
      expect(overflowingWords(broken)).to.deep.equal([]);
      const out = await fixture<HTMLParagraphElement>(html`<p style="width: 4em; font: 16px sans-serif">Asiakaspalvelu ja</p>`);
      expect(brokenWords(out)).to.deep.equal([]);
      expect(overflowingWords(out)).to.deep.equal(['Asiakaspalvelu']);
      const rtl = await fixture<HTMLParagraphElement>(html`<p dir="rtl" style="width: 4em; font: 16px sans-serif">Asiakaspalvelu</p>`);
      expect(overflowingWords(rtl), 'a right-to-left line sticks out on the left').to.deep.equal(['Asiakaspalvelu']);
    });

    it('counts lines by where the boxes stand, not how many there are', () => {
      const box = (top: number, height = 20) => new DOMRect(0, top, 10, height);
      expect(lineCount([])).to.equal(0);
      expect(lineCount([box(0), box(2, 16)]), 'two boxes on one line').to.equal(1);
      expect(lineCount([box(0), box(27)])).to.equal(2);
    });
  });

  for (const { languages, size, orientation = 'portrait', width } of layouts) {
    it(`in "${languages}" at ${size}${size === 'screen' ? '' : ` ${orientation}`} in a ${width} px wide window`, async function () {
      this.timeout(60_000);
      await setViewport({ width, height: 640 });
      const found: string[] = [];
      let words = 0;
      await captureConsole(async () => {
        for (const id of ids) {
          const el = await sign(html`<hki-sign sign=${id} languages=${languages} size=${size} orientation=${orientation}></hki-sign>`);
          const blocks = $$(el, '.block');
          expect(blocks.length, `${id} has a block per language`).to.equal(3);
          for (const block of blocks) {
            // The words cannot break: no breaking inside a word, no automatic hyphens.
            const style = getComputedStyle(block);
            expect([style.overflowWrap, style.wordBreak, style.hyphens], `${id} ${block.lang}`).to.deep.equal([
              'normal',
              'normal',
              'manual',
            ]);
            words += wordsOf(block).length;
          }
          found.push(...misfits(el, id));
          el.remove();
        }
      });
      expect(words, 'the words were measured').to.be.greaterThan(ids.length * 3);
      expect(found).to.deep.equal([]);
    });
  }

  // Print emulation needs the DevTools protocol: Chromium only.
  chromiumOnly('keeps every word whole on the printed sheet, with the letters fitted on screen', async function () {
    this.timeout(60_000);
    await setViewport({ width: 800, height: 640 });
    const found: string[] = [];
    await captureConsole(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const all: [HkiSign, string][] = [];
      for (const [languages, size, orientation] of [
        ['fi-x-plain ar so', 'a4', 'portrait'],
        ['fi sv en', 'a4', 'portrait'],
        ['fi sv en', 'a3', 'landscape'],
      ]) {
        for (const id of ids) {
          const el = Object.assign(document.createElement('hki-sign'), { sign: id, languages, size, orientation }) as HkiSign;
          wrapper.append(el);
          all.push([el, `${id} ${size} ${orientation}`]);
        }
      }
      await Promise.all(all.map(([el]) => settled(el, () => Boolean($(el, '.sheet .block')))));
      await document.fonts.ready;
      for (let i = 0; i < 3; i++) await frame();
      await Promise.all(all.map(([el]) => el.updateComplete));
      // A printer does not fit again: the letters stay as fitted on screen, scaled to the sheet.
      for (const [el] of all) (el as unknown as { fit: () => void }).fit = () => {};
      await emulateMedia({ media: 'print' });
      try {
        expect(matchMedia('print').matches).to.equal(true);
        for (const [el, what] of all) found.push(...misfits(el, what));
      } finally {
        await emulateMedia({ media: 'screen' });
        wrapper.remove();
      }
    });
    expect(found).to.deep.equal([]);
  });

  describe('on screen', () => {
    it('keeps its full letter size when the longest word fits, and shrinks only as far as it must', async () => {
      await setViewport({ width: 800, height: 640 });
      const wide = await sign(html`<hki-sign sign="library-help-desk" languages="fi-x-plain ar so"></hki-sign>`);
      expect(fit(wide)).to.equal(1);
      await setViewport({ width: 320, height: 640 });
      const narrow = await sign(html`<hki-sign sign="library-help-desk" languages="fi-x-plain ar so"></hki-sign>`);
      expect(fit(narrow)).to.be.below(1).and.above(0.5);
      expect(misfits(narrow, 'library-help-desk')).to.deep.equal([]);
      // A few per cent bigger and the longest word would not fit: the letters are as big as they can be.
      $(narrow, '.preview')!.style.setProperty('--fit', String(fit(narrow) * 1.06));
      expect(misfits(narrow, 'library-help-desk')).to.not.deep.equal([]);
    });

    it('fits again when the window gets narrower, and lets go of its ResizeObserver when removed', async () => {
      const disconnect = ResizeObserver.prototype.disconnect;
      let disconnected = 0;
      ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
        disconnected++;
        disconnect.call(this);
      };
      try {
        await setViewport({ width: 800, height: 640 });
        const el = await sign(html`<hki-sign sign="library-help-desk" languages="fi sv en"></hki-sign>`);
        expect(fit(el)).to.equal(1);
        await setViewport({ width: 320, height: 640 });
        for (let i = 0; i < 3; i++) {
          await frame();
          await el.updateComplete;
        }
        expect(fit(el)).to.be.below(1);
        expect(misfits(el, 'library-help-desk')).to.deep.equal([]);
        el.remove();
        expect(disconnected).to.equal(1);
      } finally {
        ResizeObserver.prototype.disconnect = disconnect;
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('fits custom text too', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await sign(html`<hki-sign><p lang="fi">Asiakaspalvelupiste</p></hki-sign>`);
        const [p] = el.children;
        expect(brokenWords(p)).to.deep.equal([]);
        expect(overflowingWords(p)).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('with viewing-distance', () => {
    it('names a word that cannot fit its line at the letter size, and warns once', async () => {
      const { result: el, warnings } = await captureConsole(async () => {
        const el = await sign(html`<hki-sign sign="reception" languages="fi-x-plain" size="a4" viewing-distance="1m" editor></hki-sign>`);
        el.scheme = 'inverse';
        await el.updateComplete;
        return el;
      });
      expect(issues(el, 'long-word')).to.deep.equal([
        'Finnish, plain language: the word "Asiakaspalvelu" does not fit on one line at this letter size. ' +
          'Choose A3, landscape or fewer languages.',
      ]);
      const [block] = $$(el, '.block');
      expect(brokenWords(block), 'the word is too long, but not broken').to.deep.equal([]);
      const lines = warnings.filter((w) => w.includes('"Asiakaspalvelu"'));
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('[hki-sign] reception: the fi-x-plain word "Asiakaspalvelu" does not fit on one line');
      await expect(el).to.be.accessible();
    });

    it('has no such error when the word fits (A3 landscape)', async () => {
      const { result: el } = await captureConsole(() =>
        sign(
          html`<hki-sign
            sign="reception"
            languages="fi-x-plain"
            size="a3"
            orientation="landscape"
            viewing-distance="1m"
            editor
          ></hki-sign>`,
        ),
      );
      expect(issues(el, 'long-word')).to.deep.equal([]);
      expect(misfits(el, 'reception')).to.deep.equal([]);
    });

    it('names every word that cannot fit from 15 m, breaks none, and still shows the sign', async () => {
      const { result: el } = await captureConsole(() =>
        sign(html`<hki-sign sign="reception" languages="fi-x-plain ar so" size="a4" viewing-distance="15m" editor></hki-sign>`),
      );
      const named = issues(el, 'long-word');
      expect(named.some((line) => line.includes('"Asiakaspalvelu"'))).to.equal(true);
      expect(named.length).to.be.at.least(3);
      for (const block of $$(el, '.block')) expect(brokenWords(block), block.lang).to.deep.equal([]);
    });

    it('says so in Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const { result: el } = await captureConsole(async () => {
        const el = await sign(html`<hki-sign sign="reception" languages="fi-x-plain" size="a4" viewing-distance="1m" editor></hki-sign>`);
        await settled(el, () => text($(el, '[part="editor"] h2')) === 'Tarkista ennen tulostamista');
        return el;
      });
      expect(issues(el, 'long-word')).to.deep.equal([
        'suomi, selkokieli: sana "Asiakaspalvelu" ei mahdu yhdelle riville tällä kirjainkoolla. ' +
          'Valitse A3, vaaka-asento tai vähemmän kieliä.',
      ]);
    });
  });
});
