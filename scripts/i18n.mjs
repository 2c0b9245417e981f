#!/usr/bin/env node
// Localization in one step: extract every msg() into translations/*.xlf (keeping the translations
// there), fail when any message has no translation, then generate the locale modules that
// packages/core imports statically.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;
// One configuration per package with strings: core's at the root, the others beside their package.
const configs = [
  'lit-localize.json',
  ...(await readdir(`${root}packages`)).map((p) => `packages/${p}/lit-localize.json`).filter((c) => existsSync(`${root}${c}`)),
];
const run = (args) => {
  for (const config of configs) {
    const { status } = spawnSync('npx', ['lit-localize', ...args, '--config', config], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (status !== 0) process.exit(status ?? 1);
  }
};

run(['extract']);
let missing = 0;
const xliffs = (await readdir(`${root}translations`, { recursive: true })).filter((f) => f.endsWith('.xlf'));
for (const file of xliffs) {
  const xml = await readFile(`${root}translations/${file}`, 'utf8');
  for (const [, id, unit] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)) {
      missing += 1;
      console.error(`translations/${file}: ${id} has no translation: ${/<source>([\s\S]*?)<\/source>/.exec(unit)?.[1]}`);
    }
  }
}
if (missing > 0) {
  console.error(`${missing} message(s) need a translation: add a <target> in translations/*.xlf`);
  process.exit(1);
}
run(['build']);
