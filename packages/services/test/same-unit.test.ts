/**
 * The same unit looks the same in <hki-service-card> and in a <hki-service-finder> result (issue 13):
 * both render it with shared/render-service.ts, from the same recorded register data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@hki-widgets/services/service-card/define.js';
import '@hki-widgets/services/service-finder/define.js';
import type { HkiServiceCard } from '@hki-widgets/services/service-card.js';
import type { HkiServiceFinder } from '@hki-widgets/services/service-finder.js';
import { captureConsole, setPageLang, settled } from '../../../test/helpers.js';

/** The recorded TPR v4 units 41102 (Yrjönkatu swimming hall) and 42284 as one list (fixtures/README.md, "Derived"). */
const recordedUrl = new URL('./fixtures/derived/tpr-units-41102-42284.json', import.meta.url).href;

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a reader meets in an article: its text, its links (address, text, language), its picture, its fact rows, its hours lines. */
function reading(article: Element) {
  return {
    heading: [article.querySelector('[part="service-name"]')?.tagName, text(article.querySelector('[part="service-name"]'))],
    text: text(article),
    links: [...article.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      text(a),
      a.getAttribute('hreflang'),
      a.querySelector('[lang]')?.getAttribute('lang') ?? null,
    ]),
    picture: [...article.querySelectorAll('img')].map((img) => [
      img.getAttribute('src'),
      img.getAttribute('alt'),
      img.getAttribute('loading'),
    ]),
    facts: [...article.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]),
    hours: [...article.querySelectorAll('.hours-line')].map((line) => line.textContent),
    accessibility: [text(article.querySelector('details summary')), article.querySelector('details')?.open ?? null],
  };
}

/** Lit's markers and the whitespace between tags, which differ with where a template sits, not with what it shows. */
const markup = (article: Element) =>
  article.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ');

async function both(): Promise<{ card: Element; result: Element }> {
  const { result } = await captureConsole(async () => {
    const cardEl = await fixture<HkiServiceCard>(
      html`<hki-service-card format="tpr" src=${recordedUrl} service="tpr-41102"></hki-service-card>`,
    );
    const finderEl = await fixture<HkiServiceFinder>(
      html`<hki-service-finder url-state="off" format="tpr" src=${recordedUrl}></hki-service-finder>`,
    );
    await settled(cardEl, () => Boolean(cardEl.shadowRoot!.querySelector('article')));
    await settled(finderEl, () =>
      Boolean(finderEl.shadowRoot!.querySelector('article#service-tpr-41102, article [id="service-tpr-41102"]')),
    );
    return { cardEl, finderEl };
  });
  const card = result.cardEl.shadowRoot!.querySelector('article')!;
  const named = [...result.finderEl.shadowRoot!.querySelectorAll('article')].find(
    (a) => a.querySelector('[part="service-name"]')?.id === 'service-tpr-41102',
  );
  if (!named) throw new Error('the finder shows no article for unit 41102');
  return { card, result: named };
}

describe('the same register unit in the card and in the finder', () => {
  afterEach(() => setPageLang('en'));

  for (const lang of ['fi', 'sv', 'en']) {
    it(`reads the same on a page in ${lang}: text, links, picture, facts, hours and accessibility`, async () => {
      await setPageLang(lang);
      const { card, result } = await both();
      expect(reading(result)).to.deep.equal(reading(card));
      expect(reading(card).links.length).to.be.above(10);
      expect(reading(card).hours).to.have.length(3);
    });
  }

  it('is the same markup in both', async () => {
    const { card, result } = await both();
    expect(markup(result)).to.equal(markup(card));
  });
});
