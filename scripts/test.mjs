// `npm test`: every check the project has, in order, ending with one line "N passed, N failed".
// Test counts come from each runner's own summary; a check that is not a test suite (type-check,
// lint, generated files up to date) counts as one.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium, ensurePackages } from './setup.mjs';

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

// ANSI colour and cursor codes would hide the runners' summary lines from the parser.
const plain = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** The counts in @web/test-runner's last progress line ("… | 5 passed, 0 failed"). */
const wtrCount = (out) => {
  const all = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return all ? { passed: Number(all[1]), failed: Number(all[2]) } : undefined;
};

/** The counts in the closing lines of Node's test runner (spec reporter). */
const nodeCount = (out) => {
  const pass = /^ℹ pass (\d+)$/m.exec(out);
  const fail = /^ℹ fail (\d+)$/m.exec(out);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
};

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
  {
    name: 'npm run new-element gives an element that passes every check (in a copy)',
    cmd: 'node',
    args: ['--test', '--test-reporter=spec', 'test/new-element.test.mjs'],
    env: { CHROME_PATH: chrome },
    count: nodeCount,
  },
  {
    name: 'browser tests',
    cmd: 'npx',
    args: ['web-test-runner', '--config', 'web-test-runner.config.mjs'],
    env: { CHROME_PATH: chrome },
    count: wtrCount,
  },
);

// The same browser tests in Debian's Firefox ESR (docs/testing.md): installed as root on Debian
// (CI); elsewhere run when Firefox is there, and said so when it is not.
const firefoxThere = ['/usr/bin/firefox-esr', '/usr/bin/firefox', process.env.FIREFOX_PATH].some((p) => p && existsSync(p));
if (firefoxThere || (process.getuid?.() === 0 && existsSync('/etc/debian_version'))) {
  steps.push({
    name: 'browser tests in Firefox ESR',
    cmd: 'npx',
    args: ['web-test-runner', '--config', 'web-test-runner.firefox.config.mjs'],
    env: { CHROME_PATH: chrome },
    count: wtrCount,
  });
} else {
  console.log('note: Firefox ESR is not installed, so the Firefox run is left out (sudo apt-get install firefox-esr, or set FIREFOX_PATH)');
}

let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const { code, output } = await exec(step.cmd, step.args, step.env);
  const counted = step.count?.(plain(output));
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
    if (counted.failed > 0 || code !== 0) failures.push(step.name);
    if (code !== 0 && counted.failed === 0) failed += 1;
  } else if (code === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(step.name);
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
