/**
 * The finder's local search at a size where its index is built in several slices and each
 * keystroke searches within the services that passed the other filters: what a resident sees must
 * not change with that (the same results, counts and order), typing while the index builds works,
 * and `hki-search-ready` fires once the whole list is searchable. No timing is asserted here: the
 * figures are in scripts/bench/finder-local.mjs.
 *
 * Every service is SYNTHETIC: made-up words ("Vaahterakuja", "Lumikellotalo") drawn so that no two
 * are one letter apart (the search forgives one wrong letter from five letters on).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@hki-widgets/services/service-finder/define.js';
import type { HkiServiceFinder } from '@hki-widgets/services/service-finder.js';
import type { Service, ServicesPackage } from '@hki-widgets/data';
import { setPageLang, settled } from '../../../test/helpers.js';
import { findServices, NO_FILTERS, type ServiceFilters } from '../src/service-finder/results.js';
import { service } from './synthetic.js';

/** Name words: each service's name is two of them and its number. */
const NAME_WORDS = ['Vaahtera', 'Lumikello', 'Kanerva', 'Rastas', 'Pihlaja', 'Kuusama', 'Tervapääsky', 'Orvokki'];
/** Description words, none of them in a name. */
const TEXT_WORDS = ['kirjastokortti', 'uimahalli', 'neuvontapiste', 'terveysasema', 'kotoutuminen', 'työnhaku', 'asukastila'];
const TOPICS = ['work', 'culture', 'sport', 'health-social'] as const;

/** n services; the last one alone has "Kvartsilamppu" in its description. */
function services(n: number): Service[] {
  return Array.from({ length: n }, (_, i) =>
    service({
      id: `s${i}`,
      name: { fi: `${NAME_WORDS[i % 8]} ${NAME_WORDS[(i * 3 + 1) % 8]} ${i}` },
      description: {
        fi: `${TEXT_WORDS[i % 7]} ${TEXT_WORDS[(i * 5 + 2) % 7]} ${i === n - 1 ? 'Kvartsilamppu' : ''}`.repeat(3),
        sv: 'Synthetic service for the search tests.',
      },
      topics: [TOPICS[i % 4]],
      languages: [{ code: i % 5 ? 'fi' : 'so' }],
    }),
  );
}

const pkg = (list: Service[]): ServicesPackage => ({
  schemaVersion: '1.0.0',
  locales: ['fi', 'sv', 'en'],
  sources: [{ id: 'synthetic', title: 'Synthetic test data', lang: 'en' }],
  districts: [],
  services: list,
});

