import { expect } from '@open-wc/testing';
import { MAX_LINE, checkSignText, directionOf } from '../src/sign/checks.js';
import { CAP_HEIGHT_RATIO, fontSizeFor, minimumCapHeight, parseDistance } from '../src/sign/legibility.js';
import { qrPath } from '../src/sign/qr.js';

/** The pure parts of <hki-sign>: the editor's check, writing direction, letter size and the QR code. */
describe('checkSignText', () => {
  it('flags a line over 60 characters, with its length', () => {
    const long = 'Pukuhuoneet ovat toisessa kerroksessa, hissi on oikealla puolella';
    expect(long.length).to.be.greaterThan(60);
    expect(checkSignText('fi', long, true)).to.deep.equal([{ kind: 'long-line', lang: 'fi', length: long.length }]);
  });

  it('measures each line on its own and leaves a line of exactly 60 alone', () => {
    const sixty = 'a'.repeat(MAX_LINE);
    expect(MAX_LINE).to.equal(60);
    expect(checkSignText('en', sixty, true)).to.deep.equal([]);
    expect(checkSignText('en', `${sixty}b`, true)).to.deep.equal([{ kind: 'long-line', lang: 'en', length: 61 }]);
    expect(checkSignText('en', `${sixty}\n${sixty}`, true), 'two lines of 60 are two short lines').to.deep.equal([]);
  });

  it('names a word of three or more capitals in Latin script', () => {
    expect(checkSignText('en', 'The gym is OPEN on weekdays.', true)).to.deep.equal([{ kind: 'capitals', lang: 'en', word: 'OPEN' }]);
    expect(checkSignText('fi', 'Kuntosali on AUKI', true)).to.deep.equal([{ kind: 'capitals', lang: 'fi', word: 'AUKI' }]);
    expect(checkSignText('sv', 'UTGÅNG', true)).to.deep.equal([{ kind: 'capitals', lang: 'sv', word: 'UTGÅNG' }]);
  });

  it('names a word of capitals in Cyrillic script', () => {
    expect(checkSignText('ru', 'ВХОД для посетителей', true)).to.deep.equal([{ kind: 'capitals', lang: 'ru', word: 'ВХОД' }]);
    expect(checkSignText('uk', 'Роздягальні ЗАЧИНЕНІ', true)).to.deep.equal([{ kind: 'capitals', lang: 'uk', word: 'ЗАЧИНЕНІ' }]);
  });

  it('leaves short capitals (WC) and mixed case alone', () => {
    expect(checkSignText('fi', 'WC ja suihkut', true)).to.deep.equal([]);
    expect(checkSignText('en', 'Changing rooms', true)).to.deep.equal([]);
    expect(checkSignText('en', 'McDonald and iPhone', true)).to.deep.equal([]);
    expect(checkSignText('fi', 'Kuntosali Helsingissä', true)).to.deep.equal([]);
  });

  it('never flags Arabic-script text for capitals (it has none)', () => {
    expect(checkSignText('ar', 'غرف تبديل الملابس', true)).to.deep.equal([]);
    expect(checkSignText('fa', 'رختکن', true)).to.deep.equal([]);
    expect(checkSignText('ckb', 'ژوورەکانی گۆڕینی جل', true)).to.deep.equal([]);
  });

  it('says a language has no text when it is empty, blank or missing', () => {
    expect(checkSignText('so', '', false)).to.deep.equal([{ kind: 'missing-language', lang: 'so' }]);
    expect(checkSignText('so', '   \n ', true)).to.deep.equal([{ kind: 'missing-language', lang: 'so' }]);
    expect(checkSignText('et', undefined, undefined)).to.deep.equal([{ kind: 'missing-language', lang: 'et' }]);
  });

  it('says a translation is not reviewed only when reviewed is false', () => {
    expect(checkSignText('so', 'Qolalka dharka lagu beddesho', false)).to.deep.equal([{ kind: 'not-reviewed', lang: 'so' }]);
    expect(checkSignText('so', 'Qolalka dharka lagu beddesho', true)).to.deep.equal([]);
    expect(checkSignText('so', 'Qolalka dharka lagu beddesho', undefined)).to.deep.equal([]);
  });

  it('reports every problem of one text together', () => {
    const text = 'The changing rooms are OPEN from Monday to Friday and on Saturdays too';
    expect(checkSignText('en', text, false)).to.deep.equal([
      { kind: 'long-line', lang: 'en', length: text.length },
      { kind: 'capitals', lang: 'en', word: 'OPEN' },
      { kind: 'not-reviewed', lang: 'en' },
    ]);
  });
});

