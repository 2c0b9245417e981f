import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@hki-widgets/signage/sign/define.js';
import type { HkiSign } from '@hki-widgets/signage/sign.js';
import { chromiumOnly, setPageLang, settled } from '../../../test/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const button = (el: HkiSign) => $<HTMLButtonElement>(el, '[part="print-button"]')!;
const marked = (name: 'alone' | 'path' | 'hidden') => [...document.querySelectorAll(`[data-hki-print-${name}]`)];
const display = (node: Element) => getComputedStyle(node).display;
/** The @page rule last in the document's style sheets: the one in force. */
const lastPageRule = () =>
  document.adoptedStyleSheets
    .flatMap((s) => [...s.cssRules])
    .filter((r) => r.cssText.startsWith('@page'))
    .at(-1)?.cssText ?? '';

async function ready(el: HkiSign): Promise<HkiSign> {
  await settled(el, () => Boolean($(el, '.sheet')));
  await el.updateComplete;
  return el;
}

/** Replaces window.print while fn runs; `during` runs inside print() (the page as it prints). */
async function withPrint<T>(during: () => void, fn: (calls: () => number) => Promise<T>): Promise<T> {
  const original = window.print;
  let calls = 0;
  window.print = () => {
    calls++;
    during();
  };
  try {
    return await fn(() => calls);
  } finally {
    window.print = original;
    // Leave nothing behind for the next test, whatever it did.
    window.dispatchEvent(new Event('afterprint'));
  }
}

