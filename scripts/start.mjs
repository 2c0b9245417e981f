// `npm start`: builds what the pages need, then serves Storybook (every story, with the
// accessibility addon) and the demo division page, rebuilding the CDN bundle on change.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { ensurePackages } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
const port = process.env.PORT ?? '6006';
ensurePackages();

const once = [
  ['npm', ['run', 'build', '-w', '@hki-widgets/data']],
  ['node', ['scripts/i18n.mjs']],
  ['npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']],
  ['npx', ['vite', 'build', '--logLevel', 'warn']],
];
for (const [cmd, args] of once) {
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
// The configurator reads the widgets' attributes from the manifest beside it (Storybook serves
// docs/configurator at /configurator; the copy is ignored by git, as the manifest is).
copyFileSync(`${root}custom-elements.json`, `${root}docs/configurator/custom-elements.json`);

const children = [
  spawn('npx', ['vite', 'build', '--watch', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }),
  spawn('npx', ['storybook', 'dev', '--port', port, '--disable-telemetry', '--no-open', '--ci', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  }),
];
console.log(
  `\nhki-widgets is being served:\n  Storybook:          http://localhost:${port}/\n  Demo division page: http://localhost:${port}/demo/index.html\n  Embed configurator: http://localhost:${port}/configurator/index.html\n  Reporting page:     http://localhost:${port}/report/index.html\n`,
);

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