describe('directionOf', () => {
  it('reads Arabic, Persian, Dari and Sorani Kurdish right to left', () => {
    for (const lang of ['ar', 'fa', 'prs', 'ckb']) expect(directionOf(lang), lang).to.equal('rtl');
  });

  it('reads the other languages of the signs left to right', () => {
    for (const lang of ['fi-x-plain', 'sv-x-plain', 'fi', 'sv', 'en', 'so', 'ru', 'uk', 'et'])
      expect(directionOf(lang), lang).to.equal('ltr');
  });

  it('does not throw on a tag it cannot read', () => {
    expect(directionOf('not a tag!')).to.equal('ltr');
  });
});

describe('parseDistance', () => {
  it('reads metres, centimetres and millimetres into millimetres', () => {
    expect(parseDistance('5m')).to.equal(5000);
    expect(parseDistance('5 m')).to.equal(5000);
    expect(parseDistance(' 5M ')).to.equal(5000);
    expect(parseDistance('2,5m')).to.equal(2500);
    expect(parseDistance('2.5m')).to.equal(2500);
    expect(parseDistance('300cm')).to.equal(3000);
    expect(parseDistance('1500mm')).to.equal(1500);
  });

  it('takes a bare number as metres', () => {
    expect(parseDistance('5')).to.equal(5000);
  });

  it('gives undefined for garbage, negative, zero and nothing', () => {
    for (const value of ['far', '5 km', 'm', '5m5', '-5m', '-300cm', '0', '0m', '0.0 mm', '', undefined, null]) {
      expect(parseDistance(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});

describe('minimumCapHeight and fontSizeFor', () => {
  it('asks for 16 mm capitals under 1830 mm and at 1830 mm', () => {
    expect(minimumCapHeight(500)).to.equal(16);
    expect(minimumCapHeight(1829)).to.equal(16);
    expect(minimumCapHeight(1830)).to.equal(16);
  });

  it('adds 3.2 mm for every 305 mm beyond 1830 mm', () => {
    expect(minimumCapHeight(1830 + 305)).to.be.closeTo(19.2, 1e-9);
    expect(minimumCapHeight(1830 + 3 * 305)).to.be.closeTo(25.6, 1e-9);
    expect(minimumCapHeight(3000)).to.be.closeTo(16 + (3.2 * 1170) / 305, 1e-9);
    expect(minimumCapHeight(5000)).to.be.closeTo(49.26, 0.01);
  });

  it('grows with the distance', () => {
    expect(minimumCapHeight(6000)).to.be.greaterThan(minimumCapHeight(5000));
  });

  it('gives the font size whose capitals are that high (cap height / 0.7)', () => {
    expect(CAP_HEIGHT_RATIO).to.equal(0.7);
    expect(fontSizeFor(1000)).to.be.closeTo(16 / 0.7, 1e-9);
    expect(fontSizeFor(1000)).to.be.closeTo(22.86, 0.01);
    expect(fontSizeFor(5000)).to.be.closeTo(49.26 / 0.7, 0.02);
    expect(fontSizeFor(3000)).to.be.closeTo(40.39, 0.01);
  });
});

describe('qrPath', () => {
  const url = 'https://www.hel.fi/en';
  const modules = (d: string) => [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

  it('is a QR symbol (21, 25, 29 … modules a side) with a four-module quiet zone', () => {
    const { size } = qrPath(url);
    const side = size - 8;
    expect(side).to.be.at.least(21);
    expect((side - 21) % 4, `${side} modules is not a QR version`).to.equal(0);
  });

  it('draws only with M, h, v, z and numbers', () => {
    const { d } = qrPath(url);
    expect(d).to.match(/^[Mhvz0-9 -]+$/);
    expect(d).to.match(/^(M\d+ \d+h1v1h-1z)+$/);
  });

  it('keeps every dark module inside the quiet zone and draws the three finder corners', () => {
    const { size, d } = qrPath(url);
    const dark = modules(d);
    expect(dark.length).to.be.greaterThan(100);
    for (const [x, y] of dark) {
      expect(x).to.be.within(4, size - 5);
      expect(y).to.be.within(4, size - 5);
    }
    const has = (x: number, y: number) => dark.some(([a, b]) => a === x && b === y);
    // The outer ring of each finder pattern is dark; the ring inside it is light.
    expect(has(4, 4) && has(10, 4) && has(4, 10)).to.equal(true);
    expect(has(size - 5, 4) && has(4, size - 5)).to.equal(true);
    expect(has(5, 5)).to.equal(false);
  });

  it('draws different text differently and the same text the same', () => {
    expect(qrPath(url).d).to.not.equal(qrPath('https://www.hel.fi/sv').d);
    expect(qrPath(url)).to.deep.equal(qrPath(url));
  });

  it('grows for a longer text', () => {
    expect(qrPath(`${url}/${'a'.repeat(120)}`).size).to.be.greaterThan(qrPath(url).size);
  });
});
