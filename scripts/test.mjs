// `npm test`: every check and test suite the project has, in order, then a summary (docs/testing.md) whose last line
// is "N passed, N failed" (", N skipped" added when tests were skipped). That line counts test cases only, taken from
// each runner's own summary; checks (builds, generated files up to date, type-check, lint, formatting, size budgets)
// have a line of their own above it. The run fails (exit 1) when a test or a check fails, or when a test runner ends
// without its summary (a crash).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium, ensurePackages, findFirefox } from './setup.mjs';
import { nodeCount, plain, summarize, wtrCount } from './lib/test-summary.mjs';

const root = new URL('..', import.meta.url).pathname;
ensurePackages();

/** Runs a command, echoing its output, and resolves with { code, output }. */
function exec(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const steps = [
  { name: 'data package build', cmd: 'npm', args: ['run', 'build', '-w', '@hki-widgets/data'] },
  { name: 'generated types match the schema', cmd: 'node', args: ['packages/data/scripts/gen-types.mjs', '--check'] },
  {
    name: 'data tests',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', 'packages/data/test/'],
    count: nodeCount,
  },
];

const chrome = ensureChromium();
steps.push(
  { name: 'HDS tokens up to date', cmd: 'node', args: ['scripts/gen-tokens.mjs', '--check'] },
  { name: 'one list of elements (elements.json) agrees everywhere', cmd: 'node', args: ['scripts/gen-elements.mjs', '--check'] },
  { name: 'every message translated (fi, sv)', cmd: 'node', args: ['scripts/i18n.mjs'] },
  { name: 'custom-elements.json from JSDoc', cmd: 'npx', args: ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'] },
  { name: 'type-check', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '--max-warnings=0', '.'] },
  { name: 'formatting (Prettier; npm run format fixes it)', cmd: 'npx', args: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'CDN bundle build', cmd: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] },
  { name: 'size budgets of typical pages', cmd: 'node', args: ['scripts/size.mjs'], env: { CHROME_PATH: chrome } },
  { name: 'Storybook build', cmd: 'npx', args: ['storybook', 'build', '--disable-telemetry', '--quiet', '-o', 'storybook-static'] },
  {
    name: 'every story: axe in fi/sv/en, keyboard, 320 px, forced colours',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', 'test/stories.test.mjs'],
    env: { CHROME_PATH: chrome },
    count: nodeCount,
  },
  {
    name: 'strict CSP and hostile data (Big List of Naughty Strings)',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', 'test/csp.test.mjs', 'test/hostile.test.mjs'],
    env: { CHROME_PATH: chrome },
    count: nodeCount,
  },
  {
    name: 'print tests (Chromium PDF)',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', 'test/print.test.mjs'],
    env: { CHROME_PATH: chrome },
    count: nodeCount,
  },
  existsSync(`${root}test/client.test.mjs`)
    ? {
        name: 'real-client test',
        cmd: 'node',
        args: ['--test', '--test-reporter=spec', 'test/client.test.mjs'],
        env: { CHROME_PATH: chrome },
        count: nodeCount,
      }
    : { name: 'real-client test', notRun: 'test/client.test.mjs does not exist yet' },
  {
    name: 'npm run new-element gives an element that passes every check (in a copy)',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', 'test/new-element.test.mjs'],
    env: { CHROME_PATH: chrome },
    count: nodeCount,
  },
  {
    name: 'browser tests in Chromium',
    cmd: 'npx',
    args: ['web-test-runner', '--config', 'web-test-runner.config.mjs'],
    env: { CHROME_PATH: chrome },
    count: wtrCount,
  },
);

// The same browser tests in Firefox ESR (docs/testing.md), installed as root on Debian when missing (CI). Where
// it is missing and cannot be installed, the summary says so on the Firefox line.
const firefox = findFirefox();
steps.push(
  firefox
    ? {
        name: 'browser tests in Firefox',
        cmd: 'npx',
        args: ['web-test-runner', '--config', 'web-test-runner.firefox.config.mjs'],
        env: { CHROME_PATH: chrome, FIREFOX_PATH: firefox },
        count: wtrCount,
      }
    : {
        name: 'browser tests in Firefox',
        notRun:
          'Firefox is not installed and cannot be installed here (only as root on Debian), so no test ran in Firefox.\n' +
          '  Install it (sudo apt-get install firefox-esr) or set FIREFOX_PATH, then run npm test again.',
      },
);

const results = [];
for (const step of steps) {
  if (step.notRun) {
    console.log(`\n▶ ${step.name}: not run: ${step.notRun}`);
    results.push({ name: step.name, notRun: step.notRun });
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  const { code, output } = await exec(step.cmd, step.args, step.env);
  results.push({ name: step.name, code, suite: Boolean(step.count), counted: step.count?.(plain(output)) });
}

const { lines, exitCode } = summarize(results);
console.log(lines.join('\n'));
process.exitCode = exitCode;