const root = (el: HkiServiceFinder) => el.shadowRoot!;
const countText = (el: HkiServiceFinder) => root(el).querySelector('[part="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The number the announced count says ("1 234 services found"). */
const count = (el: HkiServiceFinder) => Number(countText(el).replace(/\D+$/, '').replace(/\D/g, ''));
const shownNames = (el: HkiServiceFinder) =>
  [...root(el).querySelectorAll('ol[part="results"] [part="service-name"]')].map((n) => n.textContent?.trim());

async function type(el: HkiServiceFinder, query: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#q')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A finder given `list`, with a promise of its `hki-search-ready` event made before the data is set. */
async function finderWith(list: Service[]) {
  const el = await fixture<HkiServiceFinder>(html`<hki-service-finder url-state="off" lang="fi"></hki-service-finder>`);
  const ready = new Promise<CustomEvent>((resolve) =>
    el.addEventListener('hki-search-ready', (e) => resolve(e as CustomEvent), { once: true }),
  );
  el.data = pkg(list);
  await settled(el, () => Boolean(root(el).querySelector('[part="count"]')));
  return { el, ready };
}

describe('service finder: search at size', () => {
  it('finds a word of the last service after the index is built in several slices, and says how long it took', async () => {
    const list = services(4000);
    const { el, ready } = await finderWith(list);
    const event = await ready;
    expect(event.detail.services).to.equal(4000);
    expect(event.detail.ms).to.be.a('number').and.to.be.at.least(0);
    await type(el, 'kvartsilamppu');
    expect(shownNames(el)).to.deep.equal([`${NAME_WORDS[3999 % 8]} ${NAME_WORDS[(3999 * 3 + 1) % 8]} 3999`]);
    // Every description word, whichever slice added its services.
    await type(el, 'uimahalli');
    const expected = list.filter((s) => /uimahalli/.test(s.description.fi!)).length;
    expect(count(el)).to.equal(expected);
  });

  it('searches the names while the index is still being built, and the whole texts once it is ready', async () => {
    const list = services(6000);
    const { el, ready } = await finderWith(list);
    // Typed at once: the first slice's services are searchable by name, and nothing breaks.
    await type(el, 'vaahtera');
    expect(shownNames(el)[0]).to.match(/Vaahtera/);
    await type(el, 'kvartsilamppu');
    await ready;
    await el.updateComplete;
    // The query typed before the index was ready is answered in full once it is.
    expect(count(el)).to.equal(1);
    await type(el, 'vaahtera');
    expect(count(el)).to.equal(list.filter((s) => /Vaahtera/.test(s.name.fi!)).length);
  });

  it('shows a long list in Finnish name order at once, page after page, before and after all names are sorted', async () => {
    // More than 2,000 services: the whole order is sorted in slices after the first page is drawn.
    // Names with Å, Ä and Ö, which Finnish sorts after Z (code-point order would not).
    const initials = ['Ö', 'Zeta', 'Å', 'Ä', 'Aalto', 'Wilho', 'Vaahtera'];
    await setPageLang('fi');
    try {
      const list = services(3000).map((s, i) => ({ ...s, name: { fi: `${initials[i % 7]} ${s.name.fi}` } }));
      const collator = new Intl.Collator('fi');
      const inOrder = list.map((s) => s.name.fi!).sort((a, b) => collator.compare(a, b));
      const { el, ready } = await finderWith(list);
      expect(shownNames(el)).to.deep.equal(inOrder.slice(0, 20));
      expect(count(el)).to.equal(3000);
      // "Show more" straight away: the next page in the same order.
      root(el).querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await el.updateComplete;
      expect(shownNames(el)).to.deep.equal(inOrder.slice(0, 40));
      await ready;
      await el.updateComplete;
      expect(shownNames(el)).to.deep.equal(inOrder.slice(0, 40));
      expect(shownNames(el).at(-1)).to.match(/^Aalto/);
    } finally {
      await setPageLang('en');
    }
  });

  it('answers a query of up to three letters from the beginnings of name words, every word given', async () => {
    const list = services(3000);
    const { el, ready } = await finderWith(list);
    await ready;
    const begins = (s: Service, start: string) =>
      s.name
        .fi!.toLowerCase()
        .split(' ')
        .some((w) => w.startsWith(start));
    await type(el, 'ka');
    expect(count(el)).to.equal(list.filter((s) => begins(s, 'ka')).length);
    expect(count(el)).to.be.greaterThan(0);
    await type(el, 'ka r');
    expect(count(el)).to.equal(list.filter((s) => begins(s, 'ka') && begins(s, 'r')).length);
    expect(count(el)).to.be.greaterThan(0);
    // A word inside a name does not count: "ahtera" is not the beginning of "Vaahtera".
    await type(el, 'aht');
    expect(count(el)).to.equal(0);
  });

  it('keeps the other filters while typing, and applies a filter changed after typing', async () => {
    const list = services(800);
    const { el, ready } = await finderWith(list);
    await ready;
    await type(el, 'kanerva');
    const named = list.filter((s) => /Kanerva/.test(s.name.fi!));
    expect(count(el)).to.equal(named.length);
    const topic = root(el).querySelector<HTMLSelectElement>('select#topic')!;
    topic.value = 'sport';
    topic.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(count(el)).to.equal(named.filter((s) => s.topics.includes('sport')).length);
    await type(el, 'kanerva rastas');
    expect(count(el)).to.equal(named.filter((s) => s.topics.includes('sport') && /Rastas/.test(s.name.fi!)).length);
    topic.value = '';
    topic.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(count(el)).to.equal(named.filter((s) => /Rastas/.test(s.name.fi!)).length);
    // A new list with the same words: its own results.
    const ready2 = new Promise((resolve) => el.addEventListener('hki-search-ready', resolve, { once: true }));
    el.data = pkg(services(80));
    await ready2;
    await el.updateComplete;
    expect(count(el)).to.equal(services(80).filter((s) => /Kanerva/.test(s.name.fi!) && /Rastas/.test(s.name.fi!)).length);
  });
});

describe('findServices at size: the same order as checking every service', () => {
  const list = services(500);
  const order = new Map([...list].sort((a, b) => a.name.fi!.localeCompare(b.name.fi!)).map((s, i) => [s.id, i]));
  // Scores with ties, as MiniSearch's and the short queries' (all 1) give.
  const many = new Map(list.filter((_, i) => i % 3 !== 0).map((s, i) => [s.id, (i % 4) + 0.5]));
  // Few: looked up in the list that passed the filters rather than checking the whole list.
  const few = new Map(list.filter((_, i) => i % 29 === 1).map((s, i) => [s.id, i % 3]));
  // As the index gives them: best first (ties in the list's order), and a short query's, all equal.
  const bestFirst = new Map([...many].sort((a, b) => b[1] - a[1]));
  const equal = new Map(list.filter((_, i) => i % 7 === 2).map((s) => [s.id, 1]));

  /** Every service checked against every filter, then one sort by score, distance and name. */
  function reference(f: ServiceFilters, scores: Map<string, number> | undefined): string[] {
    const withScores = Boolean(scores);
    const byName = (a: Service, b: Service) => order.get(a.id)! - order.get(b.id)!;
    return list
      .filter((s) => (!f.topic || s.topics.includes(f.topic as never)) && (!f.language || s.languages.some((l) => l.code === f.language)))
      .filter((s) => !withScores || scores!.has(s.id))
      .sort((a, b) => (f.sort === 'relevance' && withScores ? scores!.get(b.id)! - scores!.get(a.id)! || byName(a, b) : byName(a, b)))
      .map((s) => s.id);
  }

  const cases: [string, Partial<ServiceFilters>][] = [
    ['no filter', {}],
    ['a topic', { topic: 'culture' }],
    ['a language', { language: 'so' }],
    ['a topic, in name order', { topic: 'work', sort: 'name' }],
  ];
  for (const [what, filters] of cases)
    for (const [words, scores] of [
      ['without words', undefined],
      ['with words that find many', many],
      ['with words that find few', few],
      ['with scores best first', bestFirst],
      ['with equal scores', equal],
    ] as const)
      it(`${what}, ${words}`, () => {
        const f = { ...NO_FILTERS, ...filters };
        const query = {
          services: list,
          districts: [],
          filters: f,
          presets: { topics: '', audiences: '', languages: '' },
          scores,
          order,
          now: new Date(),
        };
        // Twice: the second answer comes from the list that passed the filters, kept from the first.
        expect(findServices(query).matches.map((s) => s.id)).to.deep.equal(reference(f, scores));
        expect(findServices(query).matches.map((s) => s.id)).to.deep.equal(reference(f, scores));
      });
});
