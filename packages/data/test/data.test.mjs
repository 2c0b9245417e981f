// Data package tests (Node's test runner): the built package is complete, the schema and reference
// checks catch broken input, and the CLI says so precisely. The checks against the programme's source
// documents, which a fresh clone does not have, are in ../test-sources/ (`npm run check:sources`).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { validateFull } from '../dist/lib/schema-validate.js';
import { validatePackage } from '../dist/lib/validate.js';
import { csvCell, forLocale } from '../dist/lib/assemble.js';
import { run } from '../dist/lib/cli.js';

const run$ = promisify(execFile);
const dist = new URL('../dist/', import.meta.url);
const readJson = async (url) => JSON.parse(await readFile(url, 'utf8'));
const programmePath = new URL('programme.json', dist).pathname;
let pkg;
before(async () => {
  pkg = await readJson(new URL('programme.json', dist));
});

const EXPECTED_MEASURES = [
  ...[1, 2, 3, 4, 5].map((n) => `1.${n}`),
  '2',
  '3.1',
  '3.2',
  ...Array.from({ length: 28 }, (_, i) => `4.${i + 1}`),
  ...[1, 2, 3].map((n) => `5.${n}`),
  ...[1, 2, 3].map((n) => `6.${n}`),
  ...[1, 2, 3, 4, 5].map((n) => `7.${n}`),
  ...[1, 2, 3].map((n) => `8.${n}`),
  ...Array.from({ length: 9 }, (_, i) => `9.${i + 1}`),
  ...[1, 2, 3, 4].map((n) => `10.${n}`),
  '11',
];

describe('the built programme package', () => {
  test('is valid against the schema and every cross-reference', () => {
    const result = validateFull(pkg);
    assert.deepEqual(result.errors, []);
  });

  test('holds all 64 measures in programme order', () => {
    assert.equal(EXPECTED_MEASURES.length, 64);
    assert.deepEqual(
      pkg.measures.map((m) => m.id),
      EXPECTED_MEASURES,
    );
  });

  test('has 4 themes, 11 measure sets, 4 best practices and 4 concepts', () => {
    assert.equal(pkg.themes.length, 4);
    assert.deepEqual(
      pkg.measureSets.map((s) => s.id),
      Array.from({ length: 11 }, (_, i) => String(i + 1)),
    );
    assert.equal(pkg.bestPractices.length, 4);
    assert.deepEqual(pkg.concepts.map((c) => c.id).sort(), [
      'foreign-background',
      'foreign-language-speaker',
      'immigrant',
      'second-generation',
    ]);
  });

  test('every measure has a responsible body, three languages and a calm "not reported" status', () => {
    for (const m of pkg.measures) {
      assert.ok(m.responsibleIds.length > 0, `${m.id} has no responsible body`);
      for (const field of ['title', 'description', 'summary', 'plain']) {
        for (const l of ['fi', 'sv', 'en']) assert.ok(m[field][l]?.trim(), `${m.id} ${field}.${l} is empty`);
      }
      assert.equal(m.status.value, 'not-reported');
      assert.ok(m.title.en.length <= 90, `${m.id}'s short title is long: ${m.title.en}`);
    }
  });

  test("carries the education plan's 10 indicators and the 8 monitoring indicators", () => {
    const group = (name) => pkg.indicators.filter((i) => i.group === name);
    assert.equal(group('education-plan').filter((i) => /^edu-\d+$/.test(i.id)).length, 10);
    assert.equal(group('monitoring').length, 8);
    for (const i of group('monitoring')) {
      assert.ok(i.responsibleIds?.length, `${i.id} has no responsible body`);
      assert.ok(i.informationSource, `${i.id} has no information source`);
    }
  });

  test('carries the targets the programme states', () => {
    const targets = pkg.indicators.filter((i) => i.target?.value !== undefined).map((i) => i.target.value);
    for (const value of [1000, 50, 20, 30, 3000, 70000, 80]) assert.ok(targets.includes(value), `no indicator has the target ${value}`);
  });

  test('carries the key figures with year and source', () => {
    const figures = new Map(pkg.keyFigures.map((f) => [f.value, f]));
    for (const value of [15, 25, 140, 15000, 400, 350, 4, 100]) assert.ok(figures.has(value), `no key figure ${value}`);
    assert.equal(figures.get(15).year, 2017);
    assert.equal(figures.get(15).unit, 'percent');
    for (const f of pkg.keyFigures) assert.ok(pkg.sources.some((s) => s.id === f.source.sourceId));
  });

  test('marks the plain-language summaries as not reviewed by the Finnish Centre for Easy Language', () => {
    assert.equal(pkg.programme.plainLanguage.reviewed, false);
    assert.match(pkg.programme.plainLanguage.note.fi, /Selkokeskus/);
  });

  test('names the legal basis: section 32 of Act 1386/2010', () => {
    for (const l of ['fi', 'sv', 'en']) assert.match(pkg.programme.legalBasis[l], /32/);
    assert.match(pkg.programme.legalBasis.en, /1386\/2010/);
  });

  test('de-duplicates the responsible bodies: one id for the Immigration and Employment Services Unit', () => {
    const units = pkg.organisations.filter((o) => /immigration and employment/i.test(o.name.en));
    assert.deepEqual(
      units.map((o) => o.id),
      ['immigration-employment-unit'],
    );
    const names = pkg.organisations.map((o) => o.name.en.toLowerCase());
    assert.equal(new Set(names).size, names.length, 'two organisations share an English name');
  });

  test('includes the ecosystem actors of the overviews', () => {
    const names = pkg.organisations.map((o) => o.name.en).join('\n');
    for (const actor of [
      /International House Helsinki/,
      /Business Helsinki/,
      /Helsinki Partners/,
      /ELY Centre/,
      /TE Office/,
      /Kela/,
      /Finnish Immigration Service/,
      /Ministry of the Interior/,
    ]) {
      assert.match(names, actor);
    }
  });
});

