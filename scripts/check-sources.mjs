// `npm run check:sources -- <folder>` (or HKI_SOURCES=<folder>): checks the built data package against
// the programme's source documents, which are not in the repository (CI has them in ../shared/seeds;
// .ci/run passes that folder). Builds the data package, then runs the node:test checks in
// packages/data/test-sources/ with the folder as HKI_SOURCES. Exit 0 only when every check passes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensurePackages } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The source documents the checks read, by file name, and what each one is. */
const expected = {
  '002_5faa677f8599652e.txt': 'the Swedish programme, "En stad för alla – Helsingfors integrationsprogram 2017–2021", as text',
};

const given = process.argv[2] ?? process.env.HKI_SOURCES;
const folder = given ? resolve(given) : undefined;
const missing = folder ? Object.keys(expected).filter((name) => !existsSync(resolve(folder, name))) : Object.keys(expected);
if (!folder || missing.length > 0) {
  const where = !folder
    ? 'No folder was given.'
    : existsSync(folder)
      ? `The folder ${folder} lacks ${missing.join(', ')}.`
      : `The folder ${folder} does not exist.`;
  const files = Object.entries(expected)
    .map(([name, what]) => `${name} (${what})`)
    .join('; ');
  console.error(
    `check:sources: ${where} This command checks the data package against the programme's source documents, which are not ` +
      `in the repository, so it needs the folder that holds them: npm run check:sources -- <folder>, or HKI_SOURCES=<folder>. ` +
      `It expects these files in that folder: ${files}. CI has them in ../shared/seeds beside the clone (.ci/run passes it). ` +
      `npm test does not need them.`,
  );
  process.exit(2);
}

ensurePackages();
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
// The checks read the built package (packages/data/dist): build it from content/ so they never see a stale one.
if (run('npm', ['run', 'build', '--silent', '-w', '@hki-widgets/data']) !== 0) {
  console.error('check:sources: the data package did not build, so it was not checked against its sources.');
  process.exit(1);
}
process.exitCode = run('node', ['--test', '--test-reporter=spec', 'packages/data/test-sources/'], { HKI_SOURCES: folder });