/** An A4 lift sign after a paragraph, ready. */
async function liftSignBesideText() {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <p>Other</p>
      <hki-sign sign="lift" size="a4"></hki-sign>
    </div>`,
  );
  return ready(page.querySelector('hki-sign')!);
}

describe('<hki-sign> "Print this sign"', () => {
  beforeEach(async () => {
    await setPageLang('en');
  });
  after(async () => {
    await setPageLang('en');
  });

  const names: [string, string][] = [
    ['en', 'Print this sign'],
    ['fi', 'Tulosta tämä kyltti'],
    ['sv', 'Skriv ut den här skylten'],
  ];
  for (const [lang, name] of names) {
    it(`is a button named "${name}" on a ${lang} page, under the sign and not on it`, async () => {
      await setPageLang(lang);
      const el = await ready(await fixture<HkiSign>(html`<hki-sign sign="changing-rooms" size="a4"></hki-sign>`));
      await settled(el, () => button(el)?.textContent?.trim() === name, `no "${name}" button`);
      const print = button(el);
      expect(print.localName).to.equal('button');
      expect(print.type).to.equal('button');
      expect(print.getAttribute('lang')).to.equal(lang);
      expect(print.hasAttribute('aria-label'), 'its name is its text').to.equal(false);
      expect(print.closest('[part="base"]')).to.equal(null);
      expect($(el, '.preview')!.compareDocumentPosition(print) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(print.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });
  }

  it('is reached with Tab and pressed with Enter', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Before</button>
        <hki-sign sign="showers" size="a4" editor></hki-sign>
      </div>`,
    );
    const el = await ready(page.querySelector('hki-sign')!);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await withPrint(
      () => undefined,
      async (calls) => {
        await sendKeys({ press: 'Enter' });
        expect(calls()).to.equal(1);
      },
    );
  });

  it('is also under a sign for the screen', async () => {
    const el = await ready(await fixture<HkiSign>(html`<hki-sign sign="gym"></hki-sign>`));
    expect(button(el).textContent!.trim()).to.equal('Print this sign');
    await expect(el).to.be.accessible();
  });

  chromiumOnly('is not printed, and neither is the editor check', async () => {
    const el = await ready(await fixture<HkiSign>(html`<hki-sign sign="sauna" size="a4" editor></hki-sign>`));
    expect(display(button(el))).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(display(button(el))).to.equal('none');
      expect(display($(el, '[part="editor"]')!)).to.equal('none');
      expect(display($(el, '[part="base"]')!)).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  chromiumOnly(
    "marks everything else hidden for print, puts the sign's paper size in force, prints, and undoes it on afterprint",
    async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <h1>Notices</h1>
          <section>
            <p>Print the signs below.</p>
            <hki-sign sign="changing-rooms" size="a4"></hki-sign>
            <hki-sign sign="showers" size="a3" orientation="landscape"></hki-sign>
          </section>
          <footer>Footer</footer>
        </div>`,
      );
      const [a4, a3] = [...page.querySelectorAll('hki-sign')];
      await ready(a4);
      await ready(a3);
      const heading = page.querySelector('h1')!;
      const paragraph = page.querySelector('p')!;
      const footer = page.querySelector('footer')!;
      const sheetsBefore = document.adoptedStyleSheets.length;
      let seen: { alone: Element[]; hidden: Element[]; path: Element[]; page: string; display: string[] } | undefined;

      await withPrint(
        () => {
          seen = {
            alone: marked('alone'),
            hidden: marked('hidden'),
            path: marked('path'),
            page: lastPageRule(),
            display: [heading, paragraph, footer, a3, a4].map(display),
          };
        },
        async (calls) => {
          button(a4).click();
          expect(calls()).to.equal(1);
          expect(seen!.alone).to.deep.equal([a4]);
          for (const node of [heading, paragraph, footer, a3]) expect(seen!.hidden).to.include(node);
          expect(seen!.hidden).to.not.include(a4);
          for (const node of [a4, a4.parentElement!, page, document.body, document.documentElement]) expect(seen!.path).to.include(node);
          expect(seen!.page).to.match(/size: a4( portrait)?;/i);
          // Nothing changes on screen.
          expect(seen!.display.slice(0, 4)).to.not.include('none');

          // While the print dialog is open, the page as it prints shows the sign alone.
          await emulateMedia({ media: 'print' });
          try {
            expect([heading, paragraph, footer, a3].map(display)).to.deep.equal(['none', 'none', 'none', 'none']);
            expect(display(a4)).to.equal('block');
            expect(getComputedStyle(a4).visibility).to.equal('visible');
            expect(getComputedStyle(document.body).marginTop).to.equal('0px');
          } finally {
            await emulateMedia({ media: 'screen' });
          }

          window.dispatchEvent(new Event('afterprint'));
          expect([...marked('alone'), ...marked('hidden'), ...marked('path')]).to.deep.equal([]);
          expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
          expect(lastPageRule()).to.not.match(/size: a4( portrait)?;/i);
        },
      );
    },
  );

  it("prints a sign for the screen alone on the printer's default sheet", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <hki-sign sign="showers" size="a3" orientation="landscape"></hki-sign>
        <hki-sign sign="gym"></hki-sign>
      </div>`,
    );
    const [a3, screen] = [...page.querySelectorAll('hki-sign')];
    await ready(a3);
    await ready(screen);
    let rule = '';
    await withPrint(
      () => (rule = lastPageRule()),
      async () => {
        button(screen).click();
        expect(rule).to.match(/size: auto;/);
        expect(marked('hidden')).to.include(a3);
      },
    );
  });

  it('undoes the marks right after print() when it printed then and there (beforeprint without afterprint)', async () => {
    const el = await liftSignBesideText();
    let during = 0;
    await withPrint(
      () => {
        window.dispatchEvent(new Event('beforeprint'));
        during = marked('hidden').length;
      },
      async () => {
        button(el).click();
        expect(during).to.be.greaterThan(0);
        expect(marked('hidden')).to.deep.equal([]);
        expect(marked('path')).to.deep.equal([]);
      },
    );
  });

  it('keeps the marks while the browser prints after print() returns, until the person is back on the page', async () => {
    const el = await liftSignBesideText();
    await withPrint(
      () => undefined,
      async () => {
        button(el).click();
        expect(marked('alone')).to.deep.equal([el]);
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
        expect(marked('alone')).to.deep.equal([]);
        expect(marked('hidden')).to.deep.equal([]);
      },
    );
  });

  chromiumOnly('hides the siblings inside shadow roots and slots on the way up', async () => {
    // A page component that renders its own heading and slots the sign into a card.
    if (!customElements.get('test-print-card')) {
      customElements.define(
        'test-print-card',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML =
              `<h2 id="title">Card title</h2><div id="body"><slot></slot></div><p id="note">Note</p>`;
          }
        },
      );
    }
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <test-print-card><span>Light sibling</span><hki-sign sign="toilets" size="a4"></hki-sign></test-print-card>
      </div>`,
    );
    const card = page.querySelector('test-print-card')!;
    const el = await ready(card.querySelector('hki-sign')!);
    const inCard = (id: string) => card.shadowRoot!.getElementById(id)!;
    const cardSheets = card.shadowRoot!.adoptedStyleSheets.length;
    await withPrint(
      () => undefined,
      async () => {
        button(el).click();
        expect(inCard('title').hasAttribute('data-hki-print-hidden')).to.equal(true);
        expect(inCard('note').hasAttribute('data-hki-print-hidden')).to.equal(true);
        expect(inCard('body').hasAttribute('data-hki-print-path')).to.equal(true);
        expect(card.querySelector('span')!.hasAttribute('data-hki-print-hidden')).to.equal(true);
        expect(card.shadowRoot!.adoptedStyleSheets.length).to.equal(cardSheets + 1);
        await emulateMedia({ media: 'print' });
        try {
          expect([inCard('title'), inCard('note'), card.querySelector('span')!].map(display)).to.deep.equal(['none', 'none', 'none']);
          expect(display(el)).to.equal('block');
        } finally {
          await emulateMedia({ media: 'screen' });
        }
        window.dispatchEvent(new Event('afterprint'));
        expect(card.shadowRoot!.adoptedStyleSheets.length).to.equal(cardSheets);
        expect(inCard('title').hasAttribute('data-hki-print-hidden')).to.equal(false);
      },
    );
  });
});
