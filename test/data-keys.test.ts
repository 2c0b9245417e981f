// What an element shows while the data its attributes ask for changes quickly: another measure set,
// another source, another page language. A framework (React, Vue) changes attributes one render at
// a time, without waiting for data. Each change must show the loading state or the previous
// language's texts, never an error about data the element was not asked for, and the last change
// must win whatever order the loads answer in.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { clearDataCache } from '@hki-widgets/core';
import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/measures/programme-summary/define.js';
import '@hki-widgets/glossary/term/define.js';
import type { HkiMeasureCard } from '@hki-widgets/measures/measure-card.js';
import type { HkiProgrammeSummary } from '@hki-widgets/measures/programme-summary.js';
import type { HkiTerm } from '@hki-widgets/glossary/term.js';
import { captureConsole, setPageLang, settled } from './helpers.js';

type Lang = 'fi' | 'sv' | 'en';
type Texts = Record<Lang, string>;
interface Programme {
  programme: { title: Texts };
  measures: { id: string; title: Texts }[];
  concepts: { id: string; term: Texts }[];
}

const programmeUrl = new URL('../packages/data/dist/programme.json', import.meta.url).href;
/** The test server answers after half a second with `{}`, which is not a programme package. */
const slowSrc = '/__test/delay/500';

let data: Programme;
const measureTitle = (id: string, lang: Lang) => `${id} ${data.measures.find((m) => m.id === id)!.title[lang]}`;
const conceptName = (id: string, lang: Lang) => data.concepts.find((c) => c.id === id)!.term[lang];

const read = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titleOf = (el: HkiMeasureCard | HkiProgrammeSummary) => read(el.shadowRoot?.querySelector('[part="title"]'));
const nameOf = (el: HkiTerm) => read(el.shadowRoot?.querySelector('[part="term"] slot'));
const alertsIn = (node: Node): string[] => {
  if (!(node instanceof Element || node instanceof ShadowRoot)) return [];
  const found = [...node.querySelectorAll('[role="alert"]')];
  if (node instanceof Element && node.matches('[role="alert"]')) found.unshift(node);
  return found.map(read);
};

/** Lets the element render its current attributes (one framework render), without waiting for any data. */
const rendered = (el: LitElement) => el.updateComplete;
/**
 * Long enough for a dropped request to the slow address, or a dropped bundled chunk, to answer. A fixed
 * wait on purpose: what it checks is that those answers change nothing (nothing to wait for).
 */
const lateAnswers = () => new Promise((resolve) => setTimeout(resolve, 700));

/**
 * Runs the changes while watching the element: the console errors, and every error state
 * (role="alert") it shows meanwhile, looked for on every animation frame and in every node added
 * to its shadow tree (an error shown for less than a frame counts too).
 */
async function watch(el: LitElement, changes: () => Promise<void>): Promise<{ errors: string[]; alerts: string[] }> {
  const alerts: string[] = [];
  let frame = 0;
  const poll = () => {
    alerts.push(...alertsIn(el.shadowRoot!));
    frame = requestAnimationFrame(poll);
  };
  frame = requestAnimationFrame(poll);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) alerts.push(...alertsIn(node));
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  try {
    const { errors } = await captureConsole(changes);
    observer.takeRecords().forEach((record) => record.addedNodes.forEach((node) => alerts.push(...alertsIn(node))));
    return { errors, alerts };
  } finally {
    cancelAnimationFrame(frame);
    observer.disconnect();
  }
}

/** Nothing false said: no console error, no error state at any moment. */
function expectQuiet({ errors, alerts }: { errors: string[]; alerts: string[] }): void {
  expect(errors, 'console errors').to.deep.equal([]);
  expect(alerts, 'error states shown').to.deep.equal([]);
}

