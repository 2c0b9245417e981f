// Plain language held to its rules: every sign template's plain Finnish (fi-x-plain) and plain
// Swedish (sv-x-plain) text passes the editor check, so no sign needs fixing before it is printed.
//
// The rules are those of the editor check, checkSignText in packages/signage/src/sign/checks.ts:
// 'long-line' (a line, split at \n and trimmed, over MAX_LINE = 60 characters) and 'capitals'
// (a word of three or more letters all in capitals, same pattern). packages/data cannot import the
// signage package, so the two rules are restated here. Keep them in step with checks.ts until the
// pure check moves into packages/data; the last test fails if checks.ts changes either constant.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

/** checks.ts: MAX_LINE. */
const MAX_LINE = 60;
/** checks.ts: CAPITALS, a word of three or more letters written all in capitals. */
const CAPITALS = /(?<![\p{L}])(\p{Lu}{3,})(?![\p{L}])/u;
const PLAIN_LANGUAGES = ['fi-x-plain', 'sv-x-plain'];

const signs = JSON.parse(readFileSync(new URL('../dist/signs.json', import.meta.url), 'utf8'));
const checksFile = new URL('../../signage/src/sign/checks.ts', import.meta.url);

/** What breaks the plain-language rules in one text, each naming its rule. */
function problems(text) {
  if (typeof text !== 'string' || !text.trim()) return ['missing text'];
  const found = [];
  text.split(/\n/).forEach((line, i) => {
    const length = line.trim().length;
    if (length > MAX_LINE) found.push(`long-line: line ${i + 1} has ${length} characters (at most ${MAX_LINE}): "${line.trim()}"`);
  });
  const capitals = CAPITALS.exec(text);
  if (capitals) found.push(`capitals: "${capitals[1]}" is written in capitals`);
  return found;
}

describe('plain-language sign texts', () => {
  test('the package has sign templates', () => {
    assert.ok(signs.signs.length > 0);
  });

  for (const sign of signs.signs) {
    for (const lang of PLAIN_LANGUAGES) {
      test(`template ${sign.id}, ${lang}`, () => {
        assert.deepEqual(problems(sign.text[lang]), [], `sign template "${sign.id}", ${lang}: ${JSON.stringify(sign.text[lang])}`);
      });
    }
  }
});

describe('the rules themselves', () => {
  test('catch a long line, a word in capitals and a missing text, as the editor check does', () => {
    assert.match(problems('a'.repeat(MAX_LINE + 1))[0], /^long-line: line 1 has 61 characters/);
    assert.match(problems(`Sauna\n${'a'.repeat(MAX_LINE + 1)}`)[0], /^long-line: line 2/);
    assert.deepEqual(problems(`  ${'a'.repeat(MAX_LINE)}  \n${'b'.repeat(MAX_LINE)}`), []);
    assert.deepEqual(problems('Kuntosali on AUKI.'), ['capitals: "AUKI" is written in capitals']);
    assert.deepEqual(problems('Wi-Fi. TV. Ensiapu.'), [], 'two capitals, or capitals mixed with small letters, are allowed');
    assert.deepEqual(problems('اطلب المساعدة هنا.'), [], 'a script without capitals passes');
    assert.deepEqual(problems(''), ['missing text']);
    assert.deepEqual(problems(undefined), ['missing text']);
  });

  test('are still those of packages/signage/src/sign/checks.ts', { skip: !existsSync(checksFile) && 'checks.ts is not here' }, () => {
    const source = readFileSync(checksFile, 'utf8');
    assert.match(source, new RegExp(`\\bMAX_LINE = ${MAX_LINE};`), `checks.ts no longer has MAX_LINE = ${MAX_LINE}: update this test`);
    assert.ok(source.includes(`/${CAPITALS.source}/${CAPITALS.flags}`), 'checks.ts changed its capitals pattern: update this test');
  });
});
