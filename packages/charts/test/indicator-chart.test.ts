import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia as emulateMediaType, sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { clearDataCache, loadSettings } from '@hki-widgets/core';
import '@hki-widgets/charts/indicator-chart/define.js';
import type { HkiIndicatorChart } from '@hki-widgets/charts/indicator-chart.js';
import { parseNumber } from '@hki-widgets/charts/model.js';
import {
  captureConsole,
  chromiumOnly,
  emulateMedia,
  itDefinesItsTag,
  must,
  parseCsv,
  scrollsSideways,
  setPageLang,
  settled,
} from '../../../test/helpers.js';

const exampleUrl = new URL('../../data/dist/examples/programme.example.json', import.meta.url).href;
const programmeUrl = new URL('../../data/dist/programme.json', import.meta.url).href;
const statsUrl = new URL('./fixtures/example-language-groups.jsonstat.json', import.meta.url).href;
const areasUrl = new URL('./fixtures/example-areas.jsonstat.json', import.meta.url).href;
const notStatsUrl = new URL('./fixtures/not-jsonstat.json', import.meta.url).href;

const CLIENTS = 'New clients in Helsinki Skill Center’s skill assessments';
const YOUTH = 'Young people reached through grass-roots work whose mother tongue is not Finnish or Swedish';
const STATS_TITLE = 'Example dataset: residents by language group (synthetic values, not statistics)';
const YEARS = ['2015', '2016', '2017', '2018', '2019', '2020', '2021'];
const SPORTS = 'The number of sports facilities and sports services that have undergone the assessment and development process.';
const NEET = 'Young people not in employment, education or training';

type El = HkiIndicatorChart;
const $ = <T extends Element = HTMLElement>(el: El, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: El, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
/** Text with every kind of space (Finnish numbers use no-break spaces) as one plain space. */
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: El, selector: string) => norm($(el, selector)?.textContent);
const live = (el: El) => text(el, '[aria-live="polite"]');
const plot = (el: El) => $(el, '[part="plot"]')!;
const canvasOf = (el: El) => $<HTMLCanvasElement>(el, 'canvas');
const tableToggle = (el: El) => $<HTMLButtonElement>(el, 'button[aria-controls="table"]')!;
const downloadButton = (el: El) => $$<HTMLButtonElement>(el, '.actions button').find((b) => !b.hasAttribute('aria-controls'))!;

/** A two-value chart from a table, for the motion tests: fixtureSync, so nothing has been drawn yet. */
const motionChart = () =>
  fixtureSync<El>(
    html`<hki-indicator-chart>
      <table>
        <caption>
          Motion (synthetic)
        </caption>
        <tr>
          <th>Year</th>
          <th>A</th>
        </tr>
        <tr>
          <th>2020</th>
          <td>1</td>
        </tr>
        <tr>
          <th>2021</th>
          <td>3</td>
        </tr>
      </table>
    </hki-indicator-chart>`,
  );
const patched = (patch: [string, unknown][]) => `/__test/package?patch=${encodeURIComponent(JSON.stringify(patch))}`;
/** A URL the shared JSON cache has not seen (the test server ignores the query). */
let unique = 0;
const fresh = (path: string) => `${path}?n=${Date.now()}-${unique++}`;

/** How many pixels of the canvas are painted (not fully transparent). */
function painted(canvas: HTMLCanvasElement | null): number {
  if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) count++;
  return count;
}

/** Creates the element and waits until it shows its chart, its "no data" state or an error. */
async function chart(markup: ReturnType<typeof html>): Promise<El> {
  const rendered = await fixture<HTMLElement>(markup);
  const el = rendered.localName === 'hki-indicator-chart' ? (rendered as El) : rendered.querySelector('hki-indicator-chart')!;
  await settled(el, () => Boolean($(el, 'canvas, [role="alert"], .no-data')));
  return el;
}

/** Waits until the canvas has a size and chart.js has painted on it. */
async function drawn(el: El): Promise<HTMLCanvasElement> {
  await waitUntil(() => painted(canvasOf(el)) > 0, 'the chart did not draw', { timeout: 5000 });
  await el.updateComplete;
  return canvasOf(el)!;
}

/** Opens the "Show as table" view (its rows are rendered only when open or printing). */
async function openTable(el: El): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls="table"]')][0];
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await el.updateComplete;
}

/** The "Show as table" view as text. */
function tableOf(el: El) {
  const table = $<HTMLTableElement>(el, '[part="table"] table')!;
  return {
    caption: norm(table.caption?.textContent),
    headers: [...table.querySelectorAll('thead th')].map((th) => ({ scope: th.getAttribute('scope'), text: norm(th.textContent) })),
    rows: [...table.tBodies[0].rows].map((row) => ({
      period: norm(row.querySelector('th[scope="row"]')?.textContent),
      cells: [...row.querySelectorAll('td')].map((td) => norm(td.textContent)),
    })),
  };
}

async function press(el: El, key: string): Promise<string> {
  await sendKeys({ press: key });
  await el.updateComplete;
  return live(el);
}

