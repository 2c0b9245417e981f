import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatPercent, pickText, resolveLocale } from '@hki-widgets/core';

describe('resolveLocale', () => {
  it('maps fi, sv, en and their regional forms to their language', () => {
    for (const [tag, locale] of [
      ['fi', 'fi'],
      ['fi-FI', 'fi'],
      ['sv-FI', 'sv'],
      ['SV', 'sv'],
      ['en-GB', 'en'],
      ['en', 'en'],
    ]) {
      expect(resolveLocale(tag), tag).to.deep.equal({ locale, fallback: false });
    }
  });

  it('falls back to English for any other language, or none, and says so', () => {
    for (const tag of ['ar', 'so', 'fa-AF', 'ru', '', null, undefined, 'finnish']) {
      expect(resolveLocale(tag), String(tag)).to.deep.equal({ locale: 'en', fallback: true });
    }
  });
});

describe('pickText', () => {
  const text = { fi: 'Maahanmuuttaja', sv: 'Invandrare', en: 'Immigrant' };

  it('picks the requested language', () => {
    expect(pickText(text, 'sv')).to.deep.equal({ text: 'Invandrare', lang: 'sv', fallback: false });
  });

  it('falls back to English, then Finnish, then Swedish, and reports the language used', () => {
    expect(pickText({ fi: 'Vain suomeksi', sv: 'Bara svenska' }, 'en')).to.deep.equal({
      text: 'Vain suomeksi',
      lang: 'fi',
      fallback: true,
    });
    expect(pickText({ sv: 'Bara svenska', en: 'English only' }, 'fi')).to.deep.equal({ text: 'English only', lang: 'en', fallback: true });
    expect(pickText({ so: 'Soomaali' }, 'fi')).to.deep.equal({ text: 'Soomaali', lang: 'so', fallback: true });
  });

  it('skips empty strings and survives anything that is not a text', () => {
    expect(pickText({ fi: '  ', en: 'Immigrant' }, 'fi')?.lang).to.equal('en');
    for (const value of [null, undefined, 'text', 42, {}, { fi: 3 }]) {
      expect(pickText(value as never, 'fi')).to.equal(undefined);
    }
  });
});

describe('Finnish-style formats in every language', () => {
  it('groups thousands with a space and uses a decimal comma', () => {
    expect(formatNumber(15000).replace(/\s/g, ' ')).to.equal('15 000');
    expect(formatNumber(14.25)).to.equal('14,25');
  });

  it('writes percentages with a space before the sign', () => {
    expect(formatPercent(15).replace(/\s/g, ' ')).to.equal('15 %');
    expect(formatPercent(14.2).replace(/\s/g, ' ')).to.equal('14,2 %');
  });

  it('writes dates as day.month.year', () => {
    expect(formatDate('2018-05-28')).to.equal('28.5.2018');
    expect(formatDate('last spring')).to.equal('last spring');
  });
});
