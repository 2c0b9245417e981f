// `npm run build`: the production build, in dependency order: the data package, the localized
// strings, each npm package (JavaScript, type declarations, custom-elements.json), then the CDN
// bundle for web editors (packages/embed/dist/hki-widgets.js and its chunks).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { ensurePackages } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
ensurePackages();

/** Packages with elements (an src/<element>/define.ts); each gets its own custom-elements.json. */
const ELEMENT_PACKAGES = readdirSync(`${root}packages`).filter((name) => {
  const src = `${root}packages/${name}/src`;
  return existsSync(src) && readdirSync(src).some((folder) => existsSync(`${src}/${folder}/define.ts`));
});

const steps = [
  ['.', 'npm', ['run', 'build', '-w', '@hki-widgets/data']],
  ['.', 'node', ['scripts/i18n.mjs']],
  ['packages/core', 'npx', ['tsc', '-p', 'tsconfig.build.json']],
  ...ELEMENT_PACKAGES.flatMap((name) => [
    [`packages/${name}`, 'npm', ['run', 'build']],
    [
      `packages/${name}`,
      'npx',
      ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.styles.ts', '--outdir', '.'],
    ],
  ]),
  ['.', 'npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']],
  // Vite empties packages/embed/dist first, so the npm entry (dist/npm) and the types come after it.
  ['.', 'npx', ['vite', 'build']],
  ['packages/embed', 'npx', ['tsc', '-p', 'tsconfig.build.json']],
  ['.', 'node', ['scripts/gen-integrations.mjs']],
  // The generated JSX types must compile against the built packages.
  ['.', 'npx', ['tsc', '-p', 'test/integrations/tsconfig.json']],
];

for (const [cwd, cmd, args] of steps) {
  console.log(`\n▶ ${cwd === '.' ? '' : `(${cwd}) `}${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { cwd: `${root}${cwd}`, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
