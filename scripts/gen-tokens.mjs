#!/usr/bin/env node
// Writes packages/core/src/theme/hds-tokens.ts from the hds-design-tokens package, so the fallback
// values of our CSS custom properties are HDS's own, not retyped. `--check` fails when stale.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const lib = join(dirname(require.resolve('hds-design-tokens/package.json')), 'lib');
const { version } = JSON.parse(await readFile(join(lib, '..', 'package.json'), 'utf8'));

const read = async (file) => {
  const css = await readFile(join(lib, file), 'utf8');
  return Object.fromEntries([...css.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
};
const tokens = { ...(await read('color/all.css')), ...(await read('spacing/spacing.css')) };

const out = `/* Generated from hds-design-tokens ${version} by scripts/gen-tokens.mjs. Do not edit. */
/** Helsinki Design System token values, by token name without the leading dashes. */
export const HDS = ${JSON.stringify(tokens, null, 2)} as const;
`;
const target = new URL('../packages/core/src/theme/hds-tokens.ts', import.meta.url);
const current = await readFile(target, 'utf8').catch(() => '');
if (current !== out) {
  if (process.argv.includes('--check')) {
    console.error('packages/core/src/theme/hds-tokens.ts is out of date: run node scripts/gen-tokens.mjs');
    process.exit(1);
  }
  await writeFile(target, out);
  console.log('wrote packages/core/src/theme/hds-tokens.ts');
}