describe('changing what data an element asks for', () => {
  before(async () => {
    data = await (await fetch(programmeUrl)).json();
  });
  beforeEach(async () => {
    await setPageLang('en');
    // Every load is a real one: nothing answers from an earlier test.
    clearDataCache();
  });
  after(() => setPageLang('en'));

  describe('<hki-measure-card>', () => {
    const card = async (measure: string) => {
      const el = await fixture<HkiMeasureCard>(html`<hki-measure-card measure=${measure}></hki-measure-card>`);
      await settled(el, () => titleOf(el) === measureTitle(measure, 'en'), `measure ${measure} was not shown`);
      return el;
    };

    it('measure 1.1 → 8.3 → 4.12, one render each: loading, never "no measure" from the previous set', async () => {
      const el = await card('1.1');
      const seen = await watch(el, async () => {
        el.measure = '8.3';
        await rendered(el);
        expect(titleOf(el), 'the previous measure is not shown as 8.3').to.not.equal(measureTitle('1.1', 'en'));
        el.setAttribute('measure', '4.12');
        await rendered(el);
        await settled(el, () => titleOf(el) === measureTitle('4.12', 'en'), 'measure 4.12 was not shown');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(titleOf(el)).to.equal(measureTitle('4.12', 'en'));
    });

    it('measure 1.1 → 8.3 → 4.12 while the first measure set is still loading', async () => {
      const el = await fixture<HkiMeasureCard>(html`<hki-measure-card measure="1.1"></hki-measure-card>`);
      const seen = await watch(el, async () => {
        el.measure = '8.3';
        await rendered(el);
        el.measure = '4.12';
        await settled(el, () => titleOf(el) === measureTitle('4.12', 'en'), 'measure 4.12 was not shown');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(titleOf(el)).to.equal(measureTitle('4.12', 'en'));
    });

    it('src: none → a slow address → the programme at a URL → none again: the last wins, no dropped answer is used', async () => {
      const el = await card('4.12');
      const seen = await watch(el, async () => {
        el.src = slowSrc;
        await rendered(el);
        el.src = programmeUrl;
        await rendered(el);
        el.removeAttribute('src');
        await rendered(el);
        await settled(el, () => titleOf(el) === measureTitle('4.12', 'en'), 'measure 4.12 was not shown');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(el.hasAttribute('src')).to.equal(false);
      expect(titleOf(el)).to.equal(measureTitle('4.12', 'en'));
    });

    it('page language fi → sv → en: the last language wins', async () => {
      const el = await card('4.12');
      clearDataCache();
      const seen = await watch(el, async () => {
        await setPageLang('fi');
        await setPageLang('sv');
        await setPageLang('en');
        await settled(el, () => titleOf(el) === measureTitle('4.12', 'en'), 'measure 4.12 was not shown in English');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(titleOf(el)).to.equal(measureTitle('4.12', 'en'));
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    });

    it('measure and language together: 8.3 in Finnish, then 4.12 in Swedish', async () => {
      const el = await card('1.1');
      const seen = await watch(el, async () => {
        el.measure = '8.3';
        await setPageLang('fi');
        el.measure = '4.12';
        await setPageLang('sv');
        await settled(el, () => titleOf(el) === measureTitle('4.12', 'sv'), 'measure 4.12 was not shown in Swedish');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(titleOf(el)).to.equal(measureTitle('4.12', 'sv'));
    });
  });

  describe('<hki-term>', () => {
    const term = async (concept: string) => {
      const el = await fixture<HkiTerm>(html`<hki-term concept=${concept}></hki-term>`);
      await settled(el, () => nameOf(el) === conceptName(concept, 'en'), `concept ${concept} was not shown`);
      return el;
    };

    it('src and concept changing together: never "not found" for data it was not asked for', async () => {
      const el = await term('immigrant');
      const seen = await watch(el, async () => {
        el.src = slowSrc;
        await rendered(el);
        el.concept = 'second-generation';
        el.src = programmeUrl;
        await rendered(el);
        el.removeAttribute('src');
        el.concept = 'foreign-language-speaker';
        await rendered(el);
        await settled(el, () => nameOf(el) === conceptName('foreign-language-speaker', 'en'), 'the last concept was not shown');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(nameOf(el)).to.equal(conceptName('foreign-language-speaker', 'en'));
    });

    it('page language fi → sv → en: the last language wins', async () => {
      const el = await term('immigrant');
      clearDataCache();
      const seen = await watch(el, async () => {
        await setPageLang('fi');
        await setPageLang('sv');
        await setPageLang('en');
        await settled(el, () => nameOf(el) === conceptName('immigrant', 'en'), 'the concept was not shown in English');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(nameOf(el)).to.equal(conceptName('immigrant', 'en'));
    });

    it('an unknown concept is reported once its data is there, not before', async () => {
      const el = await term('immigrant');
      const seen = await watch(el, async () => {
        el.src = slowSrc;
        el.concept = 'refugee';
        await rendered(el);
        expect(alertsIn(el.shadowRoot!), 'no verdict while loading').to.deep.equal([]);
        el.src = programmeUrl;
        await settled(el, () => alertsIn(el.shadowRoot!).length > 0, 'the unknown concept was not said');
      });
      expect(seen.errors).to.have.length(1);
      expect(seen.errors[0]).to.contain('no concept "refugee"').and.contain(programmeUrl);
      expect(seen.alerts.every((alert) => alert.includes('refugee'))).to.equal(true);
    });
  });

  describe('<hki-programme-summary>', () => {
    const summary = async () => {
      const el = await fixture<HkiProgrammeSummary>(html`<hki-programme-summary></hki-programme-summary>`);
      await settled(el, () => titleOf(el) === data.programme.title.en, 'the summary was not shown');
      return el;
    };

    it('src: none → a slow address → the programme at a URL → none again: the last wins', async () => {
      const el = await summary();
      const seen = await watch(el, async () => {
        el.src = slowSrc;
        await rendered(el);
        el.src = programmeUrl;
        await rendered(el);
        el.removeAttribute('src');
        await rendered(el);
        await settled(el, () => titleOf(el) === data.programme.title.en && el.shadowRoot!.querySelectorAll('[part="theme"]').length === 4);
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(titleOf(el)).to.equal(data.programme.title.en);
    });

    it('page language fi → sv → en: the last language wins', async () => {
      const el = await summary();
      clearDataCache();
      const seen = await watch(el, async () => {
        await setPageLang('fi');
        await setPageLang('sv');
        await setPageLang('en');
        await settled(el, () => titleOf(el) === data.programme.title.en, 'the summary was not shown in English');
        await lateAnswers();
      });
      expectQuiet(seen);
      expect(titleOf(el)).to.equal(data.programme.title.en);
    });
  });
});
