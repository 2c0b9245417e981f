// The readers behind <hki-indicator-chart>: JSON-stat 2.0 (readJsonStat), an HTML table (readTable)
// and the model helpers (rows, toCsv, parseNumber). Pure functions, run in the browser.
import { expect } from '@open-wc/testing';
import { readJsonStat, type JsonStatResult } from '../src/indicator-chart/jsonstat.js';
import { readTable } from '../src/indicator-chart/table.js';
import { parseNumber, rows, toCsv, type ChartModel } from '../src/indicator-chart/model.js';
import { describeChart } from '../src/indicator-chart/summary.js';

const fixtureUrl = new URL('./fixtures/example-language-groups.jsonstat.json', import.meta.url).href;
const notJsonStatUrl = new URL('./fixtures/not-jsonstat.json', import.meta.url).href;

/** A fresh copy of the synthetic dataset: alue[091,049,092] × vuosi[2015–2021] × kieli[fi_sv,other] × tiedot[count,share]. */
let dataset: () => Record<string, unknown> & {
  role: Record<string, unknown>;
  dimension: Record<string, { category: Record<string, unknown> }>;
};

const YEARS = ['2015', '2016', '2017', '2018', '2019', '2020', '2021'];
const DIMENSIONS = ['alue', 'vuosi', 'kieli', 'tiedot'];

/** The model of a result that must have succeeded. */
function model(result: JsonStatResult): ChartModel {
  if (!result.ok) throw new Error(`expected a model, got the error ${JSON.stringify(result.error)}`);
  return result.model;
}

/** Builds a table in the document from markup (removed after each test). */
function table(markup: string): HTMLTableElement {
  const host = document.createElement('div');
  host.className = 'table-host';
  host.innerHTML = markup;
  document.body.append(host);
  return host.querySelector('table')!;
}

