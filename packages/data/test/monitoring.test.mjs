// The monitoring file (issue 18): its schema accepts the issue's minimal shape, the checks refuse
// what a coordinator could get wrong with a message naming the measure, the status review counts
// what the file says, and `hki-data validate` / `hki-data report` work on it. Run after the build.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { validateMonitoring, statusReview, reviewMarkdown, reviewCsv, isMonitoringFile } from '../dist/lib/validate.js';
import { validateMonitoringFull } from '../dist/lib/cli.js';

const run$ = promisify(execFile);
const bin = new URL('../bin/hki-data.js', import.meta.url).pathname;
const readJson = async (url) => JSON.parse(await readFile(url, 'utf8'));
const examplePath = new URL('../dist/examples/monitoring.example.json', import.meta.url).pathname;

const SOURCE = {
  name: { fi: 'Tilannekatsaus 2020', sv: 'Lägesrapport 2020', en: 'Status review 2020' },
  url: 'https://paatokset.hel.fi/fi/asia/hel-2018-001892',
};
/** The issue's minimal shape, with its placeholders filled in ("…" is not a web address). */
const minimal = () => ({
  programme: 'helsinki-integration-2017-2021',
  statuses: { 1.1: { value: 'in-progress', reportedAt: '2020-03-31', source: structuredClone(SOURCE) } },
  observations: { 'i-1.1-a': [{ period: '2019', value: 1050, source: structuredClone(SOURCE) }] },
});
const TODAY = { today: '2021-06-30' };

let programme;
let example;
before(async () => {
  programme = await readJson(new URL('../dist/programme.json', import.meta.url));
  example = await readJson(new URL('../dist/examples/monitoring.example.json', import.meta.url));
});

const messages = (result) => result.errors.map((e) => `${e.pointer}: ${e.message}`);

