// `npm run build`: the production build, in dependency order.
import { spawnSync } from 'node:child_process';
import { ensurePackages } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
ensurePackages();

const steps = [
  ['npm', ['run', 'build', '-w', '@hki-widgets/data']],
];

for (const [cmd, args] of steps) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
