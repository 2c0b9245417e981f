import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '@hki-widgets/signage/sign/define.js';
import type { HkiSign } from '@hki-widgets/signage/sign.js';
import { asText, DEFAULT_LANGUAGES, isLanguageTag, normalise } from '../src/sign/attributes.js';
import { checkSignText, ownReview, ownText } from '../src/sign/checks.js';
import { captureConsole, setPageLang, settled } from '../../../test/helpers.js';

/**
 * A mistyped attribute never takes a sign off the page: it falls back to the documented default,
 * the editor check says so, and the console says so once.
 */
const $ = <T extends Element = HTMLElement>(el: HkiSign, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: HkiSign, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const notes = (el: HkiSign) => $$(el, '[part="editor"] li[data-kind="attribute"]').map(text);
const langs = (el: HkiSign) => $$(el, '.block').map((b) => b.getAttribute('lang'));
const shows = (el: HkiSign) => Boolean($(el, '.sheet .block, [role="alert"]'));

/** Uncaught errors and rejected promises while fn runs (a throw in a Lit update lands here). */
async function uncaught<T>(fn: () => Promise<T>): Promise<{ result: T; failures: string[] }> {
  const failures: string[] = [];
  const onError = (e: ErrorEvent) => failures.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => failures.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await fn();
    // A rejection is reported a task later.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { result, failures };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** A sign with one attribute set to a value, once it shows its sheet or its error. */
async function signWith(attribute: string, value: string, others = 'sign="reception" editor'): Promise<HkiSign> {
  const el = await fixture<HkiSign>(staticHtml`<hki-sign ${unsafeStatic(others)}></hki-sign>`);
  el.setAttribute(attribute, value);
  await settled(el, () => shows(el));
  for (let i = 0; i < 5 && !(await el.updateComplete); i++);
  return el;
}

const HOSTILE = ['', ' ', '__proto__', 'constructor', '-1', '1e309', '%', '<b>x</b>', 'javascript:alert(1)'];

describe('<hki-sign> with attributes it does not understand', () => {
  beforeEach(async () => {
    await setPageLang('en');
  });

  describe('normalise', () => {
    it('trims and lower-cases, so size="A4 " means a4, and says nothing about it', () => {
      const a = normalise({ size: 'A4 ', orientation: ' Landscape', arrow: 'UP-LEFT', scheme: 'INVERSE ', languages: ' FI-x-plain  AR ' });
      expect(a).to.include({ size: 'a4', orientation: 'landscape', arrow: 'up-left', scheme: 'inverse' });
      expect(a.languages).to.deep.equal(['fi-x-plain', 'ar']);
      expect(a.problems).to.deep.equal([]);
    });

    it('falls back to the defaults for unknown values, and names each one', () => {
      const a = normalise({ size: 'A5', orientation: 'sideways', arrow: 'north', scheme: 'pink', languages: 'fi __proto__ <b>x</b>' });
      expect(a).to.include({ size: 'screen', orientation: 'portrait', arrow: undefined, scheme: 'default' });
      expect(a.languages).to.deep.equal(['fi']);
      expect(a.problems).to.deep.equal([
        { attribute: 'size', value: 'A5', fallback: 'screen' },
        { attribute: 'orientation', value: 'sideways', fallback: 'portrait' },
        { attribute: 'scheme', value: 'pink', fallback: 'default' },
        { attribute: 'arrow', value: 'north' },
        { attribute: 'languages', value: '__proto__' },
        { attribute: 'languages', value: '<b>x</b>' },
      ]);
    });

    it('uses the default languages when none can be read, and the defaults quietly for empty values', () => {
      expect(normalise({ languages: '__proto__ constructor' }).languages).to.deep.equal(DEFAULT_LANGUAGES.split(' '));
      expect(normalise({ languages: '__proto__ constructor' }).problems).to.deep.equal([
        { attribute: 'languages', value: '__proto__ constructor', fallback: DEFAULT_LANGUAGES },
      ]);
      const empty = normalise({ size: ' ', orientation: '', arrow: '', scheme: '\n', languages: '   ' });
      expect(empty).to.include({ size: 'screen', orientation: 'portrait', arrow: undefined, scheme: 'default' });
      expect(empty.languages).to.deep.equal(DEFAULT_LANGUAGES.split(' '));
      expect(empty.problems).to.deep.equal([]);
    });

    it('reads any property value as text, without throwing', () => {
      for (const value of [null, undefined, 42, -1, Infinity, NaN, true, {}, [], Symbol('x'), () => 1, Object.create(null)]) {
        expect(() =>
          normalise({ sign: value, size: value, orientation: value, arrow: value, scheme: value, languages: value }),
        ).to.not.throw();
        expect(typeof asText(value)).to.equal('string');
      }
      expect(asText(42)).to.equal('42');
      expect(asText(null)).to.equal('');
    });

    it('knows a language tag from something else', () => {
      for (const tag of ['fi', 'fi-x-plain', 'sv-x-plain', 'ckb', 'prs', 'xx', 'zh-Hant']) expect(isLanguageTag(tag), tag).to.equal(true);
      for (const tag of ['__proto__', 'constructor', '-1', '1e309', '%', '<b>x</b>', 'javascript:alert(1)', 'fi-']) {
        expect(isLanguageTag(tag), tag).to.equal(false);
      }
    });
  });

  it("reads a text or a review only from the data's own keys", () => {
    const texts = JSON.parse('{"fi": "Sauna", "__proto__": "x", "so": 5}') as object;
    expect(ownText(texts, 'fi')).to.equal('Sauna');
    expect(ownText({ fi: 'Sauna' }, '__proto__')).to.equal(undefined);
    expect(ownText({ fi: 'Sauna' }, 'constructor')).to.equal(undefined);
    expect(ownText(texts, 'so'), 'not a string').to.equal(undefined);
    expect(ownReview({ fi: false }, 'fi')).to.equal(false);
    expect(ownReview({ fi: false }, 'toString')).to.equal(undefined);
    expect(checkSignText('so', 5, true), 'a text that is not a string is no text').to.deep.equal([
      { kind: 'missing-language', lang: 'so' },
    ]);
  });

  for (const attribute of ['size', 'orientation', 'arrow', 'scheme', 'languages', 'viewing-distance', 'more-info']) {
    it(`still shows the sign for any value of ${attribute}`, async () => {
      for (const value of HOSTILE) {
        const { result, failures } = await uncaught(() => captureConsole(() => signWith(attribute, value)));
        const el = result.result;
        expect(failures, `${attribute}="${value}"`).to.deep.equal([]);
        expect($(el, '[role="alert"]'), `${attribute}="${value}"`).to.equal(null);
        expect(langs(el).length, `${attribute}="${value}"`).to.be.greaterThan(0);
        el.remove();
      }
    });
  }

  it('shows its "not found" message for any value of sign', async () => {
    for (const value of HOSTILE) {
      const { result, failures } = await uncaught(() => captureConsole(() => signWith('sign', value, 'editor')));
      const el = result.result;
      expect(failures, `sign="${value}"`).to.deep.equal([]);
      expect(text($(el, '[role="alert"]'))).to.equal(value.trim() ? `Sign ${value} was not found.` : 'No sign was chosen.');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      el.remove();
    }
  });

  it('finds a template whatever the letter case or spaces around it', async () => {
    const el = await signWith('sign', ' Reception ', 'languages="en"');
    expect(text($(el, '.block'))).to.equal('Reception and tickets');
  });

  /** The attribute, its value, the editor's note and the console's line. */
  const notesFor: [string, string, string, string][] = [
    ['size', 'A5', 'size="A5" is not a value the sign knows. It uses "screen" instead.', 'size="A5" is not one of'],
    [
      'orientation',
      'sideways',
      'orientation="sideways" is not a value the sign knows. It uses "portrait" instead.',
      'orientation="sideways" is not one of',
    ],
    ['scheme', 'pink', 'scheme="pink" is not a value the sign knows. It uses "default" instead.', 'scheme="pink" is not one of'],
    [
      'arrow',
      'north',
      'arrow="north" is not a value the sign knows. It uses the template\'s arrow instead.',
      'arrow="north" is not one of',
    ],
    [
      'languages',
      '__proto__',
      `languages="__proto__" is not a value the sign knows. It uses "${DEFAULT_LANGUAGES}" instead.`,
      'languages="__proto__" is not one of',
    ],
    [
      'languages',
      'fi-x-plain __proto__ ar',
      'languages: "__proto__" is not a language tag, so it is left out.',
      '"__proto__" in languages is not one of',
    ],
  ];
  for (const [attribute, value, note, line] of notesFor) {
    it(`says in the editor and once in the console that ${attribute}="${value}" fell back`, async () => {
      const { result: el, warnings } = await captureConsole(async () => {
        const el = await signWith(attribute, value);
        // Another update (the page language, another attribute) does not say it again.
        el.setAttribute('more-info', 'https://www.hel.fi/en');
        await el.updateComplete;
        el.removeAttribute('more-info');
        await el.updateComplete;
        return el;
      });
      expect(notes(el)).to.deep.equal([note]);
      const lines = warnings.filter((w) => w.includes(attribute) && w.includes(value.includes('__proto__') ? '__proto__' : value));
      expect(lines, warnings.join('\n')).to.have.length(1);
      expect(lines[0]).to.contain(`[hki-sign] reception: ${line}`);
      await expect(el).to.be.accessible();
    });
  }

  it('uses the defaults it names', async () => {
    const { result: size } = await captureConsole(() => signWith('size', 'A5'));
    expect($(size, '.preview')!.dataset.size).to.equal('screen');
    const { result: scheme } = await captureConsole(() => signWith('scheme', 'pink', 'sign="reception" size="a4"'));
    expect($(scheme, '.sheet')!.dataset.scheme).to.equal('default');
    const { result: arrow } = await captureConsole(() => signWith('arrow', 'north', 'sign="exit"'));
    expect($(arrow, '[part="arrow"] g')!.getAttribute('transform'), "the template's arrow (up)").to.equal('rotate(270 24 24)');
    const { result: languages } = await captureConsole(() => signWith('languages', 'fi-x-plain __proto__ ar', 'sign="reception"'));
    expect(langs(languages)).to.deep.equal(['fi-x-plain', 'ar']);
    const { result: none } = await captureConsole(() => signWith('languages', '__proto__', 'sign="reception"'));
    expect(langs(none)).to.deep.equal(DEFAULT_LANGUAGES.split(' '));
  });

  it('takes size="A4 " as a4, without a note', async () => {
    const { result: el, warnings } = await captureConsole(() => signWith('size', 'A4 '));
    expect($(el, '.preview')!.dataset.size).to.equal('a4');
    expect(notes(el)).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('size'))).to.deep.equal([]);
  });

  it('says it in Finnish on a Finnish page', async () => {
    await setPageLang('fi');
    const { result: el } = await captureConsole(async () => {
      const el = await signWith('size', 'A5');
      await settled(el, () => text($(el, '[part="editor"] h2')) === 'Tarkista ennen tulostamista');
      return el;
    });
    expect(notes(el)).to.deep.equal(['size="A5" ei ole kyltin tuntema arvo. Kyltissä käytetään sen sijaan arvoa "screen".']);
  });

  it('does not throw for properties set from script to anything', async () => {
    const values: unknown[] = [null, undefined, 42, -1, NaN, true, {}, [], Object.create(null)];
    const properties = ['languages', 'size', 'orientation', 'arrow', 'scheme', 'viewingDistance', 'moreInfo', 'sign', 'src'] as const;
    const { result, failures } = await uncaught(() =>
      captureConsole(async () => {
        const el = await fixture<HkiSign>(html`<hki-sign sign="reception" editor></hki-sign>`);
        await settled(el, () => shows(el));
        for (const property of properties) {
          for (const value of values) {
            (el as unknown as Record<string, unknown>)[property] = value;
            await el.updateComplete;
          }
          // Back to a sign that shows, for the next property.
          el.setAttribute('sign', 'reception');
          el.setAttribute('languages', 'fi-x-plain ar so');
          el.removeAttribute('src');
          await el.updateComplete;
        }
        el.languages = null as unknown as string;
        el.size = 42 as unknown as 'a4';
        await settled(el, () => Boolean($(el, '.sheet .block')));
        return el;
      }),
    );
    expect(failures).to.deep.equal([]);
    expect(langs(result.result)).to.deep.equal(DEFAULT_LANGUAGES.split(' '));
    expect(notes(result.result)).to.deep.equal(['size="42" is not a value the sign knows. It uses "screen" instead.']);
  });
});
