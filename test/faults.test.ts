// Every data-driven widget against every way its `src` can fail: it says so in the page's language
// (role="alert"), names the URL in the console, throws nothing, leaves a neighbour without `src`
// alone, and recovers when `src` changes to good data.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { clearDataCache, loadSettings } from '@hki-widgets/core';
import '@hki-widgets/glossary/term/define.js';
import '@hki-widgets/measures/measure-card/define.js';
import '@hki-widgets/measures/measure-list/define.js';
import '@hki-widgets/measures/programme-summary/define.js';
import '@hki-widgets/charts/indicator-chart/define.js';
import '@hki-widgets/services/service-finder/define.js';
import '@hki-widgets/services/service-card/define.js';
import '@hki-widgets/signage/sign/define.js';
import { captureConsole, setPageLang } from './helpers.js';

type Kind = 'http' | 'json' | 'invalid' | 'too-large' | 'timeout' | 'network';
type Lang = 'en' | 'fi';
/** A widget's four messages: data in the wrong format, data that could not be loaded, too slow, too large. */
type Messages = Record<'format' | 'load' | 'timeout' | 'tooLarge', string>;

const fixtures = new URL('../packages/core/test/fixtures/', import.meta.url).href;
const dist = (file: string) => new URL(`../packages/data/dist/${file}`, import.meta.url).href;
const server = (path: string) => new URL(path, location.href).href;

interface Fault {
  name: string;
  url: string;
  kind: Kind;
  /** What the console line says about the cause. */
  detail: RegExp;
}
const FAULTS: Fault[] = [
  { name: 'a 404', url: server('/__test/status/404'), kind: 'http', detail: /HTTP 404/ },
  { name: 'a 500', url: server('/__test/status/500'), kind: 'http', detail: /HTTP 500/ },
  { name: 'text that is not JSON', url: `${fixtures}not-json.txt`, kind: 'json', detail: /not JSON/ },
  {
    name: 'a package that breaks the schema',
    url: `${fixtures}invalid-package.json`,
    kind: 'invalid',
    detail: /does not follow the schema|must be a signs data package/,
  },
  { name: 'a 10 MB response', url: server('/__test/big'), kind: 'too-large', detail: /the limit is 5242880/ },
  { name: 'no answer within the timeout', url: server('/__test/delay/3000'), kind: 'timeout', detail: /no answer within 1 s/ },
  { name: 'a connection reset', url: server('/__test/reset'), kind: 'network', detail: /request failed/ },
];
/** Not in the brief's list: a programme package whose measure names its set with a JSON object that has a "toString" key. */
const HOSTILE: Fault = {
  name: 'a package with {"toString": 1} as a measure\'s setId',
  url: server(`/__test/package?patch=${encodeURIComponent(JSON.stringify([['/measures/0/setId', { toString: 1 }]]))}`),
  kind: 'invalid',
  detail: /does not follow the schema/,
};