describe('the monitoring file', () => {
  test("the issue's minimal shape is accepted as it is, by the schema and by the checks", () => {
    const file = minimal();
    assert.ok(isMonitoringFile(file));
    assert.deepEqual(validateMonitoring(file).errors, []);
    assert.deepEqual(validateMonitoring(file, programme, TODAY).errors, []);
    assert.deepEqual(validateMonitoringFull(file, programme, TODAY).errors, []);
    // The literal placeholders of the issue pass too, where they are not addresses.
    file.statuses['1.1'].source.name = { fi: '…', sv: '…', en: '…' };
    assert.deepEqual(validateMonitoringFull(file, programme, TODAY).errors, []);
  });

  test('the example file is valid against the bundled programme and marked as example', async () => {
    assert.deepEqual(validateMonitoringFull(example, programme).errors, []);
    assert.equal(example.example, true);
    for (const l of ['fi', 'sv', 'en']) assert.ok(example.exampleNote[l].trim());
    const overlay = await readJson(new URL('../content/examples/status.example.json', import.meta.url));
    assert.deepEqual(example.observations, overlay.observations);
    for (const [id, status] of Object.entries(overlay.statuses)) {
      assert.equal(example.statuses[id].value, status.value);
      assert.equal(example.statuses[id].reportedAt, status.reportedAt);
      assert.match(example.statuses[id].source.url, /^https:\/\/paatokset\.hel\.fi\//);
    }
    assert.deepEqual(Object.keys(example.statuses), Object.keys(overlay.statuses));
  });

  for (const field of ['reportedAt', 'source']) {
    test(`a status without ${field} is refused, naming the measure`, () => {
      const file = minimal();
      delete file.statuses['1.1'][field];
      for (const result of [
        validateMonitoring(file),
        validateMonitoring(file, programme, TODAY),
        validateMonitoringFull(file, programme, TODAY),
      ]) {
        assert.equal(result.valid, false);
        const words =
          field === 'reportedAt' ? /measure 1\.1: the status has no date \(reportedAt\)/ : /measure 1\.1: the status has no source/;
        assert.ok(
          result.errors.some((e) => words.test(e.message) && e.pointer === '/statuses/1.1'),
          messages(result).join('\n'),
        );
      }
    });
  }

  const broken = [
    [
      'an unknown measure',
      (f) => (f.statuses['99.9'] = structuredClone(f.statuses['1.1'])),
      '/statuses/99.9',
      /measure 99\.9 is not in the programme/,
    ],
    [
      "a value off the measure's scale",
      (f) => (f.statuses['4.12'] = { ...structuredClone(f.statuses['1.1']), value: 'in-progress' }),
      '/statuses/4.12/value',
      /measure 4\.12: "in-progress" is not on the measure's scale "education" \(no, partially, yes\)/,
    ],
    ['another programme', (f) => (f.programme = 'espoo-integration-2022-2025'), '/programme', /another programme/],
    [
      'an unknown indicator',
      (f) => (f.observations['i-99-z'] = [{ period: '2019', value: 1 }]),
      '/observations/i-99-z',
      /indicator i-99-z is not in the programme/,
    ],
    [
      'a date in the future',
      (f) => (f.statuses['1.1'].reportedAt = '2021-07-01'),
      '/statuses/1.1/reportedAt',
      /measure 1\.1: the date \(reportedAt\) 2021-07-01 is in the future/,
    ],
    [
      'a date that does not exist',
      (f) => (f.statuses['1.1'].reportedAt = '2020-02-30'),
      '/statuses/1.1/reportedAt',
      /measure 1\.1: the date \(reportedAt\) must be a date/,
    ],
    [
      '"not-reported" as a reported status',
      (f) => (f.statuses['1.1'].value = 'not-reported'),
      '/statuses/1.1/value',
      /leave the measure out/,
    ],
    [
      'a source that is not a web address',
      (f) => (f.statuses['1.1'].source.url = 'javascript:alert(1)'),
      '/statuses/1.1/source/url',
      /measure 1\.1: the source's address must be a web address/,
    ],
    [
      'a source without a name',
      (f) => delete f.statuses['1.1'].source.name,
      '/statuses/1.1/source',
      /measure 1\.1: the source has no name/,
    ],
    [
      'a typo in a status field',
      (f) => (f.statuses['1.1'].reportedOn = '2020-01-01'),
      '/statuses/1.1/reportedOn',
      /measure 1\.1: "reportedOn" is not a field/,
    ],
    [
      'a value that is text',
      (f) => (f.observations['i-1.1-a'][0].value = '1050'),
      '/observations/i-1.1-a/0/value',
      /must be a number or null/,
    ],
    [
      'a period given twice',
      (f) => f.observations['i-1.1-a'].push({ period: '2019', value: 2 }),
      '/observations/i-1.1-a/1/period',
      /"2019" is given twice/,
    ],
  ];
  for (const [what, breakIt, pointer, message] of broken) {
    test(`${what} is refused with a message at ${pointer}`, () => {
      const file = minimal();
      breakIt(file);
      const result = validateMonitoringFull(file, programme, TODAY);
      assert.equal(result.valid, false);
      assert.ok(
        result.errors.some((e) => e.pointer === pointer && message.test(e.message)),
        messages(result).join('\n'),
      );
    });
  }

  test('the browser checks and the JSON Schema agree on what is broken in shape', () => {
    const shapes = [
      null,
      [],
      {},
      { programme: 'x' },
      { statuses: {} },
      { programme: 1, statuses: {} },
      { programme: 'x', statuses: [] },
      { programme: 'x', statuses: { 1.1: 'in-progress' } },
      { programme: 'x', statuses: { 1.1: { value: 'done', reportedAt: '2020-01-01', source: SOURCE } } },
      { programme: 'x', statuses: { 1.1: { value: 'yes', reportedAt: '2020-01-01', source: { ...SOURCE, extra: 1 } } } },
      { programme: 'x', statuses: { 1.1: { value: 'yes', reportedAt: '2020-01-01', source: { name: {}, url: SOURCE.url } } } },
      { programme: 'x', statuses: { 1.1: { value: 'yes', reportedAt: '2020-01-01', source: SOURCE, note: { fi: '' } } } },
      { programme: 'x', statuses: {}, observations: { a: {} } },
      { programme: 'x', statuses: {}, observations: { a: [{ period: '', value: 1 }] } },
      { programme: 'x', statuses: {}, observations: { a: [{ period: '2019' }] } },
      { programme: 'x', statuses: {}, publishedAt: '31.3.2020' },
      { programme: 'x', statuses: {}, example: 'yes' },
      { programme: 'x', statuses: {}, extra: true },
      { programme: 'x', statuses: { 1.1: { value: 'yes', reportedAt: '2020-01-01', source: { ...SOURCE, url: 'https://…' } } } },
      { programme: 'x', statuses: { 1.1: { value: 'yes', reportedAt: '2020-01-01', source: { ...SOURCE, url: 'https://hel.fi/a b' } } } },
    ];
    for (const shape of shapes) {
      assert.equal(validateMonitoring(shape, undefined, TODAY).valid, false, `browser check accepts ${JSON.stringify(shape)}`);
      assert.equal(validateMonitoringFull(shape, undefined, TODAY).valid, false, `full check accepts ${JSON.stringify(shape)}`);
    }
    assert.equal(validateMonitoringFull({ programme: 'x', statuses: {} }).valid, true);
  });

  test('the module the widgets import lazily has no Node imports', async () => {
    const code = await readFile(new URL('../dist/lib/monitoring.js', import.meta.url), 'utf8');
    assert.doesNotMatch(code, /from ['"]node:|require\(/);
  });
});

describe('the status review', () => {
  test("counts every measure once per theme, and the file's statuses", () => {
    const review = statusReview(example, programme, undefined, { locale: 'fi', today: '2021-01-15' });
    assert.equal(review.themes.length, programme.themes.length);
    assert.equal(
      review.themes.reduce((sum, t) => sum + t.total, 0),
      programme.measures.length,
    );
    for (const t of review.themes) {
      assert.equal(
        Object.values(t.counts).reduce((a, b) => a + b, 0),
        t.total,
        t.themeId,
      );
      for (const v of ['not-reported', 'not-started', 'in-progress', 'partially-achieved', 'achieved', 'no', 'partially', 'yes']) {
        assert.equal(typeof t.counts[v], 'number', `${t.themeId} has no count for ${v}`);
      }
    }
    const reported = review.themes.reduce((sum, t) => sum + t.total - t.counts['not-reported'], 0);
    assert.equal(reported, Object.keys(example.statuses).length);
    const inProgress = Object.values(example.statuses).filter((s) => s.value === 'in-progress').length;
    assert.equal(
      review.themes.reduce((sum, t) => sum + t.counts['in-progress'], 0),
      inProgress,
    );
    const m = review.measures.find((x) => x.id === '4.12');
    assert.equal(m.statusLabel, 'Osittain'); // from status-scales.json, in Finnish
    assert.equal(m.reportedAt, '2020-12-31');
    assert.equal(m.source.url, example.statuses['4.12'].source.url);
    assert.equal(review.measures.find((x) => x.id === '1.2').statusLabel, 'Ei raportoitu');
    assert.equal(review.changes, null);
    assert.equal(review.example, true);
  });

  test('lists what is new, changed and removed since the previous file', () => {
    const previous = structuredClone(example);
    const current = structuredClone(example);
    current.statuses['1.1'] = { ...current.statuses['1.1'], value: 'achieved', reportedAt: '2021-03-31' };
    current.statuses['7.1'] = { value: 'in-progress', reportedAt: '2021-03-31', source: SOURCE };
    delete current.statuses['5.2'];
    const review = statusReview(current, programme, previous, { locale: 'en', today: '2021-04-01' });
    assert.deepEqual(
      review.changes.map((c) => [c.measureId, c.kind, c.oldValue, c.oldDate, c.newValue, c.newDate]),
      [
        ['1.1', 'changed', 'in-progress', '2019-12-31', 'achieved', '2021-03-31'],
        ['5.2', 'removed', 'not-started', '2019-06-30', undefined, undefined],
        ['7.1', 'new', undefined, undefined, 'in-progress', '2021-03-31'],
      ],
    );
    const text = reviewMarkdown(review);
    assert.match(text, /^# Status review: A City for Everyone/);
    assert.match(text, /\*\*1\.1\*\* .*: In progress \(31\.12\.2019\) → Achieved \(31\.3\.2021\) \(changed\)/);
    assert.match(text, /\*\*7\.1\*\* .*: Not reported → In progress \(31\.3\.2021\) \(new\)/);
    assert.match(text, /Example data/);
    assert.match(text, /Prepared 1\.4\.2021/);
  });

  test('the CSV has one row per measure, quoted by RFC 4180', () => {
    const current = structuredClone(example);
    current.statuses['1.1'].note = { fi: 'Jatkuu, "vaihe 2"\nalkaa', en: 'x' };
    const csv = reviewCsv(statusReview(current, programme, undefined, { locale: 'fi' }));
    assert.ok(csv.endsWith('\r\n'));
    assert.ok(csv.includes('"Jatkuu, ""vaihe 2""\nalkaa"'));
    assert.equal(csv.split('\r\n').length - 1, programme.measures.length + 1);
    assert.equal(csv.split('\r\n')[0], 'Numero,Teema,Toimenpide,Tila,Raportoitu,Huomautus,Lähde,Lähteen osoite');
  });
});

describe('hki-data on a monitoring file', () => {
  let dir;
  before(async () => {
    dir = await mkdtemp('/tmp/hki-monitoring-');
  });

  test('validate exits 0 for the example file', async () => {
    const { stdout } = await run$('node', [bin, 'validate', examplePath]);
    assert.match(stdout, /valid \(a monitoring file for helsinki-integration-2017-2021\)/);
  });

  test('validate exits 1 and names the measure when a status has no source', async () => {
    const file = `${dir}/no-source.json`;
    const bad = minimal();
    delete bad.statuses['1.1'].source;
    bad.statuses['4.12'] = { value: 'in-progress', reportedAt: '2020-03-31', source: SOURCE };
    await writeFile(file, JSON.stringify(bad));
    await assert.rejects(run$('node', [bin, 'validate', file]), (error) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /\/statuses\/1\.1: measure 1\.1: the status has no source/);
      assert.match(error.stderr, /measure 4\.12: "in-progress" is not on the measure's scale/);
      return true;
    });
  });

  test('report --format csv writes one row per measure', async () => {
    const out = `${dir}/review.csv`;
    await run$('node', [bin, 'report', examplePath, '--format', 'csv', '--lang', 'sv', '--out', out]);
    const csv = await readFile(out, 'utf8');
    const rows = csv.split('\r\n').filter(Boolean);
    assert.equal(rows.length, programme.measures.length + 1);
    assert.match(
      rows.find((r) => r.startsWith('4.12,')),
      /,Delvis,2020-12-31,/,
    );
  });

  test('report writes Markdown with the changes since --previous', async () => {
    const previous = `${dir}/previous.json`;
    const before = structuredClone(example);
    before.statuses['1.1'].value = 'not-started';
    await writeFile(previous, JSON.stringify(before));
    const { stdout } = await run$('node', [bin, 'report', examplePath, '--previous', previous]);
    assert.match(stdout, /^# Tilannekatsaus: Kaikkien Stadi/);
    assert.match(stdout, /\*\*1\.1\*\* .*: Ei aloitettu \(31\.12\.2019\) → Käynnissä \(31\.12\.2019\) \(muuttunut\)/);
  });

  test('--help describes validate and report', async () => {
    const { stdout } = await run$('node', [bin, '--help']);
    assert.match(stdout, /hki-data report <monitoring-file> \[--previous <monitoring-file>\] \[--format md\|csv\] \[--lang fi\|sv\|en\]/);
    assert.match(stdout, /a monitoring file/);
  });

  test('report refuses an invalid file and a bad option', async () => {
    const file = `${dir}/other.json`;
    await writeFile(file, JSON.stringify({ ...minimal(), programme: 'other' }));
    await assert.rejects(run$('node', [bin, 'report', file]), (error) => error.code === 1 && /another programme/.test(error.stderr));
    await assert.rejects(run$('node', [bin, 'report', examplePath, '--format', 'pdf']), (error) => error.code === 2);
  });
});
