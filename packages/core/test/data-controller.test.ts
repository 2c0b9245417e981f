// The one data mechanism: a source run by DataController for an element, through the page-wide
// cache. What an element (and so a resident) sees: loading, then data or a message; a changed key
// is loading, never the previous data; one load per key; a load nobody needs is cancelled.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { DataController, DataFailure, HkiElement, clearDataCache, failureMessage, type Source } from '@hki-widgets/core';
import { captureConsole } from '../../../test/helpers.js';

interface Gate {
  signal?: AbortSignal;
  open: (value: unknown) => void;
  fail: (error: unknown) => void;
}

/** A source whose loads the test answers by hand, counting them per key. */
const gates = new Map<string, Gate[]>();
function testSource(key: string, family?: string): Source<{ text: string }> {
  return {
    key: `test:${key}`,
    family,
    address: `https://example.test/${key}.json`,
    what: 'the test data',
    load: (signal) =>
      new Promise((open, fail) => {
        const list = gates.get(key) ?? [];
        list.push({ signal, open, fail });
        gates.set(key, list);
      }),
    validate: (raw) => {
      if (typeof (raw as { text?: unknown })?.text !== 'string') throw new DataFailure('invalid', 'no text');
      return raw as { text: string };
    },
    isEmpty: (data) => data.text === '',
    describe: (error) =>
      failureMessage(error, {
        load: () => 'could not load',
        format: () => 'wrong format',
        timeout: () => 'too slow',
        tooLarge: () => 'too large',
      }),
  };
}
const answer = async (key: string, value: unknown) => {
  await waitUntil(() => gates.get(key)?.length, `no load of ${key}`);
  for (const gate of gates.get(key)!) gate.open(value);
};

@customElement('hki-test-data')
class HkiTestData extends HkiElement {
  @property() key = 'a';
  @property() family?: string;
  readonly data = new DataController(this, () => (this.key ? testSource(this.key, this.family) : undefined));
  override render() {
    return (
      this.renderDataState(this.data, () => 'nothing yet') ??
      html`<p class="text" aria-busy=${this.data.stale ? 'true' : 'false'}>${this.data.data?.text}</p>`
    );
  }
}

const shown = (el: HkiTestData) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const nextRender = async (el: HkiTestData) => {
  await el.data.settled;
  await el.updateComplete;
};

/** No gates, nothing cached: each test's loads are its own. */
function fresh(): void {
  gates.clear();
  clearDataCache();
}