describe('per-locale packages and the CSV', () => {
  for (const locale of ['fi', 'sv', 'en']) {
    test(`programme.${locale}.json is valid and holds only ${locale}`, async () => {
      const small = await readJson(new URL(`programme.${locale}.json`, dist));
      assert.deepEqual(validateFull(small).errors, []);
      assert.deepEqual(small.locales, [locale]);
      assert.deepEqual(Object.keys(small.measures[10].title), [locale]);
      assert.equal(small.measures[10].title[locale], pkg.measures[10].title[locale]);
    });
  }

  test('forLocale leaves the full package untouched', () => {
    const before = JSON.stringify(pkg);
    forLocale(pkg, 'sv');
    assert.equal(JSON.stringify(pkg), before);
  });

  test('measures.csv has a header and one row per measure', async () => {
    const csv = await readFile(new URL('measures.csv', dist), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    assert.match(lines[0], /^id,set,theme,title_fi,title_sv,title_en,/);
    assert.ok(lines[1].startsWith('1.1,1,skilled-workforce,'));
    assert.equal(lines.filter((l) => /^\d+(\.\d+)?,\d+,/.test(l)).length, 64);
  });

  test('CSV cells are quoted and defused against spreadsheet formulas', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvCell(undefined), '');
  });

  test('the example package is marked as example data throughout', async () => {
    const example = await readJson(new URL('examples/programme.example.json', dist));
    assert.deepEqual(validateFull(example).errors, []);
    assert.equal(example.example, true);
    const statuses = example.measures.filter((m) => m.status.value !== 'not-reported');
    assert.ok(statuses.length > 0);
    for (const m of statuses) assert.equal(m.status.example, true, `${m.id}'s status is not marked`);
    for (const i of example.indicators) for (const o of i.observations) assert.equal(o.example, true);
    assert.equal(pkg.example, undefined, 'the real package must not carry example data');
    assert.ok(
      pkg.indicators.every((i) => i.observations.length === 0),
      'the real package must not carry unpublished values',
    );
  });
});

/** A deep copy of the package with one change made by fn. */
const broken = (fn) => {
  const copy = structuredClone(pkg);
  fn(copy);
  return copy;
};

describe('validation of broken packages', () => {
  const cases = [
    ['a title that is a string', (p) => (p.measures[3].title = 'Oops'), '/measures/3/title', /must be object/],
    ['a measure set that does not exist', (p) => (p.measures[0].setId = '99'), '/measures/0/setId', /measure set "99"/],
    ['an unknown indicator', (p) => (p.measures[1].indicatorIds = ['nope']), '/measures/1/indicatorIds/0', /indicator "nope"/],
    [
      'an unknown responsible body',
      (p) => (p.measures[2].responsibleIds = ['ghost-office']),
      '/measures/2/responsibleIds/0',
      /organisation "ghost-office"/,
    ],
    ['an unknown theme', (p) => (p.measureSets[0].themeId = 'space'), '/measureSets/0/themeId', /theme "space"/],
    ['a duplicate id', (p) => (p.measures[5].id = p.measures[4].id), '/measures/5/id', /more than one measure/],
    ['a missing Swedish text', (p) => delete p.measures[7].plain.sv, '/measures/7/plain', /"sv"/],
    ['a missing required field', (p) => delete p.measures[0].responsibleIds, '/measures/0', /responsibleIds/],
    ['a status off its scale', (p) => (p.measures[0].status = { value: 'yes' }), '/measures/0/status/value', /programme/],
    ['a missing provenance entry', (p) => delete p.measures[0].provenance.plain, '/measures/0/provenance', /plain/],
  ];
  for (const [name, change, pointer, message] of cases) {
    test(`full and browser validators both reject ${name}`, () => {
      const data = broken(change);
      for (const [which, result] of [
        ['full', validateFull(data)],
        ['browser', validatePackage(data)],
      ]) {
        assert.equal(result.valid, false, `${which} accepted it`);
        const hit = result.errors.find((e) => e.pointer.startsWith(pointer) && message.test(e.message));
        assert.ok(hit, `${which}: no error at ${pointer} matching ${message}; got ${JSON.stringify(result.errors)}`);
      }
    });
  }

  test('the schema alone catches what the browser validator does not look at', () => {
    const result = validateFull(broken((p) => (p.measures[0].status.reportedAt = 'last spring')));
    assert.ok(result.errors.some((e) => e.pointer === '/measures/0/status/reportedAt' && /date like/.test(e.message)));
  });

  for (const value of [null, 42, 'text', [], {}, { measures: 'x' }]) {
    test(`the browser validator rejects ${JSON.stringify(value)} without throwing`, () => {
      const result = validatePackage(value);
      assert.equal(result.valid, false);
      assert.ok(result.errors.length > 0);
    });
  }
});

