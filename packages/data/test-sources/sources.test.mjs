// The built programme package against the programme's source documents (the seeds): run by
// `npm run check:sources -- <folder>` (scripts/check-sources.mjs), which passes the folder as
// HKI_SOURCES after checking that the files below are in it. Moved unchanged from ../test/.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

if (!process.env.HKI_SOURCES) {
  throw new Error('HKI_SOURCES is not set: run these checks with npm run check:sources -- <folder with the source documents>');
}
const dist = new URL('../dist/', import.meta.url);
const seeds = pathToFileURL(`${resolve(process.env.HKI_SOURCES)}/`);
const readJson = async (url) => JSON.parse(await readFile(url, 'utf8'));
let pkg;
before(async () => {
  pkg = await readJson(new URL('programme.json', dist));
});

describe('the built programme package against its source documents', () => {
  test('every measure in the Swedish summary tables is in the package, and nothing else', async () => {
    const sv = await readFile(new URL('002_5faa677f8599652e.txt', seeds), 'utf8');
    const start = sv.indexOf('Målsättningar\tSammanfattning');
    const tables = sv.slice(start, sv.indexOf('Begrepp\n', start));
    const found = new Set([...tables.matchAll(/(?:^|[>\t\n ])(\d{1,2}\.\d{1,2})\.?\s+[A-ZÅÄÖ]/g)].map((m) => m[1]));
    const ids = new Set(pkg.measures.map((m) => m.id));
    for (const id of found) assert.ok(ids.has(id), `summary table names ${id}, which the package lacks`);
    assert.ok(found.size >= 55, `only ${found.size} measure numbers found in the tables`);
  });

  test('every Swedish text marked seed-sv is in the Swedish programme', async () => {
    const normalize = (s) =>
      s
        .replace(/<[^>]+>/g, ' ')
        .replace(/(\p{L})- (\p{L})/gu, '$1$2')
        .replace(/[\s•]+/g, ' ')
        .toLowerCase();
    const sv = normalize(await readFile(new URL('002_5faa677f8599652e.txt', seeds), 'utf8'));
    const misses = [];
    for (const m of pkg.measures) {
      if (m.provenance.summary?.sv !== 'seed-sv' && m.provenance.summary !== 'seed-sv') continue;
      // Compare the first 60 characters: enough to show the text was taken, not written.
      const head = normalize(m.summary.sv)
        .replace(/^\d+(\.\d+)*\.? ?/, '')
        .slice(0, 60);
      if (!sv.includes(head)) misses.push(`${m.id}: ${head}`);
    }
    assert.deepEqual(misses, []);
  });
});
