import { expect } from '@open-wc/testing';
import { autonym, bothNames, nameIn } from '../src/shared/languages.js';

describe('language names', () => {
  it('names a language in its own script and in the interface language', () => {
    expect(autonym('ar')).to.equal('العربية');
    expect(autonym('so')).to.equal('Soomaali');
    expect(nameIn('ar', 'fi')).to.equal('arabia');
    expect(bothNames('ar', 'en')).to.equal('\u2068العربية\u2069 – Arabic');
  });

  it('names a code that is not a language tag by itself, never throwing', () => {
    for (const code of ['xx_YY', '%', 'constructor', 'javascript:alert(1)', '']) {
      expect(nameIn(code, 'fi'), code).to.equal(code);
      expect(autonym(code), code).to.equal(code);
      expect(bothNames(code, 'sv'), code).to.equal(code);
    }
    // Well-formed but unknown, and the name of an Object property: a plain string, not a function.
    expect(autonym('toString').toLowerCase()).to.equal('tostring');
  });
});