const PROGRAMME: Record<Lang, Messages> = {
  en: {
    format: 'The programme information could not be shown because it is not in the expected format.',
    load: 'The programme information could not be loaded. Please try again later.',
    timeout: 'Loading the programme information took too long. Please try again later.',
    tooLarge: 'The programme information could not be shown because the file is too large.',
  },
  fi: {
    format: 'Ohjelman tietoja ei voitu näyttää, koska ne eivät ole odotetussa muodossa.',
    load: 'Ohjelman tietoja ei voitu ladata. Yritä myöhemmin uudelleen.',
    timeout: 'Ohjelman tietojen lataaminen kesti liian kauan. Yritä myöhemmin uudelleen.',
    tooLarge: 'Ohjelman tietoja ei voitu näyttää, koska tiedosto on liian suuri.',
  },
};
const SERVICES: Record<Lang, Messages> = {
  en: {
    format: 'The service information could not be shown because it is not in the expected format.',
    load: 'The service information could not be loaded. Please try again later.',
    timeout: 'Loading the service information took too long. Please try again later.',
    tooLarge: 'The service information could not be shown because the file is too large.',
  },
  fi: {
    format: 'Palvelujen tietoja ei voitu näyttää, koska ne eivät ole odotetussa muodossa.',
    load: 'Palvelujen tietoja ei voitu ladata. Yritä myöhemmin uudelleen.',
    timeout: 'Palvelujen tietojen lataaminen kesti liian kauan. Yritä myöhemmin uudelleen.',
    tooLarge: 'Palvelujen tietoja ei voitu näyttää, koska tiedosto on liian suuri.',
  },
};
const SIGNS: Record<Lang, Messages> = {
  en: {
    format: 'The sign information could not be shown because it is not in the expected format.',
    load: 'The sign information could not be loaded. Please try again later.',
    timeout: 'Loading the sign information took too long. Please try again later.',
    tooLarge: 'The sign information could not be shown because the file is too large.',
  },
  fi: {
    format: 'Kyltin tietoja ei voitu näyttää, koska ne eivät ole odotetussa muodossa.',
    load: 'Kyltin tietoja ei voitu ladata. Yritä myöhemmin uudelleen.',
    timeout: 'Kyltin tietojen lataaminen kesti liian kauan. Yritä myöhemmin uudelleen.',
    tooLarge: 'Kyltin tietoja ei voitu näyttää, koska tiedosto on liian suuri.',
  },
};
/** Which message each kind of failure shows. */
const MESSAGE_OF: Record<Kind, keyof Messages> = {
  http: 'load',
  network: 'load',
  json: 'format',
  invalid: 'format',
  'too-large': 'tooLarge',
  timeout: 'timeout',
};
const messageFor = (messages: Messages, kind: Kind) => messages[MESSAGE_OF[kind]];

interface Widget {
  tag: string;
  attributes: Record<string, string>;
  /** Light-DOM text (the term wraps the word it explains). */
  text?: string;
  messages: Record<Lang, Messages>;
  /** Good data for `src`. */
  good: string;
  /** What the widget shows once it has data. */
  content: string;
  /** The fault checked on a Finnish page. */
  finnish: string;
  programme: boolean;
}
const programmeUrl = dist('programme.json');
const WIDGETS: Widget[] = [
  {
    tag: 'hki-term',
    attributes: { concept: 'immigrant' },
    text: 'immigrant',
    messages: PROGRAMME,
    good: programmeUrl,
    content: '[part="term"]',
    finnish: 'no answer within the timeout',
    programme: true,
  },
  {
    tag: 'hki-measure-card',
    attributes: { measure: '4.12' },
    messages: PROGRAMME,
    good: programmeUrl,
    content: '[part="header"]',
    finnish: 'text that is not JSON',
    programme: true,
  },
  {
    tag: 'hki-measure-list',
    attributes: { 'url-state': 'off' },
    messages: PROGRAMME,
    good: programmeUrl,
    content: '[part="count"]',
    finnish: 'a 404',
    programme: true,
  },
  {
    tag: 'hki-programme-summary',
    attributes: {},
    messages: PROGRAMME,
    good: programmeUrl,
    content: '[part="themes"]',
    finnish: 'a package that breaks the schema',
    programme: true,
  },
  {
    tag: 'hki-indicator-chart',
    attributes: { indicator: 'i-1.1-a' },
    messages: PROGRAMME,
    good: programmeUrl,
    content: 'figure[part="base"]',
    finnish: 'a 10 MB response',
    programme: true,
  },
  {
    tag: 'hki-service-finder',
    attributes: { 'url-state': 'off' },
    messages: SERVICES,
    good: dist('services.json'),
    content: '[part="filters"]',
    finnish: 'a connection reset',
    programme: false,
  },
  {
    tag: 'hki-service-card',
    attributes: { service: 'international-house-helsinki' },
    messages: SERVICES,
    good: dist('services.json'),
    content: '[part="service-name"]',
    finnish: 'no answer within the timeout',
    programme: false,
  },
  {
    tag: 'hki-sign',
    attributes: { sign: 'changing-rooms' },
    messages: SIGNS,
    good: dist('signs.json'),
    content: '[part="text"] .block',
    finnish: 'a 500',
    programme: false,
  },
];

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const alertOf = (el: Element) => norm(el.shadowRoot?.querySelector('[role="alert"]')?.textContent);
const showsContent = (el: Element, widget: Widget) =>
  Boolean(el.shadowRoot?.querySelector(widget.content)) && !el.shadowRoot?.querySelector('[role="alert"]');

