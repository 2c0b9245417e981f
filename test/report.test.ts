// The reporting page (docs/report/), as the city's coordinator uses it: the real page with the built
// CDN bundle, the data package and its monitoring checks (packages/data/dist/lib/), in an iframe.
// Needs `npx vite build` and the data package built, as the configurator's test does. The file it
// downloads is then published to a page (a blob: URL in <meta name="hki-monitoring">), where the
// card and the summary must show the status and its date.
import { expect, waitUntil } from '@open-wc/testing';
import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/measures/programme-summary/define.js';
import { clearDataCache, type HkiElement } from '@hki-widgets/core';
import type { IntegrationProgrammePackage } from '@hki-widgets/data';
import { setPageLang } from './helpers.js';

const EMBED = '/packages/embed/dist/hki-widgets.js';
const DATA = '/packages/data/dist/';
const LIB = '/packages/data/dist/lib/monitoring.js';
const DRAFT_KEY = 'hki-widgets:report-draft';

interface Frame {
  window: Window & {
    __errors: string[];
    axe?: { run: (context: Document, options?: object) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
  };
  document: Document;
  cleanup: () => void;
}

/** Opens the reporting page in an iframe of the given width and waits until it is ready. */
async function reportPage(width = 1200, query = ''): Promise<Frame> {
  const source = await (await fetch('/docs/report/index.html')).text();
  const html = source
    .replaceAll('../embed/hki-widgets.js', EMBED)
    .replace('data-data="../data/"', `data-data="${DATA}"`)
    .replace('data-lib="../data/lib/monitoring.js"', `data-lib="${LIB}"`)
    .replace(
      '<head>',
      `<head><base href="${location.origin}/docs/report/index.html${query}"><script>
        window.__errors = [];
        window.addEventListener('error', (e) => window.__errors.push('uncaught: ' + e.message));
        window.addEventListener('unhandledrejection', (e) => window.__errors.push('unhandled: ' + e.reason));
      </script>`,
    );
  expect(html, 'the page names its bundle, data and checks in data attributes')
    .to.contain(`data-lib="${LIB}"`)
    .and.contain(`data-data="${DATA}"`);
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = '800px';
  iframe.style.border = '0';
  iframe.srcdoc = html;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.querySelector('#set-choice'), 'the reporting page did not start', { timeout: 10_000 });
  return { window: iframe.contentWindow as Frame['window'], document: doc, cleanup: () => iframe.remove() };
}

