// The CDN script, as a web editor uses it: built bundle, plain page, two lines of HTML.
import { expect, waitUntil } from '@open-wc/testing';
import { must } from './helpers.js';

const bundle = new URL('../packages/embed/dist/hki-widgets.js', import.meta.url).pathname;

interface Frame {
  window: Window & { __errors: string[] };
  document: Document;
  cleanup: () => void;
}

/** Loads a page in an iframe, collecting console errors and uncaught exceptions. */
async function page(body: string, lang = 'en'): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:400px';
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test page</title>
    <script>
      window.__errors = [];
      const original = console.error;
      console.error = (...a) => { window.__errors.push(a.map(String).join(' ')); original(...a); };
      window.addEventListener('error', (e) => window.__errors.push('uncaught: ' + e.message));
      window.addEventListener('unhandledrejection', (e) => window.__errors.push('unhandled: ' + e.reason));
    </script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['window'];
  return { window: win, document: iframe.contentDocument!, cleanup: () => iframe.remove() };
}

const termText = (doc: Document, index = 0) =>
  doc.querySelectorAll('hki-term')[index]?.shadowRoot?.querySelector('slot')?.textContent ?? '';

describe('hki-widgets.js (the CDN script)', () => {
  it('defines <hki-term> on demand on a page that has nothing else', async () => {
    const {
      window,
      document: doc,
      cleanup,
    } = await page(`
      <script type="module" src="${bundle}"></script>
      <p>Helsinki welcomes <hki-term concept="immigrant">immigrants</hki-term>.</p>`);
    try {
      await waitUntil(
        () => window.customElements.get('hki-term') && doc.querySelector('hki-term')!.shadowRoot?.querySelector('button'),
        'hki-term was not defined',
        { timeout: 5000 },
      );
      const chunks = window.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/embed/dist/'));
      expect(chunks.some((n) => /chunks\/term-[\w-]+\.js$/.test(n))).to.equal(true);
      // Only the glossary (1 kB), not the whole programme (28 kB).
      expect(chunks.some((n) => /programme\.en\.glossary-/.test(n))).to.equal(true);
      expect(
        chunks.some((n) => /programme\.en-/.test(n)),
        'loaded the whole programme for one term',
      ).to.equal(false);
      expect(
        chunks.some((n) => /programme\.(fi|sv)[.-]/.test(n)),
        'loaded data in another language',
      ).to.equal(false);
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it("asks for a widget's data at the same time as its code, once, and not for the widgets inside another", async () => {
    const {
      window,
      document: doc,
      cleanup,
    } = await page(
      `<script type="module" src="${bundle}"></script>
      <hki-measure-card measure="6.2"></hki-measure-card>
      <hki-measure-list url-state="off" view="cards" measure-set="3"></hki-measure-list>`,
      'fi',
    );
    try {
      await waitUntil(
        () =>
          (doc.querySelector('hki-measure-card') as HTMLElement & { dataState?: string })?.dataState === 'ready' &&
          doc.querySelector('hki-measure-list')?.shadowRoot?.querySelector('hki-measure-card'),
        'the widgets did not render',
        { timeout: 5000 },
      );
      const entries = window.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const code = entries.find((e) => /chunks\/measure-card-[\w-]+\.js$/.test(e.name))!;
      const data = entries.filter((e) => /programme\.fi\.set-6-[\w-]+\.js$/.test(e.name));
      expect(data, 'the set 6 slice, requested once').to.have.length(1);
      // Without the head start, the data is asked for only once the card's code has arrived and run.
      expect(data[0].startTime, 'data requested before the code had arrived').to.be.below(code.responseEnd);
      // The explorer's cards take their data from the explorer: no slice for their sets.
      expect(entries.filter((e) => /programme\.fi\.set-(?!6-)/.test(e.name)).map((e) => e.name)).to.deep.equal([]);
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it('defines elements added to the page later, and follows <html lang> live', async () => {
    const { window, document: doc, cleanup } = await page(`<script type="module" src="${bundle}"></script><main></main>`, 'fi');
    try {
      await waitUntil(
        () => (window as unknown as Record<symbol, unknown>)[Symbol.for('hki-widgets.autoloader')],
        'autoloader did not start',
      );
      doc.querySelector('main')!.innerHTML = '<hki-term concept="second-generation"></hki-term>';
      await waitUntil(() => termText(doc) === 'Toinen sukupolvi', 'late element was not defined', { timeout: 5000 });
      doc.documentElement.lang = 'sv';
      await waitUntil(() => termText(doc) === 'Andra generationens invandrare', 'did not switch to Swedish', { timeout: 5000 });
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it('does no harm when loaded twice or beside an npm-installed copy', async () => {
    const {
      window,
      document: doc,
      cleanup,
    } = await page(`
      <script type="module" src="/packages/glossary/src/term/define.ts"></script>
      <script type="module" src="${bundle}"></script>
      <script type="module" src="${bundle}?again"></script>
      <hki-term concept="immigrant"></hki-term>`);
    try {
      await waitUntil(() => termText(doc) === 'Immigrant', 'did not render', { timeout: 5000 });
      // A fixed wait on purpose: no error may come later either (a sleep for something that must not happen).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it('names an unknown hki-* tag in the console and keeps the known ones working', async () => {
    const {
      window,
      document: doc,
      cleanup,
    } = await page(`
      <script type="module" src="${bundle}"></script>
      <hki-no-such-widget></hki-no-such-widget>
      <hki-term concept="immigrant"></hki-term>`);
    try {
      await waitUntil(() => termText(doc) === 'Immigrant', 'did not render', { timeout: 5000 });
      expect(window.__errors.join('\n')).to.contain('<hki-no-such-widget> is not an hki-widgets element').and.contain('<hki-term>');
    } finally {
      cleanup();
    }
  });

  it('shows the localized error for a bad src while a neighbour still renders', async () => {
    const {
      window,
      document: doc,
      cleanup,
    } = await page(
      `
      <script type="module" src="${bundle}"></script>
      <hki-term concept="immigrant" src="/nowhere/programme.json">maahanmuuttajat</hki-term>
      <hki-term concept="immigrant"></hki-term>`,
      'fi',
    );
    try {
      const alert = () => doc.querySelector('hki-term')!.shadowRoot?.querySelector('[role="alert"]');
      await waitUntil(() => alert() && termText(doc, 1) === 'Maahanmuuttaja', 'states did not settle', { timeout: 5000 });
      expect(alert()!.textContent).to.equal('Ohjelman tietoja ei voitu ladata. Yritä myöhemmin uudelleen.');
      expect(window.__errors.join('\n')).to.contain('/nowhere/programme.json').and.contain('HTTP 404');
    } finally {
      cleanup();
    }
  });

  it("loads chart.js only when a card's chart is opened", async () => {
    const example = new URL('../packages/data/dist/examples/programme.example.json', import.meta.url).href;
    const {
      window,
      document: doc,
      cleanup,
    } = await page(`
      <script type="module" src="${bundle}"></script>
      <hki-measure-card measure="1.1" src="${example}"></hki-measure-card>`);
    try {
      const card = () => doc.querySelector('hki-measure-card')!.shadowRoot;
      await waitUntil(() => card()?.querySelector('.chart-toggle'), 'the card offers no chart', { timeout: 5000 });
      const loaded = () => window.performance.getEntriesByType('resource').map((e) => e.name);
      expect(
        loaded().some((n) => /chunks\/indicator-chart-/.test(n)),
        'chart.js loaded before it was asked for',
      ).to.equal(false);
      must(card(), '.chart-toggle').click();
      await waitUntil(() => card()?.querySelector('hki-indicator-chart')?.shadowRoot?.querySelector('canvas'), 'the chart was not drawn', {
        timeout: 8000,
      });
      expect(loaded().some((n) => /chunks\/indicator-chart-/.test(n))).to.equal(true);
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });

  it("speaks each widget package's own strings from the bundle (fi)", async () => {
    const {
      window,
      document: doc,
      cleanup,
    } = await page(
      `
      <script type="module" src="${bundle}"></script>
      <hki-measure-card measure="4.12"></hki-measure-card>
      <hki-indicator-chart indicator="mon-neet"></hki-indicator-chart>`,
      'fi',
    );
    try {
      const card = () => doc.querySelector('hki-measure-card')!.shadowRoot;
      const chart = () => doc.querySelector('hki-indicator-chart')!.shadowRoot;
      await waitUntil(() => card()?.querySelector('#responsible') && chart()?.querySelector('.no-data'), 'widgets did not render', {
        timeout: 8000,
      });
      expect(card()!.querySelector('#responsible')!.textContent!.trim()).to.equal('Vastuutahot');
      expect(card()!.querySelector('[role="switch"]')!.textContent!.trim()).to.equal('Selkokieli');
      expect(chart()!.querySelector('.no-data')!.textContent!.trim()).to.equal('Tietoja ei ole vielä julkaistu.');
      expect(window.__errors).to.deep.equal([]);
    } finally {
      cleanup();
    }
  });
});