describe('DataController over a source', () => {
  beforeEach(fresh);

  it('shows loading, then the data', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key="a"></hki-test-data>`);
    expect(el.data.status).to.equal('loading');
    expect(shown(el)).to.equal('Loading…');
    await answer('a', { text: 'hello' });
    await nextRender(el);
    expect(el.data.status).to.equal('ready');
    expect(shown(el)).to.equal('hello');
  });

  it('loads a key once for every element that asks, and uses a cached answer in the same update', async () => {
    const [one, two] = await Promise.all([
      fixture<HkiTestData>(html`<hki-test-data key="b"></hki-test-data>`),
      fixture<HkiTestData>(html`<hki-test-data key="b"></hki-test-data>`),
    ]);
    expect(gates.get('b')).to.have.length(1);
    await answer('b', { text: 'shared' });
    await nextRender(one);
    await nextRender(two);
    const third = await fixture<HkiTestData>(html`<hki-test-data key="b"></hki-test-data>`);
    expect(shown(third), 'no loading flash for cached data').to.equal('shared');
    expect(gates.get('b')).to.have.length(1);
  });

  it('shows the loading state for a changed key, never the previous data, and the last change wins', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key="c"></hki-test-data>`);
    await answer('c', { text: 'first' });
    await nextRender(el);
    el.key = 'd';
    await el.updateComplete;
    expect(el.data.value).to.equal(undefined);
    expect(shown(el)).to.equal('Loading…');
    el.key = 'e';
    await el.updateComplete;
    await answer('e', { text: 'last' });
    await answer('d', { text: 'stale answer' });
    await nextRender(el);
    // A fixed wait on purpose: the stale answer must not replace the last one within it.
    await new Promise((r) => setTimeout(r, 20));
    expect(shown(el)).to.equal('last');
  });

  it('keeps the previous data of the same family on screen, marked busy, while the new loads', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key="fi" family="pkg"></hki-test-data>`);
    await answer('fi', { text: 'suomeksi' });
    await nextRender(el);
    el.key = 'sv';
    await el.updateComplete;
    expect(el.data.status).to.equal('loading');
    expect(shown(el)).to.equal('suomeksi');
    expect(el.shadowRoot!.querySelector('.text')!.getAttribute('aria-busy')).to.equal('true');
    await answer('sv', { text: 'på svenska' });
    await nextRender(el);
    expect(shown(el)).to.equal('på svenska');
  });

  it('cancels a load when the element no longer needs it and nobody else waits for it', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key="f"></hki-test-data>`);
    await waitUntil(() => gates.get('f')?.length);
    const signal = gates.get('f')![0].signal!;
    el.key = 'g';
    await el.updateComplete;
    expect(signal.aborted).to.equal(true);
  });

  it('does not cancel a load another element still waits for', async () => {
    const root = await fixture(html`<div><hki-test-data key="h"></hki-test-data><hki-test-data key="h"></hki-test-data></div>`);
    const [one, two] = [...root.querySelectorAll<HkiTestData>('hki-test-data')];
    await waitUntil(() => gates.get('h')?.length);
    one.key = 'i';
    await one.updateComplete;
    expect(gates.get('h')![0].signal!.aborted).to.equal(false);
    await answer('h', { text: 'kept' });
    await nextRender(two);
    expect(shown(two)).to.equal('kept');
  });

  it('says a failure in the interface language once, and names the element, the address and the cause in the console', async () => {
    const { errors } = await captureConsole(async () => {
      const el = await fixture<HkiTestData>(html`<hki-test-data key="j"></hki-test-data>`);
      await answer('j', { wrong: true });
      await nextRender(el);
      expect(el.data.status).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('wrong format');
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(errors).to.deep.equal(['[hki-test-data] could not use the test data from https://example.test/j.json: no text']);
  });

  it('turns any exception in a source into a described failure', async () => {
    await captureConsole(async () => {
      const el = await fixture<HkiTestData>(html`<hki-test-data key="k"></hki-test-data>`);
      await waitUntil(() => gates.get('k')?.length);
      gates.get('k')![0].fail(new TypeError('boom'));
      await nextRender(el);
      expect(el.data.error?.kind).to.equal('invalid');
      expect(el.data.error?.detail).to.match(/boom/);
      expect(shown(el)).to.equal('wrong format');
    });
  });

  it('shows the empty state for valid data with nothing in it', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key="l"></hki-test-data>`);
    await answer('l', { text: '' });
    await nextRender(el);
    expect(el.data.status).to.equal('empty');
    expect(shown(el)).to.equal('nothing yet');
  });

  it('asks again after a failure when the same key comes back', async () => {
    await captureConsole(async () => {
      const el = await fixture<HkiTestData>(html`<hki-test-data key="m"></hki-test-data>`);
      await answer('m', 'not an object');
      await nextRender(el);
      el.key = 'n';
      await el.updateComplete;
      el.key = 'm';
      await el.updateComplete;
      expect(gates.get('m')).to.have.length(2);
    });
  });

  it('is idle, with nothing loaded, when the element asks for no source', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key=""></hki-test-data>`);
    expect(el.data.status).to.equal('idle');
    expect(gates.size).to.equal(0);
  });
});

describe('the ready signal (dataState, dataComplete)', () => {
  beforeEach(fresh);

  it('is loading until the data has answered and been rendered, then ready', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key="r1"></hki-test-data>`);
    expect(el.dataState).to.equal('loading');
    const complete = el.dataComplete();
    await answer('r1', { text: 'rendered' });
    expect(await complete).to.equal('ready');
    expect(shown(el)).to.equal('rendered');
  });

  it('says error and empty as they are', async () => {
    await captureConsole(async () => {
      const failing = await fixture<HkiTestData>(html`<hki-test-data key="r2"></hki-test-data>`);
      await answer('r2', 42);
      expect(await failing.dataComplete()).to.equal('error');
    });
    const empty = await fixture<HkiTestData>(html`<hki-test-data key="r3"></hki-test-data>`);
    await answer('r3', { text: '' });
    expect(await empty.dataComplete()).to.equal('empty');
    expect(shown(empty)).to.equal('nothing yet');
  });

  it('is ready at once for an element that loads nothing', async () => {
    const el = await fixture<HkiTestData>(html`<hki-test-data key=""></hki-test-data>`);
    expect(await el.dataComplete()).to.equal('ready');
  });
});