function create(widget: Widget, src?: string): HTMLElement {
  const el = document.createElement(widget.tag);
  for (const [name, value] of Object.entries(widget.attributes)) el.setAttribute(name, value);
  if (src !== undefined) el.setAttribute('src', src);
  if (widget.text) el.textContent = widget.text;
  return el;
}

/** Errors thrown or promises rejected without a handler anywhere on the page. */
const thrown: string[] = [];
const onError = (event: ErrorEvent) => thrown.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) =>
  thrown.push(`unhandled rejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);

/** A fresh URL each test, so the console lines and requests are this test's own (the server ignores the query). */
let run = 0;
const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}run=${++run}`;

/** waitUntil, saying on timeout what the widget shows and what was thrown meanwhile. */
async function waitFor(el: Element, condition: () => boolean, message: string): Promise<void> {
  try {
    await waitUntil(condition, message, { timeout: 6000 });
  } catch (error) {
    throw new Error(
      `${(error as Error).message}; it shows "${norm(el.shadowRoot?.textContent).slice(0, 200)}"; thrown: ${thrown.join('; ') || 'nothing'}`,
    );
  }
}

async function checkFault(widget: Widget, fault: Fault, lang: Lang): Promise<void> {
  if (lang !== 'en') await setPageLang(lang);
  if (fault.kind === 'timeout') loadSettings.timeoutMs = 1000;
  const url = fresh(fault.url);
  const expected = messageFor(widget.messages[lang], fault.kind);
  const { errors } = await captureConsole(async () => {
    const root = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const failing = create(widget, url);
    const neighbour = create(widget);
    root.append(failing, neighbour);
    await waitFor(failing, () => alertOf(failing) !== '', `${widget.tag} showed no alert for ${fault.name}`);
    expect(alertOf(failing)).to.equal(expected);
    expect(failing.shadowRoot!.querySelector(widget.content), 'content next to the alert').to.equal(null);
    // The neighbour, with the bundled data, is not affected.
    await waitFor(neighbour, () => showsContent(neighbour, widget), `the neighbouring ${widget.tag} did not render`);
    expect(alertOf(failing)).to.equal(expected);
    // Good data at another URL: the widget recovers.
    loadSettings.timeoutMs = 15_000;
    failing.setAttribute('src', widget.good);
    await waitFor(failing, () => showsContent(failing, widget), `${widget.tag} did not recover from ${fault.name}`);
    expect(showsContent(neighbour, widget)).to.equal(true);
  });
  expect(
    errors.some((e) => e.includes(url) && fault.detail.test(e)),
    `no console.error names ${url} and ${fault.detail}:\n${errors.join('\n')}`,
  ).to.equal(true);
  expect(thrown).to.deep.equal([]);
}

describe('faults in src', () => {
  const originalLang = document.documentElement.getAttribute('lang');
  const originalTimeout = loadSettings.timeoutMs;
  const originalMaxBytes = loadSettings.maxBytes;

  beforeEach(() => {
    clearDataCache();
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(async () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    loadSettings.timeoutMs = originalTimeout;
    loadSettings.maxBytes = originalMaxBytes;
    clearDataCache();
    await setPageLang(originalLang);
  });

  it('the size limit is the documented 5 MB (the 10 MB response is twice that)', () => {
    expect(loadSettings.maxBytes).to.equal(5 * 1024 * 1024);
  });

  for (const widget of WIDGETS) {
    describe(`<${widget.tag}>`, () => {
      for (const fault of FAULTS) {
        it(`shows ${fault.name} as an alert, logs it, throws nothing and recovers`, () => checkFault(widget, fault, 'en'));
      }
      const finnish = FAULTS.find((f) => f.name === widget.finnish)!;
      it(`says ${finnish.name} in Finnish on a Finnish page`, () => checkFault(widget, finnish, 'fi'));
      if (widget.programme) {
        it(`shows ${HOSTILE.name} as an alert, logs it, throws nothing and recovers`, () => checkFault(widget, HOSTILE, 'en'));
      }
    });
  }
});
