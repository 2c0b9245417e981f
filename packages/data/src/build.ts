/**
 * `npm run build -w @hki-widgets/data`: assembles content/ into dist/, validating first.
 * Exits non-zero, listing every problem, when the content is not valid.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import {
  LOCALES,
  assemble,
  forLocale,
  measuresCsv,
  provenanceCounts,
  sliceForGlossary,
  sliceForSet,
  sliceForSummary,
  withExample,
  type ExampleOverlay,
} from './assemble.js';
import { formatIssues, validateFull } from './schema-validate.js';
import { checkServices } from './validate.js';
import { existsSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const content = new URL('content/', root);
const dist = new URL('dist/', root);

const MODULE_TYPES = `import type { IntegrationProgrammePackage } from './lib/types.js';
declare const programme: IntegrationProgrammePackage;
export default programme;
`;

const SERVICES_TYPES = `import type { ServicesPackage } from './lib/services-types.js';
declare const services: ServicesPackage;
export default services;
`;

/** The languages a sign may carry: plain Finnish and Swedish first, then the city's largest language groups. */
const SIGN_LOCALES = ['fi-x-plain', 'sv-x-plain', 'fi', 'sv', 'en', 'ar', 'so', 'fa', 'prs', 'ckb', 'ru', 'et', 'uk'];

const SIGNS_TYPES = `import type { SignsPackage } from './lib/signs-types.js';
declare const signs: SignsPackage;
export default signs;
`;

const SLICES_TYPES = `import type { IntegrationProgrammePackage } from './lib/types.js';
import type { Glossary, ProgrammeSummary } from './lib/assemble.js';
/** Loaders of the per-set slices, by language and measure set id. */
export declare const slices: Record<string, Record<string, () => Promise<{ default: IntegrationProgrammePackage }>>>;
/** Loaders of the glossary alone (the concepts and the sources they cite), by language. */
export declare const glossary: Record<string, () => Promise<{ default: Glossary }>>;
/** Loaders of the summary alone (themes, sets, each measure's status, key figures), by language. */
export declare const summary: Record<string, () => Promise<{ default: ProgrammeSummary }>>;
`;

/** An ES module whose default export is the data (JSON.parse of a string parses fastest). */
const jsModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;

const readJson = async (url: URL) => JSON.parse(await readFile(url, 'utf8')) as Record<string, unknown>;