/** Clicks "Download CSV" with anchor clicks intercepted, and reads the file it would save. */
async function downloadCsv(el: El): Promise<{ href: string; download: string; bytes: Uint8Array; csv: string }> {
  const clicks: { href: string; download: string }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicks.push({ href: this.href, download: this.download });
  };
  try {
    downloadButton(el).click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  expect(clicks, 'one download link clicked').to.have.length(1);
  const bytes = new Uint8Array(await (await fetch(clicks[0].href)).arrayBuffer());
  return { ...clicks[0], bytes, csv: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The index of an indicator in the real package (for /__test/package patches). */
async function indicatorIndex(id: string): Promise<number> {
  const programme = (await (await fetch(programmeUrl)).json()) as { indicators: { id: string }[] };
  const index = programme.indicators.findIndex((i) => i.id === id);
  expect(index, `${id} in programme.json`).to.be.at.least(0);
  return index;
}

describe('<hki-indicator-chart>', () => {
  beforeEach(() => setPageLang('en'));
  after(() => setPageLang('en'));

  itDefinesItsTag('hki-indicator-chart');

  describe('an indicator with example data', () => {
    it('draws a chart.js chart in a figure with a visible title and the "Example data" badge', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      const canvas = await drawn(el);
      expect(canvas.width).to.be.greaterThan(0);
      expect(canvas.height).to.be.greaterThan(0);
      expect(Chart.getChart(canvas), 'a chart.js chart on the canvas').to.not.equal(undefined);
      expect(canvas.getAttribute('aria-hidden')).to.equal('true');
      const caption = $(el, 'figure[part="base"] > figcaption')!;
      expect(norm(caption.querySelector('[part="title"]')!.textContent)).to.equal(CLIENTS);
      expect(caption.checkVisibility() && caption.getBoundingClientRect().height > 0, 'the title is visible').to.equal(true);
      expect(text(el, 'figcaption .context')).to.equal('Unit: new clients a year');
      expect(text(el, '[part="example-badge"]')).to.contain('Example data');
      expect(text(el, '[part="source"]')).to.equal('Source: A City for Everyone · Updated: data package 0.1.0');
      await expect(el).to.be.accessible();
    });

    it('fires hki-chart-ready once the chart has drawn, with the number of values', async () => {
      const el = fixtureSync<El>(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      const event = await oneEvent(el, 'hki-chart-ready');
      expect(event.detail).to.deep.equal({ points: 5 });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(painted(canvasOf(el)), 'something is painted when the event fires').to.be.greaterThan(0);
    });

    it('says in words: latest value, change, highest and lowest, and that the target is reached', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      expect(text(el, '[part="summary"]')).to.equal(
        'Latest value 1 050 (2021). Change since 2017: +430. Highest 1 050 (2021), lowest 620 (2017). The target of 1 000 is reached.',
      );
    });

    it('says a share in percentage points and skips a missing value', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-10.2-a" src=${exampleUrl}></hki-indicator-chart>`);
      const summary = text(el, '[part="summary"]');
      expect(summary).to.equal(
        'Latest value 31,4 % (2021). Change since 2018: +6,9 percentage points. Highest 31,4 % (2021), lowest 24,5 % (2018). The target of 30 % is reached.',
      );
      expect(summary).to.not.contain('2020');
    });

    it('says how far the target is, in percentage points for a share', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="edu-10" src=${exampleUrl}></hki-indicator-chart>`);
      expect(text(el, '[part="summary"]')).to.equal(
        'Latest value 47 % (2021). Change since 2019: +29 percentage points. Highest 47 % (2021), lowest 18 % (2019). 3 percentage points to go to the target of 50 %.',
      );
    });

    it('says how far the target is for a count, and a fall with a minus sign', async () => {
      const index = await indicatorIndex('i-1.1-a');
      const src = patched([
        [
          `/indicators/${index}/observations`,
          [
            { period: '2019', value: 940 },
            { period: '2020', value: 870 },
          ],
        ],
      ]);
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${src}></hki-indicator-chart>`);
      expect(text(el, '[part="summary"]')).to.equal(
        'Latest value 870 (2020). Change since 2019: −70. Highest 940 (2019), lowest 870 (2020). 130 to go to the target of 1 000.',
      );
      expect($(el, '[part="example-badge"]'), 'published-looking values carry no example badge').to.equal(null);
    });

    it('"Show as table" reveals a table of exactly the plotted values, with column and row headers', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      const toggle = tableToggle(el);
      const region = $(el, '[part="table"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(region.id);
      expect(norm(toggle.textContent)).to.equal('Show as table');
      expect(getComputedStyle(region).display).to.equal('none');
      await openTable(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(norm(toggle.textContent)).to.equal('Hide table');
      expect(getComputedStyle(region).display).to.not.equal('none');
      const table = tableOf(el);
      expect(table.caption).to.equal(`${CLIENTS} (new clients a year)`);
      expect(table.headers).to.deep.equal([
        { scope: 'col', text: 'Period' },
        { scope: 'col', text: CLIENTS },
      ]);
      expect(table.rows.map((r) => r.period)).to.deep.equal(['2017', '2018', '2019', '2020', '2021']);
      expect(table.rows.map((r) => r.cells)).to.deep.equal([['620'], ['810'], ['940'], ['870'], ['1 050']]);
      expect(table.rows.map((r) => parseNumber(r.cells[0]))).to.deep.equal([620, 810, 940, 870, 1050]);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(region).display).to.equal('none');
    });

    it('shows a missing value as "no value" in the table', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-10.2-a" src=${exampleUrl}></hki-indicator-chart>`);
      await openTable(el);
      const table = tableOf(el);
      expect(table.rows.map((r) => [r.period, ...r.cells])).to.deep.equal([
        ['2018', '24,5 %'],
        ['2019', '27,1 %'],
        ['2020', 'no value'],
        ['2021', '31,4 %'],
      ]);
    });

    it('"Download CSV" saves the same values as the table', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-10.2-a" src=${exampleUrl}></hki-indicator-chart>`);
      expect(norm(downloadButton(el).textContent)).to.equal('Download CSV');
      const file = await downloadCsv(el);
      expect(file.download).to.equal('i-10.2-a.csv');
      expect(file.href).to.match(/^blob:/);
      expect([...file.bytes.slice(0, 3)], 'UTF-8 BOM for spreadsheets').to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = parseCsv(file.csv.slice(1));
      expect(lines[0]).to.deep.equal(['Period', YOUTH]);
      expect(lines.slice(1)).to.deep.equal([
        ['2018', '24.5'],
        ['2019', '27.1'],
        ['2020', ''],
        ['2021', '31.4'],
      ]);
      await openTable(el);
      const table = tableOf(el);
      expect(lines.slice(1).map((l) => l[0])).to.deep.equal(table.rows.map((r) => r.period));
      expect(lines.slice(1).map((l) => (l[1] === '' ? null : Number(l[1])))).to.deep.equal(table.rows.map((r) => parseNumber(r.cells[0])));
    });
  });

  describe('keyboard', () => {
    it('is one tab stop, named and described by its visible summary and instructions', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button>
          <hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>
        </div>`,
      );
      const el = wrapper.querySelector('hki-indicator-chart')!;
      await settled(el, () => Boolean(canvasOf(el)));
      const area = plot(el);
      expect(area.tabIndex).to.equal(0);
      expect(area.getAttribute('role')).to.equal('application');
      expect(area.getAttribute('aria-roledescription')).to.equal('line chart');
      expect(area.getAttribute('aria-label')).to.equal(CLIENTS);
      const ids = area.getAttribute('aria-describedby')!.split(/\s+/);
      expect(ids).to.include.members(['summary', 'instructions']);
      for (const id of ids) {
        const target = el.shadowRoot!.getElementById(id);
        expect(target, `#${id}`).to.not.equal(null);
        expect(norm(target!.textContent), `#${id} text`).to.not.equal('');
        const box = target!.getBoundingClientRect();
        expect(target!.checkVisibility() && box.width > 1 && box.height > 1, `#${id} is visible`).to.equal(true);
      }
      expect(text(el, '#instructions')).to.equal(
        'Use the left and right arrow keys to move between values, Home and End to jump to the first and last value.',
      );
      must(wrapper, 'button').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(area);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(tableToggle(el));
    });

    it('announces values with the arrow keys, Home and End, without scrolling the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>
          <div style="height: 4000px"></div>
        </div>`,
      );
      const el = wrapper.querySelector('hki-indicator-chart')!;
      await settled(el, () => Boolean(canvasOf(el)));
      await drawn(el);
      const region = $(el, '[aria-live="polite"]')!;
      expect(region.getAttribute('aria-atomic')).to.equal('true');
      expect(live(el)).to.equal('');
      const prevented: [string, boolean][] = [];
      const record = (e: KeyboardEvent) => prevented.push([e.key, e.defaultPrevented]);
      el.addEventListener('keydown', record);
      try {
        window.scrollTo(0, 0);
        plot(el).focus();
        const scrollY = window.scrollY;
        expect(await press(el, 'ArrowRight')).to.equal('2017: 620');
        expect(await press(el, 'ArrowRight')).to.equal('2018: 810');
        expect(await press(el, 'ArrowLeft')).to.equal('2017: 620');
        expect(await press(el, 'End')).to.equal('2021: 1 050');
        expect(await press(el, 'ArrowRight'), 'stays on the last value').to.equal('2021: 1 050');
        expect(await press(el, 'Home')).to.equal('2017: 620');
        expect(await press(el, 'ArrowLeft'), 'stays on the first value').to.equal('2017: 620');
        expect(await press(el, 'ArrowDown'), 'one series: stays').to.equal('2017: 620');
        expect(window.scrollY, 'the page did not scroll').to.equal(scrollY);
        expect(prevented.length).to.equal(8);
        expect(
          prevented.filter(([, p]) => !p),
          'every arrow, Home and End keydown is default-prevented',
        ).to.deep.equal([]);
      } finally {
        el.removeEventListener('keydown', record);
        window.scrollTo(0, 0);
      }
    });

    it('announces a missing value as "no value"', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-10.2-a" src=${exampleUrl}></hki-indicator-chart>`);
      await drawn(el);
      plot(el).focus();
      expect(await press(el, 'ArrowLeft'), 'ArrowLeft first goes to the last value').to.equal('2021: 31,4 %');
      expect(await press(el, 'ArrowLeft')).to.equal('2020: no value');
      expect(await press(el, 'ArrowLeft')).to.equal('2019: 27,1 %');
    });

    it('changes series with up and down, naming the series', async () => {
      const el = await chart(
        html`<hki-indicator-chart jsonstat=${statsUrl} series="kieli" filter="alue=091;tiedot=share"></hki-indicator-chart>`,
      );
      await drawn(el);
      expect(text(el, '#instructions')).to.contain('up and down to change series');
      plot(el).focus();
      expect(await press(el, 'ArrowRight')).to.equal('Finnish, Swedish or Sami, 2015: 88 %');
      expect(await press(el, 'ArrowDown')).to.equal('Other languages, 2015: 12 %');
      expect(await press(el, 'ArrowDown'), 'stays on the last series').to.equal('Other languages, 2015: 12 %');
      expect(await press(el, 'End')).to.equal('Other languages, 2021: 19,2 %');
      expect(await press(el, 'ArrowUp')).to.equal('Finnish, Swedish or Sami, 2021: 80,8 %');
    });

    it('keeps its keyboard position within the data when the data changes', async () => {
      const el = await chart(
        html`<hki-indicator-chart>
          <table>
            <caption>
              Two series (synthetic)
            </caption>
            <thead>
              <tr>
                <th>Year</th>
                <th>A</th>
                <th>B</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th>2019</th>
                <td>1</td>
                <td>2</td>
              </tr>
              <tr>
                <th>2020</th>
                <td>3</td>
                <td>4</td>
              </tr>
              <tr>
                <th>2021</th>
                <td>5</td>
                <td>6</td>
              </tr>
            </tbody>
          </table>
        </hki-indicator-chart>`,
      );
      plot(el).focus();
      expect(await press(el, 'ArrowDown')).to.equal('B, 2019: 2');
      expect(await press(el, 'End')).to.equal('B, 2021: 6');
      // The page's script replaces the table with a shorter one, with one series.
      const table = el.querySelector('table')!;
      table.tBodies[0].rows[2].remove();
      for (const row of table.rows) row.cells[2].remove();
      await openTable(el);
      await settled(el, () => tableOf(el).rows.length === 2);
      plot(el).focus();
      const announced = await press(el, 'ArrowLeft');
      expect(['2019: 1', '2020: 3']).to.include(announced);
    });
  });

  describe('an indicator without observations', () => {
    it('shows its definition, its target and "No data published yet.", and no chart', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a"></hki-indicator-chart>`);
      expect(text(el, '[part="title"]')).to.equal(CLIENTS);
      expect(text(el, '.target')).to.equal('Target: Annually, Helsinki Skill Center conducts skill assessments for 1,000 new clients.');
      expect(text(el, '[part="summary"]')).to.equal('No data published yet.');
      expect(canvasOf(el)).to.equal(null);
      expect($(el, '[part="plot"]')).to.equal(null);
      expect($(el, 'table')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('leaves out the target line when the indicator has none', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="mon-neet" src=${programmeUrl}></hki-indicator-chart>`);
      expect(text(el, '[part="title"]')).to.equal('Young people not in employment, education or training');
      expect($(el, '.target')).to.equal(null);
      expect(text(el, '[part="summary"]')).to.equal('No data published yet.');
      expect(canvasOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('problems', () => {
    it('names an unknown indicator in an alert, and logs it', async () => {
      const { result: el, errors } = await captureConsole(() =>
        chart(html`<hki-indicator-chart indicator="i-99.9-z"></hki-indicator-chart>`),
      );
      await settled(el, () => Boolean($(el, '[role="alert"]')));
      expect(text(el, '[role="alert"]')).to.equal('Indicator i-99.9-z was not found in the programme.');
      expect(errors.join('\n')).to.contain('no indicator "i-99.9-z"');
      expect(canvasOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a localized error for a failing src, and recovers when src changes', async () => {
      const { result: el, errors } = await captureConsole(async () => {
        const chartEl = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src="/__test/status/500"></hki-indicator-chart>`);
        await settled(chartEl, () => Boolean($(chartEl, '[role="alert"]')));
        return chartEl;
      });
      expect(text(el, '[role="alert"]')).to.equal('The programme information could not be loaded. Please try again later.');
      expect(errors.join('\n')).to.contain('/__test/status/500').and.contain('HTTP 500');
      await expect(el).to.be.accessible();
      el.src = exampleUrl;
      await settled(el, () => Boolean(canvasOf(el)));
      await drawn(el);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(text(el, '[part="summary"]')).to.contain('Latest value 1 050 (2021).');
    });

    it('shows the loading state in the space the chart will take (no layout shift)', async () => {
      const el = fixtureSync<El>(
        html`<hki-indicator-chart
          jsonstat=${fresh('/__test/delay/1500')}
          series="kieli"
          filter="alue=091;tiedot=share"
        ></hki-indicator-chart>`,
      );
      await el.updateComplete;
      expect(text(el, '[role="status"]')).to.equal('Loading…');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('en');
      const placeholder = $(el, '.plot')!;
      const loadingHeight = placeholder.getBoundingClientRect().height;
      expect(loadingHeight).to.equal(parseFloat(getComputedStyle(document.documentElement).fontSize) * 18);
      await expect(el).to.be.accessible();
      el.jsonstat = statsUrl;
      await settled(el, () => Boolean(canvasOf(el)));
      await drawn(el);
      expect(plot(el).getBoundingClientRect().height, 'the drawn plot is as tall as the placeholder').to.equal(loadingHeight);
      expect(canvasOf(el)!.getBoundingClientRect().height).to.equal(loadingHeight);
    });

    it('reserves the height set by --hki-indicator-chart-height', async () => {
      const el = await chart(
        html`<hki-indicator-chart style="--hki-indicator-chart-height: 200px" indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`,
      );
      await drawn(el);
      expect(plot(el).getBoundingClientRect().height).to.equal(200);
    });

    it('says when it has no source at all', async () => {
      const { result: el, errors } = await captureConsole(() => chart(html`<hki-indicator-chart></hki-indicator-chart>`));
      expect(text(el, '[role="alert"]')).to.equal('This chart has no data: it needs an indicator, a JSON-stat address or a table.');
      expect(errors.join('\n')).to.contain('set the indicator or jsonstat attribute');
    });
  });

  describe('JSON-stat', () => {
    it('draws lines for the series dimension, with the series in the table headers', async () => {
      const el = await chart(
        html`<hki-indicator-chart jsonstat=${statsUrl} series="kieli" filter="alue=091;tiedot=share"></hki-indicator-chart>`,
      );
      await drawn(el);
      expect(text(el, '[part="title"]')).to.equal(STATS_TITLE);
      expect(text(el, 'figcaption .context')).to.equal('Unit: percent · Area: Helsinki · Information: Share of residents');
      expect(plot(el).getAttribute('aria-roledescription')).to.equal('line chart');
      expect(text(el, '[part="example-badge"]')).to.contain('Example data');
      expect(text(el, '[part="source"]')).to.equal('Source: hki-widgets test fixture (synthetic) · Updated: 2022-03-31');
      expect(text(el, '[part="summary"]')).to.equal(
        'Finnish, Swedish or Sami: latest value 80,8 % (2021). Change since 2015: −7,2 percentage points. Highest 88 % (2015), lowest 80,8 % (2021). ' +
          'Other languages: latest value 19,2 % (2021). Change since 2015: +7,2 percentage points. Highest 19,2 % (2021), lowest 12 % (2015).',
      );
      await openTable(el);
      const table = tableOf(el);
      expect(table.caption).to.equal(`${STATS_TITLE} (percent)`);
      expect(table.headers.map((h) => h.text)).to.deep.equal(['Year', 'Finnish, Swedish or Sami', 'Other languages']);
      expect(table.headers.every((h) => h.scope === 'col')).to.equal(true);
      expect(table.rows.map((r) => r.period)).to.deep.equal(YEARS);
      expect(table.rows.map((r) => r.cells.map(parseNumber))).to.deep.equal([
        [88, 12],
        [86.8, 13.2],
        [85.6, 14.4],
        [84.4, 15.6],
        [83.2, 16.8],
        [82, 18],
        [80.8, 19.2],
      ]);
      const file = await downloadCsv(el);
      expect(file.download).to.equal('chart.csv');
      const lines = parseCsv(file.csv.slice(1));
      expect(lines[0]).to.deep.equal(['Year', 'Finnish, Swedish or Sami', 'Other languages']);
      expect(lines.slice(1).map((l) => l.slice(1).map(Number))).to.deep.equal(table.rows.map((r) => r.cells.map(parseNumber)));
      await expect(el).to.be.accessible();
    });

    it('shows the missing value (status "..") as no value, not zero', async () => {
      const el = await chart(
        html`<hki-indicator-chart jsonstat=${statsUrl} series="kieli" filter="alue=049;tiedot=share"></hki-indicator-chart>`,
      );
      await openTable(el);
      expect(tableOf(el).rows[2]).to.deep.equal({ period: '2017', cells: ['85,6 %', 'no value'] });
    });

    it('draws bars when the filter fixes the year, so the areas are the categories', async () => {
      const el = await chart(
        html`<hki-indicator-chart jsonstat=${statsUrl} series="kieli" filter="vuosi=2021;tiedot=share"></hki-indicator-chart>`,
      );
      await drawn(el);
      expect(plot(el).getAttribute('aria-roledescription')).to.equal('bar chart');
      await openTable(el);
      const table = tableOf(el);
      expect(table.headers.map((h) => h.text)).to.deep.equal(['Area', 'Finnish, Swedish or Sami', 'Other languages']);
      expect(table.rows.map((r) => [r.period, ...r.cells])).to.deep.equal([
        ['Helsinki', '80,8 %', '19,2 %'],
        ['Espoo', '80,8 %', '19,2 %'],
        ['Vantaa', '78,8 %', '21,2 %'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('draws bars for a dataset without a time dimension, and describes the categories', async () => {
      const el = await chart(html`<hki-indicator-chart jsonstat=${areasUrl}></hki-indicator-chart>`);
      await drawn(el);
      expect(plot(el).getAttribute('aria-roledescription')).to.equal('bar chart');
      expect(text(el, '[part="summary"]')).to.equal('Highest 22,5 % (Espoo), lowest 19,2 % (Helsinki).');
      await openTable(el);
      expect(tableOf(el).rows.map((r) => [r.period, ...r.cells])).to.deep.equal([
        ['Helsinki', '19,2 %'],
        ['Espoo', '22,5 %'],
        ['Vantaa', '21,2 %'],
      ]);
    });

    it('follows type="bar" for data over time', async () => {
      const el = await chart(html`<hki-indicator-chart type="bar" indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      await drawn(el);
      expect(plot(el).getAttribute('aria-roledescription')).to.equal('bar chart');
    });

    const problems: [string, Record<string, string>, string, string[]][] = [
      [
        'a filter naming an unknown dimension',
        { filter: 'alue=091;sukupuoli=1' },
        '"sukupuoli" is not a dimension of these statistics. Available: alue, vuosi, kieli, tiedot.',
        ['filter attribute names "sukupuoli"', 'alue, vuosi, kieli, tiedot'],
      ],
      [
        'an unknown series dimension',
        { series: 'sex' },
        '"sex" is not a dimension of these statistics. Available: alue, vuosi, kieli, tiedot.',
        ['series attribute names "sex"'],
      ],
      [
        'an unknown category',
        { filter: 'alue=999' },
        '"999" is not in the dimension alue. Available: 091, 049, 092.',
        ['filter alue=999', '091, 049, 092'],
      ],
      [
        'a filter it cannot read',
        { filter: 'alue' },
        'The filter "alue" should look like dimension=code.',
        ['cannot read the filter part "alue"'],
      ],
    ];
    for (const [name, attributes, message, logged] of problems) {
      it(`explains ${name}`, async () => {
        const { result: el, errors } = await captureConsole(() =>
          chart(
            html`<hki-indicator-chart
              jsonstat=${statsUrl}
              series=${attributes.series ?? 'kieli'}
              filter=${attributes.filter ?? 'alue=091'}
            ></hki-indicator-chart>`,
          ),
        );
        expect(text(el, '[role="alert"]')).to.equal(message);
        for (const part of logged) expect(errors.join('\n')).to.contain(part);
        expect(canvasOf(el)).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('says when the file is not JSON-stat 2.0', async () => {
      const { result: el, errors } = await captureConsole(() =>
        chart(html`<hki-indicator-chart jsonstat=${notStatsUrl}></hki-indicator-chart>`),
      );
      expect(text(el, '[role="alert"]')).to.equal('The statistics are not in the JSON-stat 2.0 format.');
      expect(errors.join('\n')).to.contain('not-jsonstat.json').and.contain('version "1.0", class "bundle"');
    });

    it('says when the response is not JSON at all', async () => {
      const { result: el, errors } = await captureConsole(() =>
        chart(html`<hki-indicator-chart jsonstat=${fresh('/__test/status/200')}></hki-indicator-chart>`),
      );
      expect(text(el, '[role="alert"]')).to.equal('The statistics are not in the JSON-stat 2.0 format.');
      expect(errors.join('\n')).to.contain('/__test/status/200').and.contain('not JSON');
    });

    it('says when the statistics cannot be loaded, and logs the URL', async () => {
      const { result: el, errors } = await captureConsole(() =>
        chart(html`<hki-indicator-chart jsonstat="/__test/status/404"></hki-indicator-chart>`),
      );
      expect(text(el, '[role="alert"]')).to.equal('The statistics could not be loaded. Please try again later.');
      expect(errors.join('\n')).to.contain('/__test/status/404').and.contain('HTTP 404');
      await expect(el).to.be.accessible();
    });

    it('says when the statistics take too long to load, and logs the URL', async () => {
      const timeout = loadSettings.timeoutMs;
      loadSettings.timeoutMs = 300;
      try {
        const url = fresh('/__test/delay/1500');
        const { result: el, errors } = await captureConsole(() => chart(html`<hki-indicator-chart jsonstat=${url}></hki-indicator-chart>`));
        expect(text(el, '[role="alert"]')).to.equal('Loading the statistics took too long. Please try again later.');
        expect(errors.join('\n')).to.contain(url).and.contain('no answer within 0.3 s');
        await expect(el).to.be.accessible();
      } finally {
        loadSettings.timeoutMs = timeout;
      }
    });

    it('says when the statistics file is too large', async () => {
      const { result: el, errors } = await captureConsole(() =>
        chart(html`<hki-indicator-chart jsonstat=${fresh('/__test/big')}></hki-indicator-chart>`),
      );
      expect(text(el, '[role="alert"]')).to.equal('The statistics could not be shown because the file is too large.');
      expect(errors.join('\n')).to.contain('/__test/big').and.contain('the limit is 5242880');
    });

    it('uses the statistics only while no indicator is set', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl} jsonstat=${statsUrl}></hki-indicator-chart>`);
      expect(text(el, '[part="title"]')).to.equal(CLIENTS);
      el.indicator = '';
      await settled(el, () => text(el, '[part="title"]') === STATS_TITLE, 'did not switch to the statistics');
      await drawn(el);
    });
  });

  describe('a table inside the element', () => {
    const tableChart = () =>
      chart(
        html`<hki-indicator-chart>
          <table>
            <caption>
              Clients of an example service (synthetic)
            </caption>
            <thead>
              <tr>
                <th>Year</th>
                <th>Clients</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th>2019</th>
                <td>1 050</td>
              </tr>
              <tr>
                <th>2020</th>
                <td>980,5</td>
              </tr>
              <tr>
                <th>2021</th>
                <td>1 200</td>
              </tr>
            </tbody>
          </table>
        </hki-indicator-chart>`,
      );

    it('draws the chart and the summary from the table, and shows the same numbers as its table', async () => {
      const el = await tableChart();
      await drawn(el);
      expect(text(el, '[part="title"]')).to.equal('Clients of an example service (synthetic)');
      expect(plot(el).getAttribute('aria-roledescription')).to.equal('line chart');
      expect(text(el, '[part="summary"]')).to.equal(
        'Latest value 1 200 (2021). Change since 2019: +150. Highest 1 200 (2021), lowest 980,5 (2020).',
      );
      const light = el.querySelector('table')!;
      expect(light.checkVisibility(), 'the source table is not shown twice').to.equal(false);
      await openTable(el);
      const table = tableOf(el);
      expect(table.headers.map((h) => h.text)).to.deep.equal(['Year', 'Clients']);
      const lightRows = [...light.tBodies[0].rows].map((r) => [...r.cells].map((c) => norm(c.textContent)));
      expect(table.rows.map((r) => [r.period, ...r.cells])).to.deep.equal(lightRows);
      await expect(el).to.be.accessible();
    });

    it('reads the table again when the page edits it', async () => {
      const el = await tableChart();
      await drawn(el);
      const light = el.querySelector('table')!;
      light.tBodies[0].rows[2].cells[1].textContent = '1 500';
      await settled(el, () => text(el, '[part="summary"]').startsWith('Latest value 1 500'), 'the summary did not follow the edited cell');
      expect(text(el, '[part="summary"]')).to.equal(
        'Latest value 1 500 (2021). Change since 2019: +450. Highest 1 500 (2021), lowest 980,5 (2020).',
      );
      (light.tBodies[0].rows[0].cells[1].firstChild as Text).data = '900';
      await settled(el, () => text(el, '[part="summary"]').includes('+600'), 'the summary did not follow a text edit');
      const row = light.tBodies[0].insertRow();
      row.innerHTML = '<th>2022</th><td>..</td>';
      await openTable(el);
      await settled(el, () => tableOf(el).rows.length === 4, 'the added row was not read');
      expect(tableOf(el).rows[3]).to.deep.equal({ period: '2022', cells: ['no value'] });
      await drawn(el);
    });

    it('draws bars for categories', async () => {
      const el = await chart(
        html`<hki-indicator-chart>
          <table>
            <caption>
              Residents by area (synthetic)
            </caption>
            <tr>
              <th>Area</th>
              <th>Residents</th>
            </tr>
            <tr>
              <th>Helsinki</th>
              <td>10</td>
            </tr>
            <tr>
              <th>Espoo</th>
              <td>7</td>
            </tr>
          </table>
        </hki-indicator-chart>`,
      );
      await drawn(el);
      expect(plot(el).getAttribute('aria-roledescription')).to.equal('bar chart');
      expect(text(el, '[part="summary"]')).to.equal('Highest 10 (Helsinki), lowest 7 (Espoo).');
    });
  });

  describe('languages', () => {
    interface Words {
      title: string;
      unit: string;
      period: string;
      badge: string;
      source: string;
      noValue: string;
      summary: string;
      show: string;
      hide: string;
      download: string;
      roledescription: string;
      instructions: string;
    }
    const locales: [string, Words][] = [
      [
        'fi',
        {
          title: 'Jalkautuvalla työllä tavoitetut nuoret, joiden äidinkieli on muu kuin suomi tai ruotsi',
          unit: 'Yksikkö: %',
          period: 'Ajanjakso',
          badge: 'Esimerkkiaineisto',
          source: 'Lähde: Kaikkien Stadi · Päivitetty: tietopaketti 0.1.0',
          noValue: 'ei arvoa',
          summary:
            'Viimeisin arvo 31,4 % (2021). Muutos 2018 lähtien: +6,9 prosenttiyksikköä. Suurin 31,4 % (2021), pienin 24,5 % (2018). Tavoite 30 % on saavutettu.',
          show: 'Näytä taulukkona',
          hide: 'Piilota taulukko',
          download: 'Lataa CSV',
          roledescription: 'viivakaavio',
          instructions:
            'Liiku arvojen välillä vasemmalla ja oikealla nuolinäppäimellä, ja siirry ensimmäiseen ja viimeiseen arvoon Home- ja End-näppäimillä.',
        },
      ],
      [
        'sv',
        {
          title: 'Unga som nås genom fältarbetet och har ett annat modersmål än finska eller svenska',
          unit: 'Enhet: %',
          period: 'Period',
          badge: 'Exempeldata',
          source: 'Källa: En stad för alla · Uppdaterad: datapaket 0.1.0',
          noValue: 'inget värde',
          summary:
            'Senaste värde 31,4 % (2021). Förändring sedan 2018: +6,9 procentenheter. Högst 31,4 % (2021), lägst 24,5 % (2018). Målet 30 % är uppnått.',
          show: 'Visa som tabell',
          hide: 'Dölj tabellen',
          download: 'Ladda ner CSV',
          roledescription: 'linjediagram',
          instructions: 'Flytta mellan värdena med vänster- och högerpilen, och hoppa till det första och sista värdet med Home och End.',
        },
      ],
      [
        'en',
        {
          title: YOUTH,
          unit: 'Unit: %',
          period: 'Period',
          badge: 'Example data',
          source: 'Source: A City for Everyone · Updated: data package 0.1.0',
          noValue: 'no value',
          summary:
            'Latest value 31,4 % (2021). Change since 2018: +6,9 percentage points. Highest 31,4 % (2021), lowest 24,5 % (2018). The target of 30 % is reached.',
          show: 'Show as table',
          hide: 'Hide table',
          download: 'Download CSV',
          roledescription: 'line chart',
          instructions: 'Use the left and right arrow keys to move between values, Home and End to jump to the first and last value.',
        },
      ],
    ];
    for (const [lang, t] of locales) {
      it(`speaks ${lang} on a page in ${lang}: texts from data and interface alike`, async () => {
        await setPageLang(lang);
        const el = await chart(html`<hki-indicator-chart indicator="i-10.2-a" src=${exampleUrl}></hki-indicator-chart>`);
        await settled(el, () => text(el, '[part="title"]') === t.title, `no ${lang} title`);
        await drawn(el);
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(lang);
        expect($(el, '[part="title"][lang]'), 'the title is in the page language').to.equal(null);
        expect(text(el, 'figcaption .context')).to.equal(t.unit);
        expect(text(el, '[part="example-badge"]')).to.contain(t.badge);
        expect(text(el, '[part="source"]')).to.equal(t.source);
        expect(text(el, '[part="summary"]')).to.equal(t.summary);
        expect(text(el, '#instructions')).to.equal(t.instructions);
        expect(plot(el).getAttribute('aria-roledescription')).to.equal(t.roledescription);
        expect(norm(tableToggle(el).textContent)).to.equal(t.show);
        expect(norm(downloadButton(el).textContent)).to.equal(t.download);
        await expect(el).to.be.accessible();
        await openTable(el);
        expect(norm(tableToggle(el).textContent)).to.equal(t.hide);
        const table = tableOf(el);
        expect(table.headers[0].text).to.equal(t.period);
        expect(table.headers[1].text).to.equal(t.title);
        expect(table.rows[2]).to.deep.equal({ period: '2020', cells: [t.noValue] });
        plot(el).focus();
        await press(el, 'End');
        expect(await press(el, 'ArrowLeft')).to.equal(`2020: ${t.noValue}`);
        await expect(el).to.be.accessible();
      });
    }

    it('shows "no data" in the page language', async () => {
      await setPageLang('fi');
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a"></hki-indicator-chart>`);
      expect(text(el, '[part="title"]')).to.equal('Stadin osaamiskeskuksen osaamiskartoituksen uudet asiakkaat');
      expect(text(el, '.target')).to.equal('Tavoite: Stadin osaamiskeskuksen osaamiskartoitukseen tulee vuosittain 1 000 uutta asiakasta.');
      expect(text(el, '[part="summary"]')).to.equal('Tietoja ei ole vielä julkaistu.');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('fi');
      await expect(el).to.be.accessible();
    });

    it('shows its loading and error states in the page language', async () => {
      await setPageLang('sv');
      const el = fixtureSync<El>(html`<hki-indicator-chart indicator="i-1.1-a" src=${fresh('/__test/delay/1500')}></hki-indicator-chart>`);
      await el.updateComplete;
      expect(text(el, '[role="status"]')).to.equal('Laddar…');
      await expect(el).to.be.accessible();
      const { errors } = await captureConsole(async () => {
        el.src = '/__test/status/503';
        await settled(el, () => Boolean($(el, '[role="alert"]')));
      });
      expect(text(el, '[role="alert"]')).to.equal('Programmets uppgifter kunde inte laddas. Försök igen senare.');
      expect(errors.join('\n')).to.contain('HTTP 503');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('sv');
      await expect(el).to.be.accessible();
    });

    it('names an unknown indicator in the page language', async () => {
      await setPageLang('fi');
      const { result: el } = await captureConsole(() =>
        chart(html`<hki-indicator-chart indicator="i-99.9-z" src=${exampleUrl}></hki-indicator-chart>`),
      );
      expect(text(el, '[role="alert"]')).to.equal('Mittaria i-99.9-z ei löytynyt ohjelmasta.');
      await setPageLang('sv');
      await settled(el, () => text(el, '[role="alert"]') === 'Mätaren i-99.9-z finns inte i programmet.', 'did not switch to Swedish');
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('sv');
      await expect(el).to.be.accessible();
    });

    it('explains JSON-stat problems in the page language', async () => {
      await setPageLang('sv');
      const { result: el } = await captureConsole(() =>
        chart(html`<hki-indicator-chart jsonstat=${statsUrl} filter="alue=091;sukupuoli=1"></hki-indicator-chart>`),
      );
      expect(text(el, '[role="alert"]')).to.equal(
        '”sukupuoli” är ingen dimension i den här statistiken. Tillgängliga: alue, vuosi, kieli, tiedot.',
      );
      await setPageLang('fi');
      const { result: other } = await captureConsole(() =>
        chart(html`<hki-indicator-chart jsonstat="/__test/status/404"></hki-indicator-chart>`),
      );
      expect(text(other, '[role="alert"]')).to.equal('Tilastotietoja ei voitu ladata. Yritä myöhemmin uudelleen.');
      await expect(other).to.be.accessible();
    });

    it('says a slow or too large statistics file in the page language', async () => {
      await setPageLang('sv');
      const { result: big } = await captureConsole(() =>
        chart(html`<hki-indicator-chart jsonstat=${fresh('/__test/big')}></hki-indicator-chart>`),
      );
      expect(text(big, '[role="alert"]')).to.equal('Statistiken kunde inte visas eftersom filen är för stor.');
      await setPageLang('fi');
      await settled(
        big,
        () => text(big, '[role="alert"]') === 'Tilastotietoja ei voitu näyttää, koska tiedosto on liian suuri.',
        'did not switch to Finnish',
      );
      const timeout = loadSettings.timeoutMs;
      loadSettings.timeoutMs = 300;
      try {
        const { result: slow } = await captureConsole(() =>
          chart(html`<hki-indicator-chart jsonstat=${fresh('/__test/delay/1500')}></hki-indicator-chart>`),
        );
        expect(text(slow, '[role="alert"]')).to.equal('Tilastotietojen lataaminen kesti liian kauan. Yritä myöhemmin uudelleen.');
        await setPageLang('sv');
        await settled(
          slow,
          () => text(slow, '[role="alert"]') === 'Det tog för lång tid att ladda statistiken. Försök igen senare.',
          'did not switch to Swedish',
        );
      } finally {
        loadSettings.timeoutMs = timeout;
      }
    });

    it('follows <html lang> live and redraws', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-10.2-a" src=${exampleUrl}></hki-indicator-chart>`);
      await drawn(el);
      await openTable(el);
      setTimeout(() => setPageLang('fi'));
      await oneEvent(el, 'hki-chart-ready');
      await settled(el, () => text(el, '[part="title"]').startsWith('Jalkautuvalla'), 'did not switch to Finnish');
      expect(tableOf(el).headers[0].text).to.equal('Ajanjakso');
      expect(plot(el).getAttribute('aria-label')).to.equal(
        'Jalkautuvalla työllä tavoitetut nuoret, joiden äidinkieli on muu kuin suomi tai ruotsi',
      );
    });
  });

  describe('layout and media', () => {
    chromiumOnly('prints its table of values under the chart, without its buttons', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      await drawn(el);
      expect($(el, '[part="table"] table'), 'a closed table is not rendered on screen').to.equal(null);
      await emulateMediaType({ media: 'print' });
      try {
        await settled(el, () => Boolean($(el, '[part="table"] table')), 'the table was not rendered for print');
        expect(getComputedStyle($(el, '[part="table"]')!).display).to.not.equal('none');
        expect(getComputedStyle($(el, '.actions')!).display).to.equal('none');
        expect(tableOf(el).rows.map((r) => r.period)).to.deep.equal(['2017', '2018', '2019', '2020', '2021']);
      } finally {
        await emulateMediaType({ media: 'screen' });
      }
    });

    it('reflows at 320 CSS pixels', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      await openTable(el);
      try {
        await scrollsSideways(320);
        // chart.js sizes its canvas in pixels and follows its container a frame later.
        await waitUntil(() => canvasOf(el)!.getBoundingClientRect().width <= 320, 'the canvas did not shrink', { timeout: 3000 });
        expect(await scrollsSideways(320)).to.equal(false);
        expect($(el, '[part="base"]')!.getBoundingClientRect().width).to.be.at.most(320);
        await drawn(el);
      } finally {
        await scrollsSideways(800);
      }
    });

    it('resizes the chart with its container', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 600px">
          <hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>
        </div>`,
      );
      const el = wrapper.querySelector('hki-indicator-chart')!;
      await settled(el, () => Boolean(canvasOf(el)));
      const canvas = await drawn(el);
      const before = canvas.getBoundingClientRect().width;
      expect(before).to.be.closeTo(600, 1);
      wrapper.style.width = '360px';
      await waitUntil(() => Math.abs(canvas.getBoundingClientRect().width - 360) <= 1, 'the chart did not follow its container', {
        timeout: 3000,
      });
      // chart.js redraws at the new size (its drawing surface shrinks), not only the CSS box.
      await waitUntil(() => canvas.width < before * window.devicePixelRatio, 'the chart was not redrawn at the new size', {
        timeout: 3000,
      });
      await waitUntil(() => painted(canvas) > 0, 'the resized chart is not drawn', { timeout: 3000 });
    });

    chromiumOnly('draws at once, without animation, when the reader prefers reduced motion', async () => {
      await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      try {
        expect(window.matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        const el = motionChart();
        await el.updateComplete;
        // No animation frame has run yet: an animated chart has painted nothing at this point.
        const first = canvasOf(el)!;
        expect(painted(first), 'painted in the same task as the first render').to.be.greaterThan(0);
        const image = first.toDataURL();
        // A fixed wait on purpose: it checks that nothing moves within it.
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(first.toDataURL(), 'nothing moved afterwards').to.equal(image);
      } finally {
        await emulateMedia([]);
      }
    });

    chromiumOnly('animates when motion is not reduced (the check above can fail)', async () => {
      await emulateMedia([]);
      const el = motionChart();
      await el.updateComplete;
      expect(painted(canvasOf(el)), 'nothing painted before the first animation frame').to.equal(0);
      await drawn(el);
    });

    chromiumOnly('draws in forced-colors mode and keeps a visible focus outline', async () => {
      await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
      try {
        expect(window.matchMedia('(forced-colors: active)').matches).to.equal(true);
        const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
        await drawn(el);
        plot(el).focus();
        await press(el, 'ArrowRight');
        const style = getComputedStyle(plot(el));
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia([]);
      }
    });

    it('shows a visible focus outline on the plot', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      plot(el).focus();
      await press(el, 'ArrowRight');
      const style = getComputedStyle(plot(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    chromiumOnly('redraws when forced colors are switched on while it is shown', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      await drawn(el);
      try {
        const ready = oneEvent(el, 'hki-chart-ready');
        await emulateMedia([{ name: 'forced-colors', value: 'active' }]);
        await ready;
        await drawn(el);
      } finally {
        await emulateMedia([]);
      }
    });
  });

  describe('safety and lifecycle', () => {
    it('renders hostile text from data as text', async () => {
      const index = await indicatorIndex('i-1.1-a');
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const src = patched([
        [
          `/indicators/${index}/observations`,
          [
            { period: '2019', value: 5 },
            { period: '2020', value: 7 },
          ],
        ],
        [`/indicators/${index}/name/en`, hostile],
        [`/indicators/${index}/unit/en`, '<script>window.__pwned=2</script>'],
      ]);
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${src}></hki-indicator-chart>`);
      await drawn(el);
      expect(text(el, '[part="title"]')).to.equal(hostile);
      expect(plot(el).getAttribute('aria-label')).to.equal(hostile);
      await openTable(el);
      expect(tableOf(el).caption).to.equal(`${hostile} (<script>window.__pwned=2</script>)`);
      expect($(el, 'img'), 'no img element').to.equal(null);
      expect($$(el, 'script')).to.have.length(0);
      // A fixed wait on purpose: no injected handler may run within it (an image error fires later).
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('destroys its chart when removed, and draws again when put back, without errors', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart></div>`,
      );
      const el = wrapper.querySelector('hki-indicator-chart')!;
      await settled(el, () => Boolean(canvasOf(el)));
      const canvas = await drawn(el);
      expect(Chart.getChart(canvas)).to.not.equal(undefined);
      const { errors } = await captureConsole(async () => {
        el.remove();
        expect(Chart.getChart(canvas), 'the chart is destroyed').to.equal(undefined);
        wrapper.append(el);
        await el.updateComplete;
        await waitUntil(() => canvasOf(el) && Chart.getChart(canvasOf(el)!) && painted(canvasOf(el)) > 0, 'the chart was not drawn again', {
          timeout: 5000,
        });
      });
      expect(errors).to.deep.equal([]);
      expect(text(el, '[part="summary"]')).to.contain('Latest value 1 050 (2021).');
    });

    it('changes source when its attributes change', async () => {
      const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" src=${exampleUrl}></hki-indicator-chart>`);
      await drawn(el);
      el.indicator = 'i-8.3-a';
      await settled(el, () => text(el, '[part="summary"]').startsWith('Latest value 15 (2021)'), 'did not switch indicator');
      expect(text(el, '[part="summary"]')).to.equal('Latest value 15 (2021). Change since 2019: +11. Highest 15 (2021), lowest 4 (2019).');
      await drawn(el);
    });

    // i-1.99-z names measure set 1 but is not in its slice: the element asks for the whole package.
    const quickChanges: [string, string, string][] = [
      ['another set', 'i-8.3-a', SPORTS],
      ['the same set', 'i-1.1-a', CLIENTS],
      ['the whole package (being loaded already)', 'mon-neet', NEET],
    ];
    for (const [name, last, title] of quickChanges) {
      it(`follows a quick change from an indicator outside its slice to one in ${name}, with no false error`, async () => {
        clearDataCache();
        const alerts: string[] = [];
        const { result: el, errors } = await captureConsole(async () => {
          const chartEl = await chart(html`<hki-indicator-chart indicator="i-1.2-a"></hki-indicator-chart>`);
          const observer = new MutationObserver(() => alerts.push(...$$(chartEl, '[role="alert"]').map((a) => norm(a.textContent))));
          observer.observe(chartEl.shadowRoot!, { childList: true, subtree: true, characterData: true });
          chartEl.indicator = 'i-1.99-z';
          await chartEl.updateComplete;
          expect(text(chartEl, '[role="status"]'), 'loading the whole package').to.equal('Loading…');
          chartEl.indicator = last;
          await settled(chartEl, () => text(chartEl, '[part="title"]') === title, `did not switch to ${last}`);
          // Time for the whole package's answer to arrive, were it still listened to. A fixed wait on purpose:
          // it checks that the answer shows no alert (something that must not happen).
          await new Promise((resolve) => setTimeout(resolve, 200));
          observer.disconnect();
          return chartEl;
        });
        expect(alerts).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
        expect(text(el, '[part="title"]')).to.equal(title);
        expect(text(el, '[part="summary"]')).to.equal('No data published yet.');
      });
    }

    it('names an indicator outside its slice once the whole package has answered', async () => {
      clearDataCache();
      const { result: el, errors } = await captureConsole(() =>
        chart(html`<hki-indicator-chart indicator="i-1.99-z"></hki-indicator-chart>`),
      );
      expect(text(el, '[role="alert"]')).to.equal('Indicator i-1.99-z was not found in the programme.');
      expect(errors.filter((e) => e.includes('no indicator "i-1.99-z"'))).to.have.length(1);
    });
  });
});