const $ = <T extends HTMLElement = HTMLElement>(doc: Document, selector: string) => {
  const el = doc.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types a whole value, as a person does (input events), then leaves the field (change). */
function fill(doc: Document, id: string, value: string) {
  const input = $<HTMLInputElement>(doc, `#${id}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
function choose(doc: Document, id: string, value: string) {
  const select = $<HTMLSelectElement>(doc, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
/** The message shown next to a field, and whether the field says it is invalid. */
const problemOf = (doc: Document, id: string) => ({
  message: text(doc.getElementById(`${id}-error`)),
  invalid: doc.getElementById(id)?.getAttribute('aria-invalid') === 'true',
  described: (doc.getElementById(id)?.getAttribute('aria-describedby') ?? '').split(' ').includes(`${id}-error`),
});

async function axeViolations(frame: Frame) {
  if (!frame.window.axe) {
    const script = frame.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    frame.document.head.append(script);
    await loaded;
  }
  const { violations } = await frame.window.axe!.run(frame.document, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

let programme: IntegrationProgrammePackage;

describe('the reporting page', () => {
  before(async () => {
    programme = await (await fetch(`${DATA}programme.json`)).json();
  });
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  after(() => localStorage.removeItem(DRAFT_KEY));

  it('is filled in, downloads the file, and a page pointed at it shows the status and its date on the card and in the summary', async () => {
    const frame = await reportPage(1200, '?lang=en');
    const { document: doc } = frame;
    let published: string | undefined;
    try {
      expect(await axeViolations(frame), 'axe on the empty page').to.deep.equal([]);
      doc.addEventListener('hki-report-saved', (e) => (published = (e as CustomEvent).detail.text));
      choose(doc, 'status-1-1', 'in-progress');
      fill(doc, 'date-1-1', '2020-03-31');
      fill(doc, 's-1-1-source-fi', 'Kaupunginhallituksen elinkeinojaosto, pöytäkirja 31.3.2020');
      fill(doc, 's-1-1-source-en', 'Economic Development Sub-committee, minutes 31 March 2020');
      fill(doc, 's-1-1-source-url', 'https://paatokset.hel.fi/fi/example-minutes');
      // Nothing is wrong now: no message anywhere.
      expect([...doc.querySelectorAll('.field-error')].map((e) => text(e))).to.deep.equal([]);
      // The preview's card shows the status, in the page's language.
      const card = $(doc, '#preview hki-measure-card') as HkiElement;
      await waitUntil(
        () => text(card.shadowRoot?.querySelector('[part="status"]')).includes('In progress'),
        'the preview did not show the status',
        {
          timeout: 8000,
        },
      );
      expect(await axeViolations(frame), 'axe with a status entered').to.deep.equal([]);

      $(doc, '#download').click();
      await waitUntil(() => published, 'nothing was downloaded');
      expect(text(doc.getElementById('download-status'))).to.match(/^Downloaded monitoring-\d{4}-\d{2}-\d{2}\.json/);
      // Downloaded: the work is in the file now, no longer kept in the browser.
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    } finally {
      frame.cleanup();
    }

    const file = JSON.parse(published!);
    expect(file.programme).to.equal('helsinki-integration-2017-2021');
    expect(file.statuses['1.1']).to.deep.equal({
      value: 'in-progress',
      reportedAt: '2020-03-31',
      source: {
        name: {
          fi: 'Kaupunginhallituksen elinkeinojaosto, pöytäkirja 31.3.2020',
          en: 'Economic Development Sub-committee, minutes 31 March 2020',
        },
        url: 'https://paatokset.hel.fi/fi/example-minutes',
      },
    });

    // Published: a page names the file once, for all its widgets.
    clearDataCache();
    await setPageLang('en');
    const url = URL.createObjectURL(new Blob([published!], { type: 'application/json' }));
    const tag = Object.assign(document.createElement('meta'), { name: 'hki-monitoring', content: url });
    document.head.append(tag);
    const page = document.createElement('div');
    page.innerHTML = '<hki-measure-card measure="1.1"></hki-measure-card><hki-programme-summary></hki-programme-summary>';
    document.body.append(page);
    try {
      const card = page.querySelector('hki-measure-card') as HkiElement;
      const summary = page.querySelector('hki-programme-summary') as HkiElement;
      await card.dataComplete();
      await summary.dataComplete();
      await card.updateComplete;
      await summary.updateComplete;
      const status = text(card.shadowRoot!.querySelector('[part="status"]'));
      expect(status).to.contain('In progress').and.contain('reported 31.3.2020');
      expect(card.shadowRoot!.querySelector('[part="status"] a')?.getAttribute('href')).to.equal(
        'https://paatokset.hel.fi/fi/example-minutes',
      );
      const summaryText = text(summary.shadowRoot);
      expect(summaryText).to.contain('In progress');
      expect(summaryText).to.contain('31.3.2020');
    } finally {
      page.remove();
      tag.remove();
      URL.revokeObjectURL(url);
    }
  });

  it('gives each invalid entry its message next to the field, and will not download until it is fixed', async () => {
    const frame = await reportPage(1200, '?lang=en');
    const { document: doc } = frame;
    let saved = false;
    doc.addEventListener('hki-report-saved', () => (saved = true));
    try {
      choose(doc, 'status-1-1', 'achieved');
      expect(problemOf(doc, 'date-1-1')).to.deep.equal({
        message: 'Give the date of the report: a status without a date is not published.',
        invalid: true,
        described: true,
      });
      expect(problemOf(doc, 's-1-1-source-fi').message).to.equal('Give the name of the source in at least one language.');
      expect(problemOf(doc, 's-1-1-source-url').message).to.equal('Give the address where the source can be read.');
      fill(doc, 'date-1-1', '2999-01-01');
      expect(problemOf(doc, 'date-1-1').message).to.equal('The date is in the future.');
      fill(doc, 's-1-1-source-url', 'javascript:alert(1)');
      expect(problemOf(doc, 's-1-1-source-url').message).to.equal('Give a web address that starts with https:// or http://.');
      expect(await axeViolations(frame), 'axe with messages shown').to.deep.equal([]);

      // The download lists what is left, with links that take the keyboard to the field.
      $(doc, '#download').click();
      expect(saved).to.equal(false);
      const status = $(doc, '#download-status');
      expect(status.getAttribute('role')).to.equal('alert');
      expect(text(status)).to.contain('The file was not downloaded: 3 entries need fixing.');
      const links = [...status.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#date-1-1', '#s-1-1-source-fi', '#s-1-1-source-url']);
      links[0].click();
      expect(doc.activeElement?.id).to.equal('date-1-1');

      // An indicator value: its period, number and source, each checked.
      const indicatorId = programme.measures.find((m) => m.id === '1.1')!.indicatorIds[0];
      const safe = indicatorId.replace(/[^A-Za-z0-9_-]/g, '-');
      $(doc, `#add-${safe}`).click();
      expect(doc.activeElement?.id).to.equal(`v-${safe}-0-period`);
      fill(doc, `v-${safe}-0-period`, 'last year');
      fill(doc, `v-${safe}-0-value`, 'many');
      expect(problemOf(doc, `v-${safe}-0-period`).message).to.equal('Write the period as 2019, 2019H1, 2019Q3 or 2019-12-31.');
      expect(problemOf(doc, `v-${safe}-0-value`).message).to.equal('Give a number, like 1050 or 24.5.');
      fill(doc, `v-${safe}-0-period`, '2019');
      fill(doc, `v-${safe}-0-value`, '1 050,5');
      expect(problemOf(doc, `v-${safe}-0-period`).message).to.equal('');
      expect(problemOf(doc, `v-${safe}-0-value`).message).to.equal('');
    } finally {
      frame.cleanup();
    }
  });

  it('keeps unsaved work in the browser and restores it when the page is opened again', async () => {
    let frame = await reportPage(1200, '?lang=en');
    try {
      choose(frame.document, 'status-1-2', 'not-started');
      fill(frame.document, 'date-1-2', '2019-06-30');
      expect(text(frame.document.getElementById('file-status'))).to.contain('Unsaved changes');
    } finally {
      frame.cleanup();
    }
    frame = await reportPage(1200, '?lang=en');
    try {
      expect(text(frame.document.getElementById('file-status'))).to.contain('Your unsaved work from');
      expect($<HTMLSelectElement>(frame.document, '#status-1-2').value).to.equal('not-started');
      expect($<HTMLInputElement>(frame.document, '#date-1-2').value).to.equal('2019-06-30');
    } finally {
      frame.cleanup();
    }
  });

  it('opens the example file, and its review counts what the file says, per theme and status, in Finnish', async () => {
    const example = await (await fetch(`${DATA}examples/monitoring.example.json`)).json();
    const frame = await reportPage(1200, '?lang=fi');
    const { document: doc } = frame;
    try {
      expect(doc.documentElement.lang).to.equal('fi');
      $(doc, '#open-example').click();
      await waitUntil(() => text(doc.getElementById('file-status')).includes('monitoring.example.json'), 'the example did not open');
      expect(text(doc.getElementById('file-status'))).to.contain(`(${Object.keys(example.statuses).length} tilaa raportoitu)`);
      // The file is marked as an example, and the page says so.
      expect($<HTMLInputElement>(doc, '#example-mark').checked).to.equal(true);

      const table = $(doc, '#review table.counts') as HTMLTableElement;
      const headers = [...table.tHead!.rows[0].cells].map((c) => text(c));
      expect(headers[0]).to.equal('Teema');
      expect(headers.at(-1)).to.equal('Yhteensä');
      const setTheme = new Map(programme.measureSets.map((s) => [s.id, s.themeId]));
      const themes = [...programme.themes].sort((a, b) => a.number - b.number);
      const labels = new Map(programme.statusScales.flatMap((s) => s.values.map((v) => [v.value, v.label.fi])));
      labels.set('not-reported', 'Ei raportoitu');
      for (const [row, theme] of [...table.tBodies[0].rows].map((r, i) => [r, themes[i]] as const)) {
        const measures = programme.measures.filter((m) => setTheme.get(m.setId) === theme.id);
        const cells = [...row.cells].map((c) => text(c));
        expect(cells.at(-1), `theme ${theme.number} total`).to.equal(String(measures.length));
        headers.slice(1, -1).forEach((label, i) => {
          const value = [...labels].find(([, l]) => l === label)![0];
          const expected = measures.filter((m) => (example.statuses[m.id]?.value ?? 'not-reported') === value).length;
          expect(cells[i + 1], `theme ${theme.number}, ${label}`).to.equal(String(expected));
        });
      }
      // Every measure is listed, with its status, date and source.
      expect(doc.querySelectorAll('#review table.measures tbody tr').length).to.equal(programme.measures.length);
      const row = [...doc.querySelectorAll<HTMLTableRowElement>('#review table.measures tbody tr')].find((r) =>
        text(r.cells[0]).startsWith('1.1 '),
      )!;
      expect(text(row)).to.contain('Käynnissä').and.contain('31.12.2019').and.contain('paatokset.hel.fi');
      expect(await axeViolations(frame), 'axe on the review in Finnish').to.deep.equal([]);
      expect(frame.window.__errors).to.deep.equal([]);
    } finally {
      frame.cleanup();
    }
  });

  for (const lang of ['fi', 'sv', 'en']) {
    it(`works at 320 px without scrolling sideways, and every label is in ${lang}`, async () => {
      const frame = await reportPage(320, `?lang=${lang}`);
      const { document: doc } = frame;
      try {
        choose(doc, 'status-1-1', 'in-progress');
        expect(doc.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(doc.documentElement.clientWidth);
        const labels = [...doc.querySelectorAll('label, legend, h1, h2, button')].map((el) => text(el));
        const english = ['Source', 'Date of the report', 'Download the monitoring file', 'Print the status review'];
        if (lang !== 'en') for (const word of english) expect(labels, `"${word}" is not translated`).not.to.include(word);
        expect(await axeViolations(frame), `axe in ${lang} at 320 px`).to.deep.equal([]);
      } finally {
        frame.cleanup();
      }
    });
  }
});