async function main(): Promise<void> {
  const { version } = await readJson(new URL('package.json', root));
  const measureFiles = (await readdir(new URL('measures/', content))).filter((f) => f.endsWith('.json')).sort();
  const files = await Promise.all([
    readJson(new URL('programme.json', content)),
    readJson(new URL('organisations.json', content)),
    readJson(new URL('status-scales.json', content)),
    ...measureFiles.map((f) => readJson(new URL(`measures/${f}`, content))),
  ]);
  const pkg = assemble(files, String(version));
  const example = withExample(pkg, (await readJson(new URL('examples/status.example.json', content))) as unknown as ExampleOverlay);

  const perLocale = new Map(LOCALES.map((l) => [l, forLocale(pkg, l)]));
  const slices = LOCALES.flatMap((l) =>
    pkg.measureSets.map((s): [string, unknown] => [`slices/programme.${l}.set-${s.id}`, sliceForSet(perLocale.get(l)!, s.id)]),
  );
  // Not packages (the glossary has no themes, the summary's measures only their status): checked by
  // the widgets' tests, not by the schema.
  const glossaries = LOCALES.flatMap((l): [string, unknown][] => [
    [`slices/programme.${l}.glossary`, sliceForGlossary(perLocale.get(l)!)],
    [`slices/programme.${l}.summary`, sliceForSummary(perLocale.get(l)!)],
  ]);
  const outputs: [string, unknown][] = [
    ['programme.json', pkg],
    ...LOCALES.map((l): [string, unknown] => [`programme.${l}.json`, perLocale.get(l)]),
    ['examples/programme.example.json', example],
    ...slices.map(([name, data]): [string, unknown] => [`${name}.json`, data]),
  ];
  let failed = false;
  for (const [name, data] of outputs) {
    const result = validateFull(data);
    if (!result.valid) {
      failed = true;
      console.error(`${name} is not valid (${result.errors.length} problem(s)):\n${formatIssues(result.errors)}`);
    }
  }
  // Services: their own package, checked against the programme for providers and measures.
  const servicesFile = new URL('services/services.json', content);
  let services: Record<string, unknown> | undefined;
  if (existsSync(servicesFile)) {
    services = { schemaVersion: pkg.schemaVersion, dataVersion: pkg.dataVersion, locales: [...LOCALES], ...(await readJson(servicesFile)) };
    const result = validateFull(services, 'services');
    const references = checkServices(services, pkg as unknown as Record<string, unknown>);
    const problems = [
      ...result.errors,
      ...references.filter((r) => !result.errors.some((e) => e.pointer === r.pointer && e.message === r.message)),
    ];
    if (problems.length) {
      failed = true;
      console.error(`services.json is not valid (${problems.length} problem(s)):\n${formatIssues(problems)}`);
    }
  }
  // Signs: plain-language sign templates in many languages (measure 8.3).
  const signsFile = new URL('signs/signs.json', content);
  let signs: Record<string, unknown> | undefined;
  if (existsSync(signsFile)) {
    signs = { schemaVersion: pkg.schemaVersion, dataVersion: pkg.dataVersion, locales: SIGN_LOCALES, ...(await readJson(signsFile)) };
    const result = validateFull(signs, 'signs');
    if (!result.valid) {
      failed = true;
      console.error(`signs.json is not valid (${result.errors.length} problem(s)):\n${formatIssues(result.errors)}`);
    }
  }
  if (failed) process.exit(1);

  await mkdir(new URL('examples/', dist), { recursive: true });
  await mkdir(new URL('slices/', dist), { recursive: true });
  for (const [name, data] of outputs.filter(([n]) => !n.startsWith('slices/')))
    await writeFile(new URL(name, dist), JSON.stringify(data) + '\n');
  // The example monitoring file (issue 18), as authored: marked "example": true, checked by the tests.
  await writeFile(
    new URL('examples/monitoring.example.json', dist),
    await readFile(new URL('examples/monitoring.example.json', content), 'utf8'),
  );
  // The same per-locale packages as ES modules, so bundlers split them into chunks that load
  // relative to the importing script (the widgets' bundled default data).
  for (const l of LOCALES) {
    await writeFile(new URL(`programme.${l}.js`, dist), jsModule(perLocale.get(l)));
    await writeFile(new URL(`programme.${l}.d.ts`, dist), MODULE_TYPES);
  }
  // One module per language and measure set: a card loads only the slice of its measure's set; a
  // term only the glossary.
  for (const [name, data] of [...slices, ...glossaries]) await writeFile(new URL(`${name}.js`, dist), jsModule(data));
  const map = LOCALES.map(
    (l) =>
      `  ${l}: {\n${pkg.measureSets.map((s) => `    '${s.id}': () => import('./slices/programme.${l}.set-${s.id}.js'),`).join('\n')}\n  },`,
  ).join('\n');
  await writeFile(
    new URL('slices.js', dist),
    `/** Loaders of the per-set slices, by language and measure set id. */\nexport const slices = {\n${map}\n};\n` +
      `/** Loaders of the glossary alone (the concepts and the sources they cite), by language. */\nexport const glossary = {\n${LOCALES.map((l) => `  ${l}: () => import('./slices/programme.${l}.glossary.js'),`).join('\n')}\n};\n` +
      `/** Loaders of the summary alone (themes, sets, each measure's status, key figures), by language. */\nexport const summary = {\n${LOCALES.map((l) => `  ${l}: () => import('./slices/programme.${l}.summary.js'),`).join('\n')}\n};\n`,
  );
  await writeFile(new URL('slices.d.ts', dist), SLICES_TYPES);
  await writeFile(new URL('measures.csv', dist), measuresCsv(pkg));
  if (signs) {
    await writeFile(new URL('signs.json', dist), JSON.stringify(signs) + '\n');
    await writeFile(new URL('signs.js', dist), jsModule(signs));
    await writeFile(new URL('signs.d.ts', dist), SIGNS_TYPES);
  }
  if (services) {
    await writeFile(new URL('services.json', dist), JSON.stringify(services) + '\n');
    await writeFile(new URL('services.js', dist), jsModule(services));
    await writeFile(new URL('services.d.ts', dist), SERVICES_TYPES);
  }
  console.log(
    `data: ${pkg.measures.length} measures, ${pkg.indicators.length} indicators, ${pkg.organisations.length} organisations → dist/`,
  );
  // Finnish texts that are still draft translations (no Finnish source yet): the number to bring down.
  const fi = provenanceCounts(pkg, 'fi');
  const fiTotal = [...fi.values()].reduce((a, b) => a + b, 0);
  console.log(
    `data: Finnish texts still drafts (draft-translation): ${fi.get('draft-translation') ?? 0} of ${fiTotal}; ` +
      `from a source (seed-*): ${[...fi].filter(([k]) => k.startsWith('seed-')).reduce((a, [, n]) => a + n, 0)}`,
  );
}

await main();
