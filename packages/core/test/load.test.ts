import { expect } from '@open-wc/testing';
import { clearDataCache, loadProgramme, loadSettings } from '@hki-widgets/core';

const fixtures = new URL('./fixtures/', import.meta.url).href;
const programmeUrl = new URL('../../data/dist/programme.json', import.meta.url).href;

/** Counts the requests made to URLs containing `part` while fn runs. */
async function countRequests(part: string, fn: () => Promise<unknown>): Promise<number> {
  const original = window.fetch;
  let count = 0;
  window.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes(part)) count += 1;
    return original(input, init);
  };
  try {
    await fn();
  } finally {
    window.fetch = original;
  }
  return count;
}

describe('loadProgramme', () => {
  beforeEach(() => clearDataCache());
  afterEach(() => {
    loadSettings.timeoutMs = 15_000;
    loadSettings.maxBytes = 5 * 1024 * 1024;
  });

  it('gives the bundled package for a locale with no src', async () => {
    const result = await loadProgramme(undefined, 'sv');
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.data.locales).to.deep.equal(['sv']);
      expect(result.data.measures).to.have.length(64);
    }
  });

  it('fetches a src URL once, however many elements ask at once or later', async () => {
    const count = await countRequests('programme.json', async () => {
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => loadProgramme(programmeUrl, 'fi')));
      await loadProgramme(programmeUrl, 'en');
      expect(results.every((r) => r.ok)).to.equal(true);
    });
    expect(count).to.equal(1);
  });

  const failures: [string, () => string, string, RegExp][] = [
    ['a 404', () => `${fixtures}missing.json`, 'http', /HTTP 404/],
    ['a 500', () => '/__test/status/500', 'http', /HTTP 500/],
    ['text that is not JSON', () => `${fixtures}not-json.txt`, 'json', /not JSON/],
    ['a package that breaks the schema', () => `${fixtures}invalid-package.json`, 'invalid', /\/measures: must be a list/],
    ['a connection reset', () => '/__test/reset', 'network', /request failed/],
    ['a src that is not an http URL', () => 'javascript:alert(1)', 'network', /not an http\(s\) URL/],
  ];
  for (const [name, url, kind, detail] of failures) {
    it(`describes ${name} precisely without throwing`, async () => {
      const result = await loadProgramme(url(), 'fi');
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.error.kind).to.equal(kind);
        expect(result.error.detail).to.match(detail);
      }
    });
  }

  it('gives up after the timeout', async () => {
    loadSettings.timeoutMs = 200;
    const result = await loadProgramme('/__test/delay/2000', 'fi');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('timeout');
  });

  it('refuses a response larger than the limit', async () => {
    loadSettings.maxBytes = 1000;
    const result = await loadProgramme(programmeUrl, 'fi');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.kind).to.equal('too-large');
  });

  it('tries a failed URL again when asked again', async () => {
    const count = await countRequests('status/503', async () => {
      await loadProgramme('/__test/status/503', 'fi');
      await loadProgramme('/__test/status/503', 'fi');
    });
    expect(count).to.equal(2);
  });
});
