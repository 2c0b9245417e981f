// Property-based tests (fast-check) for the pure functions that read data from outside: the
// browser-side validators, the locale picker and the chart's JSON-stat and table readers.
// The one property throughout: no input makes them throw; what they return keeps its promises.
// Every fc.assert runs with one fixed seed (SEED, printed at the start), so a failure replays as it was.
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { checkServices, checkSigns, validatePackage, validateServicesPackage } from '@hki-widgets/data/validate';
import { pickText, resolveLocale } from '@hki-widgets/core';
import { readJsonStat } from '../packages/charts/src/indicator-chart/jsonstat.js';
import { readTable } from '../packages/charts/src/indicator-chart/table.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** One fixed seed for every property, printed so a failure can be replayed with the same inputs. */
const SEED = 20261128;
console.log(`properties: fast-check seed ${SEED}`);
const RUNS = { seed: SEED, numRuns: 200, includeErrorInReport: true };
const data = (file: string) => new URL(`../packages/data/dist/${file}`, import.meta.url).href;

/** Keys that break naive code: Object.prototype's names, and the locales the widgets use. */
const hostileKey = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'length', 'id', 'fi', 'sv', 'en'),
);
/** Any value at all: objects without a prototype, boxed values, sparse arrays, hostile keys. */
const anything = fc.anything({
  key: hostileKey,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
  withSet: true,
});
/** Any value JSON.parse can give, with hostile keys. */
const json = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    key: hostileKey,
    values: [fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)],
  }),
);
/** A value that is not a `{fi, sv, en}` text object. */
const notAnObject = fc.oneof(
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
);

/** Every path to a value in a JSON document (objects and arrays included). */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/** A copy of root with the value at path changed (only the objects along the path are copied). */
function change(root: unknown, path: Path, edit: (parent: Json | unknown[], key: string | number) => void): unknown {
  if (path.length === 0) return root;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as Json) }) as Json & unknown[];
  const [key, ...rest] = path;
  if (rest.length === 0) edit(copy, key);
  else copy[key as string] = change(copy[key as string], rest, edit);
  return copy;
}
const setAt = (root: unknown, path: Path, value: unknown) =>
  change(root, path, (parent, key) => {
    // A plain assignment of "__proto__" would set the prototype: define the key as JSON.parse does.
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  });
const deleteAt = (root: unknown, path: Path) =>
  change(root, path, (parent, key) => {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  });
const pointer = (path: Path) => path.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** A validator's answer: {valid, errors} with each error located and described, valid iff no errors. */
function expectValidation(result: unknown): asserts result is { valid: boolean; errors: { pointer: string; message: string }[] } {
  expect(result).to.be.an('object');
  const { valid, errors } = result as { valid: unknown; errors: unknown };
  expect(valid).to.be.a('boolean');
  expect(errors).to.be.an('array');
  expectIssues(errors);
  expect(valid).to.equal((errors as unknown[]).length === 0);
}
function expectIssues(errors: unknown): asserts errors is { pointer: string; message: string }[] {
  expect(errors).to.be.an('array');
  for (const error of errors as { pointer: unknown; message: unknown }[]) {
    expect(error.pointer).to.be.a('string');
    expect(error.message).to.be.a('string');
  }
}

