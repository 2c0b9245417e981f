// The programme's Finnish names are the city's own (issue 16): the Economic Development
// Sub-committee's decision of 28.5.2018 (HEL 2018-001892, 31 §) names the programme and its four
// themes in Finnish. Texts taken from it are marked `seed-other` and cite it; no Finnish text may
// still carry the names that appear in no source.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { provenanceCounts } from '../dist/lib/assemble.js';
import { run } from '../dist/lib/cli.js';

const dist = new URL('../dist/', import.meta.url);
const readJson = async (url) => JSON.parse(await readFile(url, 'utf8'));
const DECISION_URL = 'https://paatokset.hel.fi/fi/asia/hel-2018-001892?paatos=b78d1dd4-5d9a-4a2a-b1d3-6f4b3eea07f0';
let pkg;
let fi;
before(async () => {
  pkg = await readJson(new URL('programme.json', dist));
  fi = await readJson(new URL('programme.fi.json', dist));
});

describe('the Finnish names are the city’s', () => {
  test('the programme is "Kaikkien Stadi – Helsingin kaupungin kotouttamisohjelma 2017–2021"', () => {
    assert.equal(fi.programme.title.fi, 'Kaikkien Stadi');
    assert.equal(fi.programme.subtitle.fi, 'Helsingin kaupungin kotouttamisohjelma 2017–2021');
    assert.equal(pkg.programme.provenance.title.fi, 'seed-other');
    assert.equal(pkg.programme.provenance.subtitle.fi, 'seed-other');
  });

  test('the four themes carry the decision’s Finnish titles, in order, citing it', () => {
    assert.deepEqual(
      fi.themes.map((t) => t.title.fi),
      [
        'Helsinki on osaavan työvoiman kaupunki',
        'Helsinki on maailman vaikuttavin paikka oppia',
        'Helsinki on avoin ja osallistava',
        'Helsinki ehkäisee eriarvoistumista',
      ],
    );
    for (const theme of pkg.themes) {
      assert.equal(theme.provenance.title.fi, 'seed-other', theme.id);
      assert.equal(theme.source.sourceId, 'decision-2018-fi', theme.id);
    }
  });

  test('the decision is a source with its date, case number, section and address', () => {
    const decision = pkg.sources.find((s) => s.id === 'decision-2018-fi');
    assert.ok(decision, 'no source decision-2018-fi');
    assert.equal(decision.lang, 'fi');
    assert.equal(decision.url, DECISION_URL);
    assert.match(decision.identifier, /HEL 2018-001892/);
    assert.match(decision.identifier, /31 §/);
    assert.match(decision.identifier, /28\.5\.2018/);
    assert.ok(pkg.programme.sources.some((r) => r.sourceId === 'decision-2018-fi'));
  });

  test('no Finnish text uses the names that appear in no source', () => {
    const text = JSON.stringify(fi);
    for (const stale of ['Kaikkien kaupunki', 'kotoutumisohjelma', 'Kotoutumisohjelma', 'tehokkain oppimisympäristö']) {
      assert.ok(!text.includes(stale), `the Finnish package still says "${stale}"`);
    }
  });

  test('the Finnish texts still drafts are counted, and they are fewer than before', async () => {
    const drafts = provenanceCounts(pkg, 'fi').get('draft-translation');
    // 375 before the city's decision was used (issue 16); each text taken from it lowers this.
    assert.ok(drafts < 375, `${drafts} Finnish drafts`);
    const lines = [];
    const out = { log: (s) => lines.push(s), error: (s) => lines.push(s) };
    assert.equal(await run(['stats', new URL('programme.json', dist).pathname], out), 0);
    assert.match(lines.join('\n'), new RegExp(`^Finnish texts still drafts \\(draft-translation\\): ${drafts} of \\d+$`, 'm'));
  });
});
