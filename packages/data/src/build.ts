/**
 * `npm run build -w @hki-widgets/data`: assembles content/ into dist/, validating first.
 * Exits non-zero, listing every problem, when the content is not valid.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { LOCALES, assemble, forLocale, measuresCsv, withExample, type ExampleOverlay } from './assemble.js';
import { formatIssues, validateFull } from './schema-validate.js';

const root = new URL('../../', import.meta.url);
const content = new URL('content/', root);
const dist = new URL('dist/', root);

const MODULE_TYPES = `import type { IntegrationProgrammePackage } from './lib/types.js';
declare const programme: IntegrationProgrammePackage;
export default programme;
`;

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

  const outputs: [string, unknown][] = [
    ['programme.json', pkg],
    ...LOCALES.map((l): [string, unknown] => [`programme.${l}.json`, forLocale(pkg, l)]),
    ['examples/programme.example.json', example],
  ];
  let failed = false;
  for (const [name, data] of outputs) {
    const result = validateFull(data);
    if (!result.valid) {
      failed = true;
      console.error(`${name} is not valid (${result.errors.length} problem(s)):\n${formatIssues(result.errors)}`);
    }
  }
  if (failed) process.exit(1);

  await mkdir(new URL('examples/', dist), { recursive: true });
  for (const [name, data] of outputs) await writeFile(new URL(name, dist), JSON.stringify(data) + '\n');
  // The same per-locale packages as ES modules, so bundlers split them into chunks that load
  // relative to the importing script (the widgets' bundled default data).
  for (const l of LOCALES) {
    await writeFile(new URL(`programme.${l}.js`, dist), `export default JSON.parse(${JSON.stringify(JSON.stringify(forLocale(pkg, l)))});\n`);
    await writeFile(new URL(`programme.${l}.d.ts`, dist), MODULE_TYPES);
  }
  await writeFile(new URL('measures.csv', dist), measuresCsv(pkg));
  console.log(`data: ${pkg.measures.length} measures, ${pkg.indicators.length} indicators, ${pkg.organisations.length} organisations → dist/`);
}

await main();