describe('properties: the browser-side validators', () => {
  let programme: Json;
  let services: Json;
  let signs: Json;
  let programmePaths: Path[];
  let referencePaths: Path[];
  let servicesPaths: Path[];
  let signsPaths: Path[];

  before(async () => {
    [programme, services, signs] = await Promise.all(
      ['programme.json', 'services.json', 'signs.json'].map(async (f) => (await fetch(data(f))).json() as Promise<Json>),
    );
    programmePaths = pathsOf(programme).filter((p) => p.length > 0);
    // The fields other items are found by: ids, references, numbers, scales, statuses.
    const referenceKeys =
      /^(id|setId|themeId|statusScale|status|value|number|sourceId|parentId|indicatorIds|responsibleIds|measureIds|organisationIds|informationSourceIds|values|locales)$/;
    referencePaths = programmePaths.filter((p) => p.some((t) => typeof t === 'string' && referenceKeys.test(t)));
    servicesPaths = pathsOf(services).filter((p) => p.length > 0);
    signsPaths = pathsOf(signs).filter((p) => p.length > 0);
  });

  const pick = (paths: () => Path[]) => fc.nat().map((n) => paths()[n % paths().length]);

  it('the real packages are valid (the baseline the mutations start from)', () => {
    expect(validatePackage(programme).errors).to.deep.equal([]);
    expect(validateServicesPackage(services).errors).to.deep.equal([]);
    expect(checkSigns(signs)).to.deep.equal([]);
  });

  it('validatePackage never throws on any value and answers {valid, errors}', () => {
    fc.assert(
      fc.property(fc.oneof(anything, json), (value) => expectValidation(validatePackage(value))),
      RUNS,
    );
  });

  /** A mutation, described (so a failure shows the mutation, not the whole package), and applied. */
  type Mutation = { delete: Path } | { set: Path; value: unknown };
  const apply = (root: unknown, m: Mutation) => ('delete' in m ? deleteAt(root, m.delete) : setAt(root, m.set, m.value));
  const mutation = (paths: () => Path[], value: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
    fc.oneof(
      pick(paths).map((path) => ({ delete: path })),
      fc.record({ set: pick(paths), value }),
    );

  it('validatePackage never throws on the real package with a field deleted or a value replaced by anything', () => {
    const mutated = fc.oneof(
      mutation(() => programmePaths, anything),
      mutation(() => referencePaths, fc.oneof(anything, json)),
    );
    // Found by this property: a status scale that is a list holding an object String() cannot convert.
    const examples: [Mutation][] = [[{ set: ['measures', 35, 'statusScale'], value: JSON.parse('[{"toString": 1}]') }]];
    fc.assert(
      fc.property(mutated, (m) => expectValidation(validatePackage(apply(programme, m)))),
      { ...RUNS, examples },
    );
  });

  it('validatePackage never throws when an id or reference holds any JSON value (an object with a "toString" key included)', () => {
    // JSON.parse('{"toString": 1}') is an object String() cannot convert: the checker must not call it blindly.
    const examples: [Path, unknown][] = [
      [['measures', 0, 'setId'], JSON.parse('{"toString": 1}')],
      [['measures', 0, 'statusScale'], JSON.parse('{"toString": 1, "valueOf": 1}')],
    ];
    fc.assert(
      fc.property(
        pick(() => referencePaths),
        json,
        (path, value) => expectValidation(validatePackage(setAt(programme, path, value))),
      ),
      { ...RUNS, examples },
    );
  });

  it('validatePackage reports a required text that is not an object, at its pointer', () => {
    const required: [collection: string, field: string][] = [
      ['themes', 'title'],
      ['themes', 'aim'],
      ['measureSets', 'title'],
      ['measures', 'title'],
      ['measures', 'description'],
      ['measures', 'summary'],
      ['measures', 'plain'],
      ['indicators', 'name'],
      ['organisations', 'name'],
      ['bestPractices', 'title'],
      ['concepts', 'term'],
      ['concepts', 'definition'],
      ['statusScales', 'name'],
      ['keyFigures', 'label'],
    ];
    const target = fc.oneof(
      fc
        .tuple(fc.constantFrom(...required), fc.nat())
        .map(([[collection, field], n]) => [collection, n % (programme[collection] as unknown[]).length, field] as Path),
      fc.constantFrom<Path>(['programme', 'title'], ['programme', 'aim'], ['programme', 'legalBasis'], ['programme', 'monitoring']),
    );
    fc.assert(
      fc.property(target, notAnObject, (path, value) => {
        const result = validatePackage(setAt(programme, path, value));
        expectValidation(result);
        expect(result.valid).to.equal(false);
        expect(result.errors.map((e) => e.pointer)).to.include(pointer(path));
      }),
      RUNS,
    );
  });

  it('validatePackage reports an id used twice', () => {
    const collections = [
      'themes',
      'measureSets',
      'measures',
      'indicators',
      'organisations',
      'bestPractices',
      'concepts',
      'statusScales',
      'sources',
      'keyFigures',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...collections), fc.nat(), (collection, n) => {
        const items = programme[collection] as Json[];
        const twin = items[n % items.length];
        const result = validatePackage({ ...programme, [collection]: [...items, twin] });
        expectValidation(result);
        expect(result.valid).to.equal(false);
        expect(
          result.errors.some((e) => e.pointer === `/${collection}/${items.length}/id` && e.message.includes('more than one')),
        ).to.equal(true);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('validateServicesPackage never throws on any value, nor on the real package mutated', () => {
    // A declared language that is a JSON object with a "toString" key.
    const examples: [unknown][] = [[{ set: ['locales', 0], value: JSON.parse('{"toString": 1}') }]];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ value: fc.oneof(anything, json) }),
          mutation(() => servicesPaths, fc.oneof(anything, json)),
        ),
        (m) => {
          expectValidation(validateServicesPackage('delete' in m || 'set' in m ? apply(services, m as Mutation) : m.value));
        },
      ),
      { ...RUNS, examples },
    );
  });

  it('checkServices never throws on any object (with or without a programme) and answers a list of issues', () => {
    const objects = fc.oneof(
      fc.record({ value: fc.dictionary(hostileKey, fc.oneof(anything, json)) }),
      mutation(() => servicesPaths, fc.oneof(anything, json)),
    );
    const other = fc.option(fc.oneof(fc.dictionary(hostileKey, json), fc.constant('the real programme')), { nil: undefined });
    fc.assert(
      fc.property(objects, other, (m, programmeOrNot) => {
        const pkg = ('delete' in m || 'set' in m ? apply(services, m as Mutation) : m.value) as Json;
        expectIssues(checkServices(pkg, programmeOrNot === 'the real programme' ? programme : (programmeOrNot as Json | undefined)));
      }),
      RUNS,
    );
  });

  it('checkServices reports a service id used twice and a text that is not an object', () => {
    const list = () => services.services as Json[];
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('name', 'description'), notAnObject, (n, field, value) => {
        const twin = list()[n % list().length];
        expect(
          checkServices({ ...services, services: [...list(), twin] }).some((e) => e.pointer === `/services/${list().length}/id`),
        ).to.equal(true);
        const at: Path = ['services', n % list().length, field];
        expect(checkServices(setAt(services, at, value) as Json).map((e) => e.pointer)).to.include(pointer(at));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('checkSigns never throws on any object and answers a list of issues', () => {
    const objects = fc.oneof(
      fc.record({ value: fc.dictionary(hostileKey, fc.oneof(anything, json)) }),
      mutation(() => signsPaths, fc.oneof(anything, json)),
    );
    // A sign whose pictogram is a JSON object with a "toString" key.
    const examples: [unknown][] = [[{ set: ['signs', 0, 'pictogram'], value: JSON.parse('{"toString": 1}') }]];
    fc.assert(
      fc.property(objects, (m) => expectIssues(checkSigns(('delete' in m || 'set' in m ? apply(signs, m as Mutation) : m.value) as Json))),
      { ...RUNS, examples },
    );
  });

  it('checkSigns reports a sign used twice and a sign text that is not an object', () => {
    const list = () => signs.signs as Json[];
    fc.assert(
      fc.property(fc.nat(), notAnObject, (n, value) => {
        const twin = list()[n % list().length];
        expect(checkSigns({ ...signs, signs: [...list(), twin] }).some((e) => e.pointer === `/signs/${list().length}/id`)).to.equal(true);
        const at: Path = ['signs', n % list().length, 'text'];
        expect(checkSigns(setAt(signs, at, value) as Json).map((e) => e.pointer)).to.include(pointer(at));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});

describe('properties: the locale picker', () => {
  const locale = fc.oneof(fc.constantFrom('fi', 'sv', 'en', 'ar', 'fi-x-plain', '', 'toString', '__proto__', 'length', '0'), fc.string());
  const textValue = fc.oneof(fc.string(), fc.constantFrom('', ' ', '\u00a0\n', 'x'), anything);
  const text = fc.oneof(
    anything,
    fc.dictionary(fc.oneof(fc.constantFrom('fi', 'sv', 'en', 'ar', 'se', '__proto__', 'toString'), fc.string()), textValue),
    fc.record({ fi: textValue, sv: textValue, en: textValue }, { requiredKeys: [] }),
  );
  const usable = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
  const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

  it('pickText never throws, and returns undefined or a non-empty text from the input, in the right order', () => {
    fc.assert(
      fc.property(text, locale, (input, loc) => {
        const picked = pickText(input as never, loc);
        const object = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : undefined;
        if (picked === undefined) {
          // Nothing usable: no own key holds a non-blank string.
          if (object) for (const key of Object.keys(object)) expect(usable(object[key]), `key ${key}`).to.equal(false);
          return;
        }
        expect(Object.keys(picked).sort()).to.deep.equal(['fallback', 'lang', 'text']);
        expect(picked.text).to.be.a('string');
        expect(picked.text.trim()).to.not.equal('');
        expect(picked.lang).to.be.a('string');
        expect(object, 'a text from a non-object').to.not.equal(undefined);
        expect(own(object!, picked.lang), `"${picked.lang}" is not in the input`).to.equal(true);
        expect(object![picked.lang]).to.equal(picked.text);
        expect(picked.fallback).to.equal(picked.lang !== loc);
        // The requested language first, then English, Finnish, Swedish.
        if (own(object!, loc) && usable(object![loc])) expect(picked.lang).to.equal(loc);
        else if (usable(object!.en) && own(object!, 'en')) expect(picked.lang).to.equal('en');
      }),
      RUNS,
    );
  });

  it('resolveLocale never throws and always answers en, fi or sv, by the primary language subtag', () => {
    const tag = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom('fi', 'FI', 'sv', 'Sv', 'en', 'EN', 'se', 'ar', 'fil', 'svenska', ' fi', ''),
          fc.constantFrom('', '-FI', '_fi', '-x-plain', '-Latn-GB', 'x', ' '),
          fc.string(),
        )
        .map(([a, b, c]) => a + b + c),
      fc.constantFrom(null, undefined),
    );
    fc.assert(
      fc.property(tag, (value) => {
        const resolved = resolveLocale(value);
        expect(['en', 'fi', 'sv']).to.include(resolved.locale);
        expect(resolved.fallback).to.be.a('boolean');
        const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
        if (['en', 'fi', 'sv'].includes(primary)) expect(resolved).to.deep.equal({ locale: primary, fallback: false });
        else expect(resolved).to.deep.equal({ locale: 'en', fallback: true });
      }),
      RUNS,
    );
  });
});

const JSONSTAT_CODES = ['not-jsonstat', 'unknown-dimension', 'unknown-category', 'bad-filter', 'series-is-axis'];

/** readJsonStat's answer keeps its promises: a model whose series fit the periods, or a documented error. */
function expectChartResult(result: ReturnType<typeof readJsonStat>): void {
  expect(result.ok).to.be.a('boolean');
  if (!result.ok) {
    expect(JSONSTAT_CODES).to.include(result.error.code);
    return;
  }
  expect(result.model.periods).to.be.an('array');
  for (const series of result.model.series) {
    expect(series.values).to.have.length(result.model.periods.length);
    for (const value of series.values) if (value !== null) expect(Number.isFinite(value), `value ${value}`).to.equal(true);
  }
}

/** A random dataset in the JSON-stat 2.0 shape, and what it was built from. */
interface Generated {
  json: Json;
  dims: string[];
  codes: string[][];
  values: (number | null)[];
}
const code = fc.stringMatching(/^[a-z0-9_]{1,6}$/);
const generated: fc.Arbitrary<Generated> = fc.uniqueArray(code, { minLength: 1, maxLength: 4 }).chain((dims) =>
  fc
    .tuple(
      fc.tuple(...dims.map(() => fc.uniqueArray(code, { minLength: 1, maxLength: 5 }))),
      fc.tuple(...dims.map(() => fc.record({ objectIndex: fc.boolean(), labels: fc.boolean() }))),
      fc.option(fc.constantFrom(...dims), { nil: undefined }),
      fc.option(fc.constantFrom(...dims), { nil: undefined }),
      fc.boolean(),
      fc.option(fc.string(), { nil: undefined }),
      fc.boolean(),
    )
    .chain(([codes, forms, time, metric, sparse, label, example]) => {
      const size = codes.map((c) => c.length);
      const count = size.reduce((a, b) => a * b, 1);
      return fc
        .array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1000, max: 1e6 }), fc.constant(null)), {
          minLength: count,
          maxLength: count,
        })
        .map((values) => {
          const dimension: Json = {};
          dims.forEach((d, i) => {
            const index = forms[i].objectIndex
              ? Object.fromEntries([...codes[i]].reverse().map((c) => [c, codes[i].indexOf(c)]))
              : codes[i];
            const category: Json = { index };
            if (forms[i].labels) category.label = Object.fromEntries(codes[i].map((c) => [c, `Category ${c}`]));
            if (d === metric) category.unit = Object.fromEntries(codes[i].map((c) => [c, { label: 'percent', symbol: '%', decimals: 1 }]));
            Object.defineProperty(dimension, d, {
              value: { label: `Label ${d}`, category },
              enumerable: true,
              writable: true,
              configurable: true,
            });
          });
          const role: Json = {};
          if (time) role.time = [time];
          if (metric) role.metric = [metric];
          // Sparse (an object by position, missing values left out) when at least one value is there;
          // a sparse dataset with no value at all has its own test below.
          const value =
            sparse && values.some((v) => v !== null)
              ? Object.fromEntries(values.flatMap((v, i) => (v === null ? [] : [[String(i), v]])))
              : values;
          const json: Json = {
            version: '2.0',
            class: 'dataset',
            id: dims,
            size,
            role,
            dimension,
            value,
            ...(label === undefined ? {} : { label }),
            ...(example ? { extension: { example: true } } : {}),
          };
          return { json, dims, codes, values };
        });
    }),
);

/** Options naming real dimensions and categories, or anything. */
const optionsFor = (g: Generated) => {
  const dim = fc.oneof(
    fc.constantFrom(...g.dims),
    fc.string().filter((d) => d !== ''),
  );
  const pair = fc.oneof(
    fc.nat().map((n) => {
      const i = n % g.dims.length;
      return `${g.dims[i]}=${g.codes[i][n % g.codes[i].length]}`;
    }),
    fc.string(),
  );
  return fc.record(
    {
      time: fc.option(dim, { nil: undefined }),
      series: fc.option(dim, { nil: undefined }),
      filter: fc.option(
        fc.tuple(fc.array(pair, { maxLength: 4 }), fc.constantFrom(';', ',', ' ; ')).map(([parts, sep]) => parts.join(sep)),
        { nil: undefined },
      ),
    },
    { requiredKeys: [] },
  );
};

describe('properties: the chart readers', () => {
  it('readJsonStat never throws on any value, and its answer keeps its promises', () => {
    fc.assert(
      fc.property(
        fc.oneof(anything, json),
        fc.option(fc.record({ time: fc.string(), series: fc.string(), filter: fc.string() }, { requiredKeys: [] }), { nil: undefined }),
        (value, options) => expectChartResult(readJsonStat(value, options)),
      ),
      RUNS,
    );
  });

  it('readJsonStat never throws on a dataset with one part missing or replaced by anything', () => {
    const broken = generated.chain((g) => {
      const paths = pathsOf(g.json).filter((p) => p.length > 0);
      return fc.tuple(fc.constant(g), fc.nat(), fc.option(fc.oneof(anything, json)), optionsFor(g)).map(([, n, value, options]) => {
        const path = paths[n % paths.length];
        return { json: value === null ? deleteAt(g.json, path) : setAt(g.json, path, value), options };
      });
    });
    // A category's position that is a JSON object with a "toString" key.
    const hostile = {
      version: '2.0',
      class: 'dataset',
      id: ['year'],
      size: [2],
      dimension: { year: { label: 'Year', category: { index: { '2020': JSON.parse('{"toString": null}'), '2021': 1 } } } },
      value: [1, 2],
    };
    fc.assert(
      fc.property(broken, ({ json: value, options }) => expectChartResult(readJsonStat(value, options))),
      { ...RUNS, examples: [[{ json: hostile, options: {} }]] },
    );
  });

  it('readJsonStat reads any well-formed dataset: every series has one value per period, the value at its coordinates', () => {
    const cases = generated.chain((g) => fc.tuple(fc.constant(g), optionsFor(g)));
    fc.assert(
      fc.property(cases, ([g, options]) => {
        // A copy each time: the toolkit writes into the dataset it reads (it fills in `role`).
        const result = readJsonStat(structuredClone(g.json), options);
        expectChartResult(result);
        const named = (d: string | undefined) => d === undefined || g.dims.includes(d);
        // The filter as the reader parses it: "dim=code" parts between semicolons or commas.
        const pairs = (options.filter ?? '')
          .split(/[;,]/)
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => /^([^=]+)=(.+)$/.exec(p));
        const filters = pairs.filter((m) => m !== null).map((m) => [m[1].trim(), m[2].trim()]);
        const filtersValid =
          pairs.every((m) => m !== null) && filters.every(([d, c]) => g.dims.includes(d) && g.codes[g.dims.indexOf(d)].includes(c));
        // Options that name only what the dataset has, with no series, always give a model.
        if (named(options.time) && options.series === undefined && filtersValid)
          expect(result.ok, `${JSON.stringify(options)} gave ${JSON.stringify(result)}`).to.equal(true);
        if (!result.ok) return;
        const { model } = result;
        const axis = g.dims.find((d) => `Label ${d}` === model.axisLabel)!;
        const a = g.dims.indexOf(axis);
        expect(model.periods).to.have.length(g.codes[a].length);
        const fixed = new Map(filters.map(([d, c]) => [d, c]));
        for (const series of model.series) {
          series.values.forEach((value, p) => {
            // The generated value at (axis = period p, series dimension = the series' code, the rest fixed or first).
            let index = 0;
            g.dims.forEach((d, i) => {
              const codes = g.codes[i];
              const c = d === axis ? codes[p] : d === options.series ? series.id : (fixed.get(d) ?? codes[0]);
              index = index * codes.length + codes.indexOf(c);
            });
            expect(value, `series ${series.id}, period ${model.periods[p]}`).to.equal(g.values[index]);
          });
        }
      }),
      RUNS,
    );
  });

  it('readJsonStat treats an empty time or series (an attribute written time="") as not given', () => {
    const cases = generated.chain((g) => fc.tuple(fc.constant(g), optionsFor(g), fc.constantFrom('time', 'series')));
    fc.assert(
      fc.property(cases, ([g, options, attribute]) => {
        expect(readJsonStat(structuredClone(g.json), { ...options, [attribute]: '' })).to.deep.equal(
          readJsonStat(structuredClone(g.json), { ...options, [attribute]: undefined }),
        );
      }),
      RUNS,
    );
  });

  it('readJsonStat reads a sparse dataset with every value missing (value: {}) as series of nulls, like value: [null, …]', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const result = readJsonStat({ ...structuredClone(g.json), value: {} });
        expect(result, JSON.stringify(result)).to.deep.equal(readJsonStat({ ...structuredClone(g.json), value: g.values.map(() => null) }));
        expect(result.ok).to.equal(true);
      }),
      { ...RUNS, numRuns: 50 },
    );
  });

  it('readTable never throws on a table of random cells, and every series has one value per row', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('1 050,5', '14,2 %', '..', '-', '–', '−3', '2019', '2020Q1', '1e400', '0x1F', ' '),
    );
    const row = fc.array(cell, { maxLength: 6 });
    const table = fc.record({
      thead: fc.boolean(),
      header: fc.array(cell, { maxLength: 5 }),
      body: fc.array(row, { maxLength: 6 }),
      foot: fc.array(row, { maxLength: 2 }),
      caption: fc.option(fc.string(), { nil: undefined }),
      headerCells: fc.constantFrom('th', 'td'),
    });
    fc.assert(
      fc.property(table, (t) => {
        const el = document.createElement('table');
        const addRow = (parent: HTMLElement, cells: string[], tag: 'th' | 'td') => {
          const tr = document.createElement('tr');
          for (const text of cells) tr.append(Object.assign(document.createElement(tag), { textContent: text }));
          parent.append(tr);
        };
        if (t.caption !== undefined) el.append(Object.assign(document.createElement('caption'), { textContent: t.caption }));
        const head = document.createElement(t.thead ? 'thead' : 'tbody');
        addRow(head, t.header, t.headerCells);
        el.append(head);
        const body = document.createElement('tbody');
        for (const cells of t.body) addRow(body, cells, 'td');
        el.append(body);
        if (t.foot.length) {
          const foot = document.createElement('tfoot');
          for (const cells of t.foot) addRow(foot, cells, 'td');
          el.append(foot);
        }
        const model = readTable(el);
        if (t.header.length < 2 || t.body.length === 0) {
          expect(model).to.equal(undefined);
          return;
        }
        expect(model).to.not.equal(undefined);
        expect(model!.periods).to.have.length(t.body.length);
        expect(model!.series).to.have.length(t.header.length - 1);
        for (const series of model!.series) {
          expect(series.values).to.have.length(model!.periods.length);
          for (const value of series.values) if (value !== null) expect(Number.isFinite(value)).to.equal(true);
        }
      }),
      RUNS,
    );
  });
});
