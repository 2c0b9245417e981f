// The head start hki-widgets.js gives a widget's data (core's prefetch.ts): a request started before
// the element runs is the one the element then uses, once, with the element's own error messages.
import { expect } from '@open-wc/testing';
import { clearDataCache, loadProgramme } from '@hki-widgets/core';
import { prefetchProgramme, prefetchUrl } from '@hki-widgets/core/prefetch';
import { setPageLang } from '../../../test/helpers.js';

const example = '/packages/data/dist/examples/programme.example.json';
/** An address no other test has asked for, so the browser's resource entries count only ours. */
const fresh = (path: string) => new URL(`${path}?prefetch=${Math.random()}`, location.href).href;
const requests = (url: string) => performance.getEntriesByType('resource').filter((e) => e.name === url).length;
/** The resource entries of a request appear when its response has ended. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('prefetch (the data request started before the element runs)', () => {
  beforeEach(() => clearDataCache());
  after(() => setPageLang('en'));

  it('hands a URL’s response to the element’s load: one request, the same data', async () => {
    const url = fresh(example);
    prefetchUrl(url);
    const result = await loadProgramme(url, 'en');
    await settle();
    expect(result.ok).to.equal(true);
    expect(requests(url), 'requests for the address').to.equal(1);
  });

  it('hands it over only once: a later load asks again', async () => {
    const url = fresh(example);
    prefetchUrl(url);
    await loadProgramme(url, 'en');
    clearDataCache();
    await loadProgramme(url, 'en');
    await settle();
    expect(requests(url)).to.equal(2);
  });

  it('keeps the element’s own message for a failed address', async () => {
    const url = fresh('/no/such/package.json');
    prefetchUrl(url);
    const result = await loadProgramme(url, 'en');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.detail).to.contain('HTTP 404');
  });

  it('starts nothing for an address that is not http(s), and throws nothing', async () => {
    const original = window.fetch;
    const asked: string[] = [];
    window.fetch = (input, init) => {
      asked.push(String(input));
      return original(input, init);
    };
    try {
      expect(() => prefetchUrl('javascript:alert(1)')).not.to.throw();
      expect(() => prefetchUrl('http://[not a host')).not.to.throw();
      expect(() => prefetchUrl('data:application/json,{}')).not.to.throw();
    } finally {
      window.fetch = original;
    }
    expect(asked).to.deep.equal([]);
  });

  it('starts the bundled slice of the page’s language, the one the element then imports', async () => {
    await setPageLang('sv');
    prefetchProgramme({ measureSet: '7' });
    await settle();
    const slice = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/slices/programme.sv.set-7.js'));
    expect(slice(), 'requested before any element asked').to.have.length(1);
    const result = await loadProgramme(null, 'sv', { measureSet: '7' });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.data.measures.every((m) => m.setId === '7')).to.equal(true);
    expect(slice(), 'not requested again').to.have.length(1);
  });
});