describe('<hki-indicator-chart> with a monitoring file', () => {
  const monitoring = new URL('../../measures/test/fixtures/monitoring.json', import.meta.url).href;
  beforeEach(() => clearDataCache());

  it("draws the file's values for the indicator and names their source", async () => {
    const el = await chart(html`<hki-indicator-chart indicator="i-1.1-a" monitoring=${monitoring}></hki-indicator-chart>`);
    await openTable(el);
    expect(tableOf(el).rows.map((r) => [r.period, parseNumber(r.cells[0])])).to.deep.equal([['2019', 1050]]);
    expect(text(el, '[part="source"]')).to.contain("The test's source");
    await expect(el).to.be.accessible();
  });
});

describe('<hki-indicator-chart> with a long series (10,000 values)', () => {
  const n = 10_000;
  // Synthetic values: a saw-tooth 0–99, with one highest and one lowest value far inside the series.
  const values = Array.from({ length: n }, (_, i) => (i === 7777 ? 999 : i === 4321 ? -5 : i % 100));
  let el: El;

  beforeEach(async () => {
    el = document.createElement('hki-indicator-chart');
    el.setAttribute('type', 'line');
    el.innerHTML = `<table><caption>Synthetic long series</caption><thead><tr><th>Period</th><th>Value</th></tr></thead><tbody>${values
      .map((v, i) => `<tr><th>P${i + 1}</th><td>${v}</td></tr>`)
      .join('')}</tbody></table>`;
    const ready = oneEvent(el, 'hki-chart-ready');
    document.body.append(el);
    await ready;
  });

  afterEach(() => el.remove());

  it('draws a thinned line that still shows the highest and lowest values', () => {
    const data = Chart.getChart(canvasOf(el)!)!.data.datasets[0].data as unknown as { x: number; y: number | null }[];
    expect(data.length).to.be.lessThan(1000);
    expect(data.find((p) => p.x === 7777)?.y).to.equal(999);
    expect(data.find((p) => p.x === 4321)?.y).to.equal(-5);
    expect(data[0].x).to.equal(0);
  });

  it('says in words the highest and the lowest of every value', () => {
    const summary = text(el, '[part="summary"]');
    expect(summary).to.match(/Highest 999 \(P7778\), lowest [−-]5 \(P4322\)/);
  });

  it('"Show as table" shows 250 rows at a time, and its pages hold every one of the 10,000 values, in order', async () => {
    await openTable(el);
    const pages = $(el, '[part="table-pages"]')!;
    const [previous, next] = [...pages.querySelectorAll<HTMLButtonElement>('button')];
    expect(norm(pages.querySelector('[aria-live]')?.textContent)).to.equal('Rows 1–250 of 10 000');
    expect(previous.disabled).to.equal(true);
    expect(tableOf(el).caption).to.equal('Synthetic long series');
    await expect(el).to.be.accessible();
    const seen: { period: string; cells: string[] }[] = [];
    for (;;) {
      const { rows } = tableOf(el);
      expect(rows.length).to.be.at.most(250);
      seen.push(...rows);
      if (next.disabled) break;
      next.focus();
      next.click();
      await el.updateComplete;
      // Focus stays on the button, so a keyboard user presses it again.
      expect(el.shadowRoot!.activeElement).to.equal(next);
    }
    expect(norm(pages.querySelector('[aria-live]')?.textContent)).to.equal('Rows 9 751–10 000 of 10 000');
    expect(seen.map((r) => r.period)).to.deep.equal(values.map((_, i) => `P${i + 1}`));
    expect(seen.map((r) => parseNumber(r.cells[0]))).to.deep.equal(values);
    previous.click();
    await el.updateComplete;
    expect(tableOf(el).rows[0].period).to.equal('P9501');
    // Closed and opened again: from the first rows.
    await openTable(el);
    $<HTMLButtonElement>(el, 'button[aria-controls="table"]')!.click();
    await el.updateComplete;
    await openTable(el);
    expect(tableOf(el).rows[0].period).to.equal('P1');
  });

  it('moves by keyboard through every value, not only the drawn ones', async () => {
    plot(el).focus();
    expect(await press(el, 'End')).to.equal('P10000: 99');
    expect(await press(el, 'ArrowLeft')).to.equal('P9999: 98');
    expect(await press(el, 'Home')).to.equal('P1: 0');
    expect(await press(el, 'ArrowRight')).to.equal('P2: 1');
  });
});