describe('readJsonStat', () => {
  before(async () => {
    const json = await (await fetch(fixtureUrl)).json();
    dataset = () => structuredClone(json);
  });

  it('reads one line per category of the series dimension, over the time dimension (role.time), with filters fixing the rest', () => {
    const m = model(readJsonStat(dataset(), { series: 'kieli', filter: 'alue=091;tiedot=share' }));
    expect(m.title).to.equal('Example dataset: residents by language group (synthetic values, not statistics)');
    expect(m.axis).to.equal('time');
    expect(m.axisLabel).to.equal('Year');
    expect(m.periods).to.deep.equal(YEARS);
    expect(m.series.map((s) => s.id)).to.deep.equal(['fi_sv', 'other']);
    expect(m.series.map((s) => s.label)).to.deep.equal(['Finnish, Swedish or Sami', 'Other languages']);
    expect(m.series[0].values).to.deep.equal([88, 86.8, 85.6, 84.4, 83.2, 82, 80.8]);
    expect(m.series[1].values).to.deep.equal([12, 13.2, 14.4, 15.6, 16.8, 18, 19.2]);
    expect(m.unit).to.equal('percent');
    expect(m.unitLabel).to.equal('percent');
    expect(m.context).to.deep.equal(['Area: Helsinki', 'Information: Share of residents']);
    expect(m.source).to.equal('hki-widgets test fixture (synthetic)');
    expect(m.updated).to.equal('2022-03-31');
    expect(m.example).to.equal(true);
  });

  it('reads a single series, labelled with the dataset, when no series dimension is given', () => {
    const m = model(readJsonStat(dataset(), { filter: 'alue=092;kieli=other;tiedot=count' }));
    expect(m.series).to.have.length(1);
    expect(m.series[0].id).to.equal('value');
    expect(m.series[0].label).to.equal(m.title);
    expect(m.series[0].values).to.deep.equal([30800, 33774, 36802, 39882, 43014, 46200, 49438]);
    expect(m.unit).to.equal('number');
    expect(m.unitLabel).to.equal('persons');
    expect(m.context).to.deep.equal(['Area: Vantaa', 'Language group: Other languages', 'Information: Residents']);
  });

  it('keeps only the filtered category when the filter names the series dimension too', () => {
    const m = model(readJsonStat(dataset(), { series: 'kieli', filter: 'kieli=other;alue=091;tiedot=count' }));
    expect(m.series.map((s) => s.label)).to.deep.equal(['Other languages']);
    expect(m.series[0].values).to.deep.equal([72000, 79992, 88128, 96408, 104832, 113400, 122112]);
  });

  it('takes the x axis from the time option when the dataset has no role.time', () => {
    const json = dataset();
    delete json.role.time;
    const m = model(readJsonStat(json, { time: 'vuosi', filter: 'alue=091;kieli=fi_sv;tiedot=count' }));
    expect(m.axis).to.equal('time');
    expect(m.axisLabel).to.equal('Year');
    expect(m.periods).to.deep.equal(YEARS);
    expect(m.series[0].values).to.deep.equal([528000, 526008, 523872, 521592, 519168, 516600, 513888]);
  });

  it('puts categories on the x axis when there is no time dimension', () => {
    const json = dataset();
    delete json.role.time;
    const m = model(readJsonStat(json, { filter: 'vuosi=2021;kieli=other;tiedot=share' }));
    expect(m.axis).to.equal('category');
    expect(m.axisLabel).to.equal('Area');
    expect(m.periods).to.deep.equal(['Helsinki', 'Espoo', 'Vantaa']);
    expect(m.series[0].values).to.deep.equal([19.2, 19.2, 21.2]);
    expect(m.context).to.deep.equal(['Year: 2021', 'Language group: Other languages', 'Information: Share of residents']);
  });

  it('puts categories on the x axis when the filter fixes the time dimension', () => {
    // The filter is the only way an author can ask for "2021, by area" from a dataset with role.time.
    const m = model(readJsonStat(dataset(), { series: 'kieli', filter: 'vuosi=2021;tiedot=share' }));
    expect(m.axis).to.equal('category');
    expect(m.axisLabel).to.equal('Area');
    expect(m.periods).to.deep.equal(['Helsinki', 'Espoo', 'Vantaa']);
    expect(m.series[0].values).to.deep.equal([80.8, 80.8, 78.8]);
    expect(m.series[1].values).to.deep.equal([19.2, 19.2, 21.2]);
    expect(m.context).to.include('Year: 2021');
  });

  it('refuses a series dimension that is also the x axis, and names it', () => {
    const result = readJsonStat(dataset(), { series: 'vuosi', filter: 'alue=091;tiedot=share' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.deep.equal({ code: 'series-is-axis', name: 'vuosi' });
  });

  it('says what it found when the document is null', () => {
    const result = readJsonStat(null);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.deep.equal({ code: 'not-jsonstat', found: 'null' });
  });

  it('makes a value that is missing (status "..") null, not 0', () => {
    const m = model(readJsonStat(dataset(), { series: 'kieli', filter: 'alue=049;tiedot=share' }));
    expect(m.series[1].label).to.equal('Other languages');
    expect(m.series[1].values).to.deep.equal([12, 13.2, null, 15.6, 16.8, 18, 19.2]);
    expect(m.series[0].values.every((v) => typeof v === 'number')).to.equal(true);
  });

  it('detects percentages from the metric unit (symbol or label), and numbers otherwise', () => {
    expect(model(readJsonStat(dataset(), { filter: 'alue=091;kieli=fi_sv;tiedot=share' })).unit).to.equal('percent');
    expect(model(readJsonStat(dataset(), { filter: 'alue=091;kieli=fi_sv;tiedot=count' })).unit).to.equal('number');
    const finnish = dataset();
    (finnish.dimension.tiedot.category.unit as Record<string, unknown>).share = { label: 'prosenttia', decimals: 1 };
    const m = model(readJsonStat(finnish, { filter: 'alue=091;kieli=fi_sv;tiedot=share' }));
    expect(m.unit).to.equal('percent');
    expect(m.unitLabel).to.equal('prosenttia');
    const noMetric = dataset();
    delete noMetric.role.metric;
    const plain = model(readJsonStat(noMetric, { filter: 'alue=091;kieli=fi_sv;tiedot=share' }));
    expect(plain.unit).to.equal('number');
    expect(plain.unitLabel).to.equal(undefined);
  });

  it('names the fixed dimensions in the context: filtered ones, and unfiltered ones at their first category', () => {
    const m = model(readJsonStat(dataset(), { series: 'kieli' }));
    expect(m.context).to.deep.equal(['Area: Helsinki', 'Information: Residents']);
    expect(m.series[0].values[0]).to.equal(528000);
    const spaced = model(readJsonStat(dataset(), { series: 'kieli', filter: ' alue = 049 , tiedot = count ' }));
    expect(spaced.context).to.deep.equal(['Area: Espoo', 'Information: Residents']);
    expect(spaced.series[0].values[0]).to.equal(237600);
  });

  it('refuses what is not a JSON-stat 2.0 dataset, and says what it found', async () => {
    const bundle = await (await fetch(notJsonStatUrl)).json();
    const cases: [unknown, string | undefined][] = [
      [bundle, 'version "1.0", class "bundle"'],
      [{ version: '2.0', class: 'collection' }, 'version "2.0", class "collection"'],
      [{ class: 'dataset' }, 'version null, class "dataset"'],
      [[dataset()], 'a list'],
      [null, undefined],
      ['{"version":"2.0","class":"dataset"}', 'string'],
      [42, 'number'],
    ];
    for (const [input, found] of cases) {
      const result = readJsonStat(input);
      expect(result.ok, JSON.stringify(input)?.slice(0, 60)).to.equal(false);
      if (result.ok) continue;
      expect(result.error.code).to.equal('not-jsonstat');
      if (found !== undefined && result.error.code === 'not-jsonstat') expect(result.error.found).to.equal(found);
    }
  });

  it('names an unknown dimension in filter, series or time, and lists the available ones', () => {
    const cases: [Parameters<typeof readJsonStat>[1], 'filter' | 'series' | 'time', string][] = [
      [{ filter: 'alue=091;sukupuoli=1' }, 'filter', 'sukupuoli'],
      [{ series: 'sex' }, 'series', 'sex'],
      [{ time: 'year' }, 'time', 'year'],
    ];
    for (const [options, attribute, name] of cases) {
      const result = readJsonStat(dataset(), options);
      expect(result).to.deep.equal({ ok: false, error: { code: 'unknown-dimension', attribute, name, available: DIMENSIONS } });
    }
  });

  it('names an unknown category and lists the available ones', () => {
    expect(readJsonStat(dataset(), { filter: 'alue=999' })).to.deep.equal({
      ok: false,
      error: { code: 'unknown-category', dimension: 'alue', name: '999', available: ['091', '049', '092'] },
    });
    expect(readJsonStat(dataset(), { filter: 'alue=091;tiedot=Share' })).to.deep.equal({
      ok: false,
      error: { code: 'unknown-category', dimension: 'tiedot', name: 'Share', available: ['count', 'share'] },
    });
  });

  it('says which part of a filter it cannot read', () => {
    for (const [filter, part] of [
      ['alue', 'alue'],
      ['alue=091;tiedot', 'tiedot'],
      ['=091', '=091'],
      ['alue=', 'alue='],
    ]) {
      expect(readJsonStat(dataset(), { filter }), filter).to.deep.equal({ ok: false, error: { code: 'bad-filter', part } });
    }
    // An empty filter, or empty parts, are no filter at all.
    expect(readJsonStat(dataset(), { filter: ' ; ' }).ok).to.equal(true);
  });

  it('never throws, whatever it is given', () => {
    const dataset2 = (extra: Record<string, unknown>) => ({
      version: '2.0',
      class: 'dataset',
      id: ['a'],
      size: [2],
      dimension: { a: { label: 'A', category: { index: ['x', 'y'] } } },
      value: [1, 2],
      ...extra,
    });
    const inputs: unknown[] = [
      undefined,
      '',
      true,
      {},
      [],
      { version: '2.0', class: 'dataset' },
      { version: '2.0', class: 'dataset', id: [], size: [], dimension: {}, value: [] },
      dataset2({ dimension: {} }),
      dataset2({ dimension: { a: null } }),
      dataset2({ dimension: { a: {} } }),
      dataset2({ id: 'a' }),
      dataset2({ size: [5] }),
      dataset2({ value: null }),
      dataset2({ value: { 1: 5 } }),
      dataset2({ value: ['1', 'NaN'] }),
      dataset2({ status: 7 }),
      dataset2({ label: 5, source: {}, updated: [] }),
      dataset2({ role: null }),
      dataset2({ role: { time: 'a', metric: 'a' } }),
      dataset2({ role: { time: [42], metric: [{}] } }),
      dataset2({ extension: null }),
      JSON.parse(
        '{"version":"2.0","class":"dataset","id":["__proto__"],"size":[1],"dimension":{"__proto__":{"category":{"index":["x"]}}},"value":[1]}',
      ),
    ];
    const options = [{}, { filter: 'a=x' }, { series: 'a' }, { time: 'a' }, { filter: 'a=x;;b=' }];
    for (const input of inputs) {
      for (const option of options) {
        const label = `${JSON.stringify(input)?.slice(0, 120)} with ${JSON.stringify(option)}`;
        let result: JsonStatResult | undefined;
        expect(() => (result = readJsonStat(input, option)), label).to.not.throw();
        expect(result!.ok, label).to.be.a('boolean');
        if (result!.ok) {
          const m = result!.model;
          expect(() => toCsv(m), `toCsv: ${label}`).to.not.throw();
          expect(() => describeChart(m), `describeChart: ${label}`).to.not.throw();
        }
      }
    }
  });
});

describe('readTable', () => {
  afterEach(() => document.querySelectorAll('.table-host').forEach((n) => n.remove()));

  it('reads Finnish numbers, ".." as missing, the caption as title and the first column as periods', () => {
    const m = readTable(
      table(`<table>
        <caption> Clients of an example service (synthetic) </caption>
        <thead><tr><th>Year</th><th>Clients</th></tr></thead>
        <tbody>
          <tr><th>2019</th><td>1 050,5</td></tr>
          <tr><th>2020</th><td>..</td></tr>
          <tr><th>2021</th><td>1\u00a0200</td></tr>
          <tr><th>2022</th><td>1\u202f300</td></tr>
        </tbody>
      </table>`),
    )!;
    expect(m.title).to.equal('Clients of an example service (synthetic)');
    expect(m.axis).to.equal('time');
    expect(m.axisLabel).to.equal('Year');
    expect(m.periods).to.deep.equal(['2019', '2020', '2021', '2022']);
    expect(m.series).to.deep.equal([{ id: 'column-1', label: 'Clients', values: [1050.5, null, 1200, 1300] }]);
    expect(m.unit).to.equal('number');
    expect(m.example).to.equal(false);
  });

  it('reads percentages ("14,2 %") as a percent chart', () => {
    const m = readTable(
      table(`<table><caption>Share (synthetic)</caption>
        <tr><th>Year</th><th>Share</th></tr>
        <tr><th>2020</th><td>14,2 %</td></tr>
        <tr><th>2021</th><td>15,8\u00a0%</td></tr>
      </table>`),
    )!;
    expect(m.unit).to.equal('percent');
    expect(m.series[0].values).to.deep.equal([14.2, 15.8]);
    expect(m.axisLabel).to.equal('Year', 'without <thead> the first row is the header');
  });

  it('tells periods from categories', () => {
    const periods = (labels: string[]) =>
      readTable(table(`<table><tr><th>X</th><th>V</th></tr>${labels.map((l) => `<tr><th>${l}</th><td>1</td></tr>`).join('')}</table>`))!
        .axis;
    expect(periods(['2019', '2020'])).to.equal('time');
    expect(periods(['2019Q1', '2019Q2'])).to.equal('time');
    expect(periods(['2019H1', '2019H2'])).to.equal('time');
    expect(periods(['2019-01', '2019-02'])).to.equal('time');
    expect(periods(['Helsinki', 'Espoo', 'Vantaa'])).to.equal('category');
    expect(periods(['2019', 'Espoo'])).to.equal('category');
  });

  it('reads one series per further column, ignores the footer, and honours data-example', () => {
    const m = readTable(
      table(`<table data-example="true"><caption>Two series (synthetic)</caption>
        <thead><tr><th>Area</th><th>Women</th><th>Men</th></tr></thead>
        <tbody>
          <tr><th>Helsinki</th><td>10</td><td>12,5</td></tr>
          <tr><th>Espoo</th><td>8</td><td></td></tr>
        </tbody>
        <tfoot><tr><th>Total</th><td>18</td><td>12,5</td></tr></tfoot>
      </table>`),
    )!;
    expect(m.axis).to.equal('category');
    expect(m.periods).to.deep.equal(['Helsinki', 'Espoo']);
    expect(m.series).to.deep.equal([
      { id: 'column-1', label: 'Women', values: [10, 8] },
      { id: 'column-2', label: 'Men', values: [12.5, null] },
    ]);
    expect(m.example).to.equal(true);
  });

  it('gives no model for a table without data rows or without a value column', () => {
    expect(readTable(table('<table><tr><th>Year</th><th>Clients</th></tr></table>'))).to.equal(undefined);
    expect(readTable(table('<table><thead><tr><th>Year</th></tr></thead><tbody><tr><th>2020</th></tr></tbody></table>'))).to.equal(
      undefined,
    );
    expect(readTable(table('<table></table>'))).to.equal(undefined);
  });
});

describe('parseNumber, rows and toCsv', () => {
  it('parses numbers written in Finnish or with a point, and nothing else', () => {
    const cases: [string, number | null][] = [
      ['1 050,5', 1050.5],
      ['1\u00a0050', 1050],
      ['1\u202f050', 1050],
      ['14,2 %', 14.2],
      ['14.2', 14.2],
      ['1,050.5', 1050.5],
      ['\u22123,5', -3.5],
      ['-3.5', -3.5],
      ['0', 0],
      ['..', null],
      ['', null],
      ['  ', null],
      ['-', null],
      ['–', null],
      ['n/a', null],
      ['Infinity', null],
    ];
    for (const [text, value] of cases) expect(parseNumber(text), JSON.stringify(text)).to.equal(value);
  });

  const model2: ChartModel = {
    title: 'Example (synthetic)',
    axis: 'time',
    axisLabel: 'Year',
    periods: ['2019', '2020', '2021'],
    series: [
      { id: 'a', label: 'Women, all ages', values: [1050.5, null, 1200] },
      { id: 'b', label: 'Men "all"', values: [12, 13] },
    ],
    unit: 'number',
    context: [],
    example: true,
  };

  it('gives one row per period, a value per series, null where a value is missing', () => {
    expect(rows(model2)).to.deep.equal([
      { period: '2019', values: [1050.5, 12] },
      { period: '2020', values: [null, 13] },
      { period: '2021', values: [1200, null] },
    ]);
  });

  it('writes CSV with a BOM, a header, one CRLF row per period and empty cells for missing values', () => {
    const csv = toCsv(model2);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop()).to.equal('');
    expect(lines).to.deep.equal(['Year,"Women, all ages","Men ""all"""', '2019,1050.5,12', '2020,,13', '2021,1200,']);
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const csv = toCsv({
      ...model2,
      axisLabel: '@SUM(A1)',
      periods: ['=1+1', '+2', '-3'],
      series: [{ id: 'x', label: '=HYPERLINK("http://example.invalid","x")', values: [-1, 2, 3] }],
    });
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal(`"'@SUM(A1)","'=HYPERLINK(""http://example.invalid"",""x"")"`);
    expect(lines.slice(1, 4)).to.deep.equal([`"'=1+1",-1`, `"'+2",2`, `"'-3",3`]);
  });
});