describe('the hki-data command line', () => {
  const bin = new URL('../bin/hki-data.js', import.meta.url).pathname;
  const capture = () => {
    const lines = { log: [], error: [] };
    return { lines, out: { log: (s) => lines.log.push(s), error: (s) => lines.error.push(s) } };
  };

  test('validate exits 0 for the built package', async () => {
    const { stdout } = await run$('node', [bin, 'validate', programmePath]);
    assert.match(stdout, /valid/);
  });

  test('validate exits 1 and lists each error with its JSON Pointer', async () => {
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const dir = await mkdtemp('/tmp/hki-data-');
    const file = `${dir}/broken.json`;
    await writeFile(
      file,
      JSON.stringify(
        broken((p) => {
          p.measures[3].title = 'Oops';
          p.measures[0].setId = '99';
        }),
      ),
    );
    const error = await run$('node', [bin, 'validate', file]).catch((e) => e);
    assert.equal(error.code, 1);
    assert.match(error.stderr, /2 problem\(s\)/);
    assert.match(error.stderr, /^\/measures\/3\/title: must be object/m);
    assert.match(error.stderr, /^\/measures\/0\/setId: names measure set "99"/m);
  });

  test('validate exits 2 with a plain message for a file that is not JSON or not there', async () => {
    const notJson = await run$('node', [
      bin,
      'validate',
      new URL('../package.json', import.meta.url).pathname.replace('package.json', 'README.md'),
    ]).catch((e) => e);
    assert.equal(notJson.code, 2);
    const missing = await run$('node', [bin, 'validate', '/nonexistent/file.json']).catch((e) => e);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read \/nonexistent\/file\.json/);
  });

  test('validate without a file prints the usage and exits 2', async () => {
    const { lines, out } = capture();
    assert.equal(await run(['validate'], out), 2);
    assert.match(lines.error.join('\n'), /Usage:/);
  });

  describe('over HTTP', () => {
    let server;
    let base;
    before(async () => {
      const body = await readFile(programmePath, 'utf8');
      server = createServer((req, res) => {
        if (req.url === '/programme.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        else if (req.url === '/bad.json') res.writeHead(200).end('{"schemaVersion": "1.0.0"}');
        else res.writeHead(404).end('not here');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => server.close());

    test('validates a package by URL', async () => {
      const { lines, out } = capture();
      assert.equal(await run(['validate', `${base}/programme.json`], out), 0);
      assert.match(lines.log[0], /valid/);
    });

    test('reports a schema-invalid package by URL with exit 1', async () => {
      const { lines, out } = capture();
      assert.equal(await run(['validate', `${base}/bad.json`], out), 1);
      assert.match(lines.error[0], /must have required property 'measures'/);
    });

    test('reports an HTTP error with exit 2', async () => {
      const { lines, out } = capture();
      assert.equal(await run(['validate', `${base}/missing.json`], out), 2);
      assert.match(lines.error[0], /HTTP 404/);
    });
  });

  test('stats prints counts per theme, provenance and missing optional fields', async () => {
    const { stdout } = await run$('node', [bin, 'stats', programmePath]);
    assert.match(stdout, /^1 skilled-workforce\s+3\s+8\s+\d+$/m);
    assert.match(stdout, /^2 learning\s+1\s+28\s+\d+$/m);
    assert.match(stdout, /^fi\s+0\s+0\s+\d+\s+\d+\s+\d+$/m, 'no Finnish text can come from the English or Swedish seed');
    assert.match(stdout, /measures with no reported status: 64/);
    assert.match(stdout, /not reviewed by the Finnish Centre for Easy Language/);
  });
});

describe('per-set slices for single-measure widgets', () => {
  test("each language has one valid slice per measure set, holding that set's measures and what they name", async () => {
    const { slices } = await import('../dist/slices.js');
    for (const locale of ['fi', 'sv', 'en']) {
      assert.deepEqual(
        Object.keys(slices[locale]),
        pkg.measureSets.map((s) => s.id),
      );
      for (const set of pkg.measureSets) {
        const { default: slice } = await slices[locale][set.id]();
        assert.deepEqual(validateFull(slice).errors, [], `${locale} set ${set.id}`);
        assert.deepEqual(slice.locales, [locale]);
        assert.deepEqual(
          slice.measures.map((m) => m.id),
          pkg.measures.filter((m) => m.setId === set.id).map((m) => m.id),
        );
        assert.equal(slice.themes[0].id, set.themeId);
      }
    }
  });

  test('a slice carries the best practice tied to one of its measures', async () => {
    const { slices } = await import('../dist/slices.js');
    const practice = pkg.bestPractices.find((b) => b.measureIds?.length);
    const setId = practice.measureIds[0].split('.')[0];
    const { default: slice } = await slices.en[setId]();
    assert.ok(slice.bestPractices.some((b) => b.id === practice.id));
  });
});

describe('the services package', () => {
  let services;
  before(async () => {
    services = await readJson(new URL('services.json', dist));
  });

  test('is valid against its schema, and its providers and measures exist in the programme', async () => {
    const { checkServices } = await import('../dist/lib/validate.js');
    assert.deepEqual(validateFull(services).errors, []);
    assert.deepEqual(checkServices(services, pkg), []);
    assert.ok(services.services.length >= 10);
  });

  test('states no fact without a source: every service names its sources, every source exists', () => {
    const ids = new Set(services.sources.map((s) => s.id));
    for (const s of services.services) {
      assert.ok(s.sources.length > 0, `${s.id} has no source`);
      for (const ref of s.sources) assert.ok(ids.has(ref.sourceId), `${s.id} names source ${ref.sourceId}`);
      for (const l of s.locations ?? []) if (l.street || l.coordinates) assert.ok(l.source, `${s.id}: a location without its source`);
      if (s.openingHours.kind !== 'unknown') assert.ok(s.openingHours.source, `${s.id}: hours without their source`);
    }
  });

  test('validate detects a services package and explains its errors', async () => {
    const broken = structuredClone(services);
    broken.services[0].contacts = [{ kind: 'web', value: 'javascript:alert(1)' }];
    broken.services[1].locations = [{ district: 'atlantis' }];
    delete broken.services[2].name.sv;
    broken.services[3].contacts = [
      { kind: 'web', value: 'https://example.org/', values: { fi: 'https://example.org/', sv: 'javascript:alert(1)' } },
    ];
    broken.services[4].openingHours = { kind: 'text', text: { fi: 'ma', sv: 'må', en: 'Mon' }, lines: [{ fi: 'ma', sv: 'må' }] };
    const errors = validateFull(broken).errors;
    assert.ok(
      errors.some((e) => e.pointer === '/services/0/contacts/0/value' && /http\(s\)/.test(e.message)),
      JSON.stringify(errors),
    );
    assert.ok(errors.some((e) => e.pointer === '/services/1/locations/0/district' && /atlantis/.test(e.message)));
    assert.ok(errors.some((e) => e.pointer === '/services/2/name/sv'));
    // A web address per language is checked like the one address; an hours line like every text.
    assert.ok(errors.some((e) => e.pointer === '/services/3/contacts/0/values/sv' && /http\(s\)/.test(e.message)));
    assert.ok(
      errors.some((e) => e.pointer === '/services/4/openingHours/lines/0/en'),
      JSON.stringify(errors),
    );
  });

  test('the browser validator rejects what is not a services package, without throwing', async () => {
    const { validateServicesPackage } = await import('../dist/lib/validate.js');
    for (const value of [null, [], 'x', { services: 'no' }, { locales: ['fi'], sources: [], districts: [], services: [{}] }]) {
      const result = validateServicesPackage(value);
      assert.equal(result.valid, false, JSON.stringify(value));
    }
    assert.equal(validateServicesPackage(services).valid, true);
  });

  test('hki-data stats reports which facts are known for the services', async () => {
    const { stdout } = await run$('node', [
      new URL('../bin/hki-data.js', import.meta.url).pathname,
      'stats',
      new URL('services.json', dist).pathname,
    ]);
    assert.match(stdout, /^\d+ services, \d+ districts/m);
    assert.match(stdout, /opening hours: \d+ of \d+/);
  });
});
