import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@hki-widgets/services/service-finder/define.js';
import type { HkiServiceFinder } from '@hki-widgets/services/service-finder.js';
import type { OpeningHours, ServicesPackage } from '@hki-widgets/data';
import { helsinkiTime } from '../src/shared/hours.js';
import { captureConsole, itDefinesItsTag, must, scrollsSideways, setPageLang, settled } from '../../../test/helpers.js';
import { service } from './synthetic.js';

/*
 * Every service below is SYNTHETIC: made-up names ("Synthetic library A"), example.org addresses and
 * +358 9 0000 0xxx numbers. The bundled services have few facts (no hours, few languages), so the
 * finder gets these through its public `data` property.
 *
 * Opening hours are built relative to the current time in Helsinki, so the tests pass at any hour.
 */
const now = helsinkiTime(new Date());
/** A weekday other than today (Monday, or Tuesday when today is Monday). */
const otherDay = now.day === 1 ? 2 : 1;
/** A full hour later today (at most 24), when service E closes. */
const laterHour = Math.min(24, Math.floor(now.minutes / 60) + 2);
const EN_DAYS = ['Monday', 'Tuesday'];
const FI_DAYS_ESSIVE = ['maanantaina', 'tiistaina'];
const SV_DAYS = ['måndag', 'tisdag'];

const ALWAYS: OpeningHours = { kind: 'structured', periods: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] };
const CLOSED_TODAY: OpeningHours = { kind: 'structured', periods: [{ days: [otherDay], opens: '09:00', closes: '16:00' }] };
const UNTIL_LATER: OpeningHours = {
  kind: 'structured',
  periods: [{ days: [now.day], opens: '00:00', closes: `${String(laterHour).padStart(2, '0')}:00` }],
};

const A = 'Synthetic library A';
const B = 'Synthetic advice point B';
const C = 'Synthetic sports hall C';
const D = 'Synthetic health station D';
const E = 'Synthetic job club E';
const F = 'Synteettinen naisten kerho F'; // Finnish only.
/** All six in name order on an English page ("Synte…" sorts before "Synth…"). */
const BY_NAME = [F, B, D, E, A, C];

const helsinki = { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' };

/** A fresh synthetic package: six services, two districts with centres. */
function synthetic(): ServicesPackage {
  return {
    schemaVersion: '1.0.0',
    locales: ['fi', 'sv', 'en'],
    sources: [{ id: 'synthetic', title: 'Synthetic test data', lang: 'en' }],
    districts: [
      {
        id: 'harbour',
        name: { fi: 'Synteettinen satama', sv: 'Syntetiska hamnen', en: 'Synthetic harbour' },
        centre: { lat: 60.16, lon: 24.95 },
        source: { sourceId: 'synthetic' },
      },
      {
        id: 'forest',
        name: { fi: 'Synteettinen metsä', sv: 'Syntetiska skogen', en: 'Synthetic forest' },
        centre: { lat: 60.25, lon: 25.05 },
        source: { sourceId: 'synthetic' },
      },
    ],
    services: [
      service({
        id: 'syn-library-a',
        name: { fi: 'Synteettinen kirjasto A', sv: 'Syntetiskt bibliotek A', en: A },
        description: { fi: 'Kirjoja ja lukusali.', sv: 'Böcker och läsesal.', en: 'Books and a reading room.' },
        topics: ['culture'],
        audiences: ['everyone', 'children'],
        languages: [{ code: 'fi' }, { code: 'sv' }, { code: 'en' }, { code: 'ar' }],
        // 0.005° north of the harbour centre: 0.56 km.
        locations: [
          {
            street: { fi: 'Esimerkkitie 1', sv: 'Exempelvägen 1', en: 'Esimerkkitie 1' },
            postalCode: '00100',
            city: helsinki,
            district: 'harbour',
            coordinates: { lat: 60.165, lon: 24.95 },
          },
        ],
        contacts: [
          { kind: 'phone', value: '+358 9 0000 0101' },
          { kind: 'email', value: 'library-a@example.org' },
          { kind: 'web', value: 'https://example.org/library-a' },
        ],
        openingHours: ALWAYS,
        accessibility: [
          {
            group: { fi: 'Sisäänkäynti', sv: 'Ingång', en: 'Entrance' },
            sentences: [{ fi: 'Sisäänkäynnissä ei ole portaita.', sv: 'Ingången har inga trappor.', en: 'The entrance has no steps.' }],
          },
        ],
        free: true,
        appointment: 'not-needed',
      }),
      service({
        id: 'syn-advice-b',
        name: { fi: 'Synteettinen neuvontapiste B', sv: 'Syntetisk rådgivning B', en: B },
        description: {
          fi: 'Neuvontaa maahan muuttaneille, tiistaisin kirjaston salissa.',
          sv: 'Rådgivning för inflyttade, på tisdagar i bibliotekets sal.',
          en: 'Advice for newcomers, on Tuesdays in the library hall.',
        },
        topics: ['settling-in'],
        audiences: ['newcomers', 'adults'],
        languages: [{ code: 'ar' }, { code: 'so' }, { code: 'fi' }],
        // 0.02° north of the forest centre: 2.2 km.
        locations: [
          {
            street: { fi: 'Metsätie 2', sv: 'Skogsvägen 2', en: 'Metsätie 2' },
            postalCode: '00700',
            city: helsinki,
            district: 'forest',
            coordinates: { lat: 60.27, lon: 25.05 },
          },
        ],
        contacts: [{ kind: 'phone', value: '+358 9 0000 0102' }],
        openingHours: CLOSED_TODAY,
        accessibility: [
          {
            group: { fi: 'Pysäköinti', sv: 'Parkering', en: 'Parking' },
            sentences: [{ fi: 'Invapaikka ovella.', sv: 'Invalidplats vid dörren.', en: 'An accessible parking space by the door.' }],
          },
        ],
        free: true,
        appointment: 'required',
      }),
      service({
        id: 'syn-sports-c',
        name: { fi: 'Synteettinen liikuntahalli C', sv: 'Syntetisk idrottshall C', en: C },
        description: {
          fi: 'Liikuntahalli kirjaston vieressä.',
          sv: 'En idrottshall bredvid biblioteket.',
          en: 'A sports hall next to the library.',
        },
        topics: ['sport'],
        audiences: ['young-people'],
        languages: [{ code: 'fi' }, { code: 'en' }, { code: 'ru' }],
        // 0.02° north of the harbour centre: 2.2 km.
        locations: [
          {
            street: { fi: 'Hallitie 3', sv: 'Hallvägen 3', en: 'Hallitie 3' },
            postalCode: '00150',
            city: helsinki,
            district: 'harbour',
            coordinates: { lat: 60.18, lon: 24.95 },
          },
        ],
        openingHours: { kind: 'unknown' },
        appointment: 'not-needed',
      }),
      service({
        id: 'syn-health-d',
        name: { fi: 'Synteettinen terveysasema D', sv: 'Syntetisk hälsostation D', en: D },
        description: { fi: 'Terveyspalveluja.', sv: 'Hälsotjänster.', en: 'Health services.' },
        topics: ['health-social'],
        audiences: ['everyone'],
        languages: [{ code: 'so' }, { code: 'en' }],
        channels: ['phone'],
        openingHours: {
          kind: 'text',
          text: { fi: 'ma–pe 8–16, kysy ovelta', sv: 'mån–fre 8–16, fråga vid dörren', en: 'Mon–Fri 8–16, ask at the door' },
        },
      }),
      service({
        id: 'syn-jobclub-e',
        name: { fi: 'Synteettinen työnhakukerho E', sv: 'Syntetisk jobbklubb E', en: E },
        description: { fi: 'Apua työnhakuun.', sv: 'Hjälp att söka jobb.', en: 'Help with looking for work.' },
        topics: ['work'],
        audiences: ['job-seekers'],
        languages: [{ code: 'fi' }, { code: 'en' }],
        // In the harbour district, but without coordinates.
        locations: [
          { street: { fi: 'Työtie 5', sv: 'Arbetsvägen 5', en: 'Työtie 5' }, postalCode: '00180', city: helsinki, district: 'harbour' },
        ],
        openingHours: UNTIL_LATER,
        free: true,
        appointment: 'optional',
      }),
      service({
        id: 'syn-club-f',
        name: { fi: F },
        description: { fi: 'Kerho kotona lapsia hoitaville äideille.' },
        topics: ['participation'],
        audiences: ['parents'],
        languages: [{ code: 'fi' }, { code: 'so' }],
        openingHours: CLOSED_TODAY,
      }),
    ],
  };
}

/** Twelve plain synthetic services, for "Show more". */
function twelve(): ServicesPackage {
  const pkg = synthetic();
  pkg.services = Array.from({ length: 12 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return service({
      id: `syn-service-${n}`,
      name: { fi: `Synteettinen palvelu ${n}`, sv: `Syntetisk tjänst ${n}`, en: `Synthetic service ${n}` },
      description: { en: 'A synthetic service.' },
      topics: ['work'],
    });
  });
  return pkg;
}

/** The test page's own address, restored after every test. */
const originalHref = location.href;
const resetUrl = () => history.replaceState(null, '', originalHref);
function setUrl(params: Record<string, string>): void {
  const url = new URL(originalHref);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  history.replaceState(null, '', url);
}
const urlParams = () => new URLSearchParams(location.search);

const root = (el: HkiServiceFinder) => el.shadowRoot!;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const countEl = (el: HkiServiceFinder) => root(el).querySelector<HTMLElement>('[part="count"]')!;
const count = (el: HkiServiceFinder) => text(countEl(el));
const field = <T extends HTMLElement = HTMLSelectElement>(el: HkiServiceFinder, id: string) => root(el).querySelector<T>(`#${id}`)!;
const searchField = (el: HkiServiceFinder) => field<HTMLInputElement>(el, 'q');
const labelOf = (el: HkiServiceFinder, id: string) => text(root(el).querySelector(`label[for="${id}"]`));
const optionLabels = (select: HTMLSelectElement) => [...select.options].map((o) => text(o));
const optionValues = (select: HTMLSelectElement) => [...select.options].map((o) => o.value);
const buttons = (scope: ParentNode) => [...scope.querySelectorAll<HTMLButtonElement>('button')];
const buttonNamed = (el: HkiServiceFinder, name: string, scope: ParentNode = root(el)) => buttons(scope).find((b) => text(b) === name);
const alertEl = (el: HkiServiceFinder) => root(el).querySelector<HTMLElement>('[role="alert"]');
/** The names of the listed results (not the "hours not known" section), in order. */
const shown = (el: HkiServiceFinder) => [...root(el).querySelectorAll('[part="results"] > li > article [part="service-name"]')].map(text);
/** The section a resident finds under the heading "Opening hours not known" (or its translation). */
const sectionHeaded = (el: HkiServiceFinder, title: string) =>
  [...root(el).querySelectorAll('section')].find((s) => text(s.querySelector('h1, h2, h3, h4, h5, h6')) === title);
const namesIn = (scope: ParentNode | undefined) => [...(scope?.querySelectorAll('article [part="service-name"]') ?? [])].map(text);
const articleNamed = (el: HkiServiceFinder, name: string) =>
  [...root(el).querySelectorAll('article')].find((a) => text(a.querySelector('[part="service-name"]')) === name)!;
const hoursOf = (article: Element) => text(article.querySelector('.hours'));

async function finder(markup: ReturnType<typeof html>): Promise<HkiServiceFinder> {
  const el = await fixture<HkiServiceFinder>(markup);
  await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="count"], [role="alert"]')));
  return el;
}

/** A finder with the synthetic services, out of the page address. */
const withData = (pkg: ServicesPackage = synthetic()) =>
  finder(html`<hki-service-finder url-state="off" .data=${pkg}></hki-service-finder>`);

async function choose(el: HkiServiceFinder, id: string, value: string): Promise<void> {
  const select = field(el, id);
  expect(optionValues(select), `no option "${value}" in #${id}`).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function search(el: HkiServiceFinder, query: string): Promise<void> {
  const input = searchField(el);
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function tick(el: HkiServiceFinder, id: 'free' | 'noAppointment' | 'openNow'): Promise<void> {
  field<HTMLInputElement>(el, id).click();
  await el.updateComplete;
}

/** Replaces navigator.geolocation for one test (undefined: a browser without it). */
async function withGeolocation<T>(geolocation: Partial<Geolocation> | undefined, fn: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
  try {
    return await fn();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
  }
}

const positionAt = (latitude: number, longitude: number) =>
  ({
    getCurrentPosition: (success: PositionCallback) =>
      success({ coords: { latitude, longitude, accuracy: 10 }, timestamp: Date.now() } as unknown as GeolocationPosition),
  }) as Partial<Geolocation>;

describe('<hki-service-finder>', () => {
  beforeEach(() => setPageLang('en'));
  afterEach(async () => {
    resetUrl();
    await setPageLang('en');
  });

  itDefinesItsTag('hki-service-finder');

  describe('the bundled services', () => {
    it('lists the 24 bundled services and announces the count in a status region', async () => {
      const el = await finder(html`<hki-service-finder url-state="off"></hki-service-finder>`);
      expect(countEl(el).getAttribute('role')).to.equal('status');
      expect(count(el)).to.equal('24 services found');
      // The first 20 are shown, the rest behind "Show more".
      expect(shown(el)).to.have.length(20);
      expect(text(root(el).querySelector('[part="more"]'))).to.equal('Show more (4 more)');
      expect(shown(el)).to.include('International House Helsinki (IHH)');
    });

    it('passes axe with the bundled services (every language tag valid)', async () => {
      const el = await finder(html`<hki-service-finder url-state="off"></hki-service-finder>`);
      await expect(el).to.be.accessible();
      // Including the rest, behind "Show more".
      must(root(el), '[part="more"]').click();
      await el.updateComplete;
      expect(shown(el)).to.have.length(24);
      await expect(el).to.be.accessible();
    });
  });

  describe('loading and errors', () => {
    it('says it is loading while the data is on its way, then that it is not in the expected format', async () => {
      const { errors } = await captureConsole(async () => {
        const el = await fixture<HkiServiceFinder>(
          html`<hki-service-finder url-state="off" src="/__test/delay/1500?finder-loading"></hki-service-finder>`,
        );
        const status = root(el).querySelector('[role="status"]')!;
        expect(text(status)).to.equal('Loading…');
        expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
        await expect(el).to.be.accessible();
        // The test server then answers {}, which is not a services package.
        await settled(el, () => Boolean(alertEl(el)), 'no error after the delay');
        expect(text(alertEl(el))).to.equal('The service information could not be shown because it is not in the expected format.');
      });
      expect(errors.join('\n')).to.contain('/__test/delay/1500?finder-loading');
    });

    it('shows a localized alert for data that cannot be loaded, and names the URL in the console', async () => {
      const { result: el, errors } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" src="/__test/status/404?finder-en"></hki-service-finder>`),
      );
      expect(text(alertEl(el))).to.equal('The service information could not be loaded. Please try again later.');
      expect(root(el).querySelector('[part="filters"]')).to.equal(null);
      expect(errors.join('\n')).to.match(
        /\[hki-service-finder\] could not use the services from http:\/\/[^ ]+\/__test\/status\/404\?finder-en: the server answered HTTP 404/,
      );
      await expect(el).to.be.accessible();
    });

    it('shows the alert in Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const { result: el, errors } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" src="/__test/status/404?finder-fi"></hki-service-finder>`),
      );
      expect(text(alertEl(el))).to.equal('Palvelujen tietoja ei voitu ladata. Yritä myöhemmin uudelleen.');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fi');
      expect(errors.join('\n')).to.contain('/__test/status/404?finder-fi');
      await expect(el).to.be.accessible();
    });
  });

  describe('search', () => {
    it('finds by the beginning of a word: "libr" finds the library', async () => {
      const el = await withData();
      await search(el, 'libr');
      expect(shown(el)[0]).to.equal(A);
      expect(shown(el)).to.have.members([A, B, C]);
      expect(count(el)).to.equal('3 services found');
    });

    it('forgives a typo: "libary" finds the library', async () => {
      const el = await withData();
      await search(el, 'libary');
      expect(shown(el)[0]).to.equal(A);
      await search(el, 'tyonhakukerjo');
      expect(shown(el)).to.deep.equal([E]);
    });

    it('ignores case and diacritics', async () => {
      const el = await withData();
      await search(el, 'TYONHAKUKERHO');
      expect(shown(el)).to.deep.equal([E]);
      await search(el, 'työnhakukerho');
      expect(shown(el)).to.deep.equal([E]);
      await search(el, 'LASESAL');
      expect(shown(el)).to.deep.equal([A]);
      await search(el, 'LUKUSALI');
      expect(shown(el)).to.deep.equal([A]);
    });

    it('finds a Swedish word on an English page', async () => {
      const el = await withData();
      await search(el, 'jobbklubb');
      expect(shown(el)).to.deep.equal([E]);
      expect(count(el)).to.equal('1 service found');
    });

    it('finds an English word on a Finnish page, and shows the Finnish name', async () => {
      await setPageLang('fi');
      const el = await withData();
      await search(el, 'job club');
      expect(shown(el)).to.deep.equal(['Synteettinen työnhakukerho E']);
    });

    it('finds a service that has only Finnish texts, marking its name as Finnish on an English page', async () => {
      const el = await withData();
      await search(el, 'naisten kerho');
      expect(shown(el)).to.deep.equal([F]);
      const name = articleNamed(el, F).querySelector('[part="service-name"] [lang]')!;
      expect(name.getAttribute('lang')).to.equal('fi');
    });

    it('finds services by the name of a language: in its own script, in Finnish and in English', async () => {
      const el = await withData();
      for (const query of ['العربية', 'arabia', 'Arabic']) {
        await search(el, query);
        expect(shown(el), query).to.have.members([A, B]);
      }
      await search(el, 'Soomaali');
      expect(shown(el)).to.have.members([B, D, F]);
      await search(el, 'venäjä');
      expect(shown(el)).to.deep.equal([C]);
    });

    it('ranks a name match above a description match', async () => {
      const el = await withData();
      await search(el, 'library');
      // By name B would come first; the library itself is the best match.
      expect(shown(el)[0]).to.equal(A);
      expect(shown(el)).to.have.members([A, B, C]);
      await choose(el, 'sort', 'name');
      expect(shown(el)).to.deep.equal([B, A, C]);
    });

    it('needs every word of the query', async () => {
      const el = await withData();
      await search(el, 'library parking');
      expect(shown(el)).to.deep.equal([]);
      await search(el, 'library books');
      expect(shown(el)).to.deep.equal([A]);
    });
  });

  describe('filters', () => {
    it('names each language in its own script and in the interface language, without flags', async () => {
      const el = await withData();
      expect(labelOf(el, 'language')).to.equal('Language of service');
      const select = field(el, 'language');
      expect(optionValues(select)).to.deep.equal(['', 'ar', 'en', 'fi', 'ru', 'so', 'sv']);
      const labels = optionLabels(select);
      expect(labels[0]).to.equal('All languages');
      const arabic = labels[1];
      expect(arabic).to.contain('العربية').and.contain(' – ').and.contain('Arabic');
      expect(labels[4]).to.contain('Русский').and.contain('Russian');
      expect(labels[5]).to.contain('Somali');
      // A flag is a language's country, not the language: none, as emoji or as images.
      expect(labels.some((l) => /\p{Regional_Indicator}/u.test(l))).to.equal(false);
      expect(select.querySelector('img')).to.equal(null);

      await setPageLang('fi');
      await settled(el, () => labelOf(el, 'language') === 'Palvelun kieli', 'did not switch to Finnish');
      const fi = optionLabels(field(el, 'language'));
      expect(fi.find((l) => l.includes('العربية'))).to.contain(' – arabia');
    });

    it('names Somali in Somali ("Soomaali"), whatever locale data the browser has', async () => {
      const el = await withData();
      const somali = [...field(el, 'language').options].find((o) => o.value === 'so')!;
      expect(text(somali)).to.contain('Soomaali').and.contain(' – Somali');
      const languages = [...articleNamed(el, D).querySelectorAll('dt')].find((dt) => text(dt) === 'Languages')!.nextElementSibling!;
      expect(text(languages.querySelector('[lang="so"]'))).to.equal('Soomaali');
    });

    it('filters by language', async () => {
      const el = await withData();
      await choose(el, 'language', 'ar');
      expect(shown(el)).to.deep.equal([B, A]);
      await choose(el, 'language', 'so');
      expect(shown(el)).to.deep.equal([F, B, D]);
      await choose(el, 'language', 'ru');
      expect(shown(el)).to.deep.equal([C]);
      await choose(el, 'language', '');
      expect(shown(el)).to.deep.equal(BY_NAME);
    });

    it('filters by topic, offering only the topics the services have', async () => {
      const el = await withData();
      expect(optionLabels(field(el, 'topic'))).to.deep.equal([
        'All topics',
        'Settling in',
        'Work',
        'Culture and libraries',
        'Sport and exercise',
        'Health and social services',
        'Taking part',
      ]);
      await choose(el, 'topic', 'culture');
      expect(shown(el)).to.deep.equal([A]);
      await choose(el, 'topic', 'work');
      expect(shown(el)).to.deep.equal([E]);
    });

    it('filters by audience', async () => {
      const el = await withData();
      expect(optionLabels(field(el, 'audience'))).to.deep.equal([
        'Everyone',
        'Newcomers to Finland',
        'Adults',
        'Young people',
        'Children',
        'Parents',
        'Job seekers',
      ]);
      // A service for everyone is for newcomers and children too.
      await choose(el, 'audience', 'newcomers');
      expect(shown(el)).to.deep.equal([B, D, A]);
      await choose(el, 'audience', 'children');
      expect(shown(el)).to.deep.equal([D, A]);
    });

    it('filters by district: the services with a place there', async () => {
      const el = await withData();
      expect(optionLabels(field(el, 'district'))).to.deep.equal(['All districts', 'Synthetic harbour', 'Synthetic forest']);
      await choose(el, 'district', 'harbour');
      expect(shown(el)).to.deep.equal([E, A, C]);
      await choose(el, 'district', 'forest');
      expect(shown(el)).to.deep.equal([B]);
    });

    it('filters by accessibility: any information, or one group', async () => {
      const el = await withData();
      expect(optionLabels(field(el, 'access'))).to.deep.equal(['No requirement', 'Accessibility information given', 'Entrance', 'Parking']);
      await choose(el, 'access', 'any');
      expect(shown(el)).to.deep.equal([B, A]);
      const entrance = optionValues(field(el, 'access'))[2];
      await choose(el, 'access', entrance);
      expect(shown(el)).to.deep.equal([A]);
    });

    it('shows only free services, and only services without an appointment', async () => {
      const el = await withData();
      expect(labelOf(el, 'free')).to.equal('Free of charge');
      expect(labelOf(el, 'noAppointment')).to.equal('No appointment needed');
      await tick(el, 'free');
      expect(shown(el)).to.deep.equal([B, E, A]);
      await tick(el, 'free');
      await tick(el, 'noAppointment');
      expect(shown(el)).to.deep.equal([A, C]);
    });

    it('open now: lists open services, puts unknown hours in their own section, leaves closed ones out', async () => {
      const el = await withData();
      expect(labelOf(el, 'openNow')).to.equal('Open now');
      await tick(el, 'openNow');
      expect(shown(el)).to.deep.equal([E, A]);
      expect(count(el)).to.equal('2 services found, and 2 with unknown opening hours');
      const unknown = sectionHeaded(el, 'Opening hours not known');
      expect(unknown, 'no section headed "Opening hours not known"').to.not.equal(undefined);
      expect(unknown!.querySelector('h1, h2, h3, h4, h5, h6')!.tagName).to.equal('H2');
      expect(text(unknown)).to.contain('their opening hours are not known. Check with them before you go.');
      expect(namesIn(unknown)).to.deep.equal([D, C]);
      // Closed services are nowhere.
      expect(text(root(el).querySelector('[part="base"]')))
        .to.not.contain(B)
        .and.not.contain(F);
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('open now never drops services with unknown hours, even when none is open', async () => {
      const el = await withData();
      await choose(el, 'language', 'so');
      await tick(el, 'openNow');
      expect(shown(el)).to.deep.equal([]);
      expect(count(el)).to.equal('0 services found, and 1 with unknown opening hours');
      expect(namesIn(sectionHeaded(el, 'Opening hours not known'))).to.deep.equal([D]);
      await expect(el).to.be.accessible();
    });

    it('combines filters: a service must pass them all', async () => {
      const el = await withData();
      await choose(el, 'language', 'fi');
      expect(shown(el)).to.deep.equal([F, B, E, A, C]);
      await tick(el, 'free');
      expect(shown(el)).to.deep.equal([B, E, A]);
      await choose(el, 'district', 'harbour');
      expect(shown(el)).to.deep.equal([E, A]);
      await tick(el, 'noAppointment');
      expect(shown(el)).to.deep.equal([A]);
      await search(el, 'books');
      expect(shown(el)).to.deep.equal([A]);
      await choose(el, 'topic', 'work');
      expect(shown(el)).to.deep.equal([]);
      expect(count(el)).to.equal('0 services found');
    });

    it('fires hki-filter-change with the filters and the number of results', async () => {
      const el = await withData();
      setTimeout(() => void choose(el, 'language', 'ar'));
      const event = await oneEvent(el, 'hki-filter-change');
      expect(event.detail).to.deep.equal({
        filters: {
          q: '',
          language: 'ar',
          topic: '',
          audience: '',
          district: '',
          access: '',
          free: false,
          noAppointment: false,
          openNow: false,
          sort: 'relevance',
        },
        count: 2,
      });
      expect(event.bubbles && event.composed).to.equal(true);
      setTimeout(() => void search(el, 'zzzz'));
      const searched = await oneEvent(el, 'hki-filter-change');
      expect(searched.detail.count).to.equal(0);
      expect(searched.detail.filters.q).to.equal('zzzz');
    });
  });

  describe('order', () => {
    it('sorts by name', async () => {
      const el = await withData();
      expect(optionLabels(field(el, 'sort'))).to.deep.equal(['Best match', 'Name', 'Distance from the district or your position']);
      await choose(el, 'sort', 'name');
      expect(shown(el)).to.deep.equal(BY_NAME);
    });

    it('sorts by distance from a chosen district, nearest first, those without coordinates last', async () => {
      const el = await withData();
      await choose(el, 'district', 'harbour');
      await choose(el, 'sort', 'distance');
      expect(shown(el)).to.deep.equal([A, C, E]);
      expect(text(articleNamed(el, A))).to.contain('0,6 km away');
      expect(text(articleNamed(el, C))).to.contain('2,2 km away');
      expect(text(articleNamed(el, E))).to.not.contain('km away');
    });

    it('"Use my position" sorts by distance from the device\'s position and says it is not saved', async () => {
      await withGeolocation(positionAt(60.25, 25.05), async () => {
        const el = await withData();
        expect(root(el).querySelector('[part="filters"] [role="status"]')).to.equal(null);
        buttonNamed(el, 'Use my position')!.click();
        await el.updateComplete;
        expect(field(el, 'sort').value).to.equal('distance');
        expect(shown(el).slice(0, 3)).to.deep.equal([B, C, A]);
        expect(shown(el).slice(3)).to.have.members([D, E, F]);
        expect(text(articleNamed(el, B))).to.contain('2,2 km away');
        const note = root(el).querySelector('[part="filters"] [role="status"]');
        expect(text(note)).to.equal('Sorted by distance from your position. It is not saved or sent anywhere.');
        await expect(el).to.be.accessible();
      });
    });

    it('says so when the position cannot be used', async () => {
      const refusing = {
        getCurrentPosition: (_: PositionCallback, error?: PositionErrorCallback | null) =>
          error?.({ code: 1, message: 'denied' } as GeolocationPositionError),
      } as Partial<Geolocation>;
      await withGeolocation(refusing, async () => {
        const el = await withData();
        buttonNamed(el, 'Use my position')!.click();
        await el.updateComplete;
        expect(text(alertEl(el))).to.equal('Your position could not be used. You can choose a district instead.');
        expect(field(el, 'sort').value).to.equal('relevance');
        expect(shown(el)).to.deep.equal(BY_NAME);

        await setPageLang('fi');
        const fi = await withData();
        buttonNamed(fi, 'Käytä sijaintiani')!.click();
        await fi.updateComplete;
        expect(text(alertEl(fi))).to.equal('Sijaintiasi ei voitu käyttää. Voit valita sen sijaan suurpiirin.');
      });
    });

    it('says so when the browser cannot tell the position at all', async () => {
      await withGeolocation(undefined, async () => {
        const el = await withData();
        buttonNamed(el, 'Use my position')!.click();
        await el.updateComplete;
        expect(text(alertEl(el))).to.equal('This browser cannot tell your position.');
      });
    });
  });

  describe('the count', () => {
    it('uses the right plural in English, Finnish and Swedish', async () => {
      const expected: [string, string, string][] = [
        ['en', '1 service found', '2 services found'],
        ['fi', '1 palvelu löytyi', '2 palvelua löytyi'],
        ['sv', '1 tjänst hittades', '2 tjänster hittades'],
      ];
      for (const [lang, one, two] of expected) {
        await setPageLang(lang);
        const el = await withData();
        const status = countEl(el);
        expect(status.getAttribute('role'), lang).to.equal('status');
        await choose(el, 'language', 'ru');
        expect(count(el), lang).to.equal(one);
        await choose(el, 'language', 'ar');
        expect(count(el), lang).to.equal(two);
        // The same live region is updated, not replaced, so it is announced.
        expect(countEl(el)).to.equal(status);
      }
    });
  });

  describe('no results', () => {
    it('lists each active filter with a "Remove" button; removing one brings results back', async () => {
      const el = await withData();
      await choose(el, 'language', 'ar');
      await search(el, 'zzzz');
      expect(count(el)).to.equal('0 services found');
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(text(empty)).to.contain('No service matches all of these:');
      const items = [...empty.querySelectorAll('li')];
      expect(items).to.have.length(2);
      const removeButtons = buttons(empty).filter((b) => text(b).startsWith('Remove'));
      // Each button's name says what it removes.
      expect(removeButtons.map(text)).to.deep.equal(['Remove: the words "zzzz"', 'Remove: language: Arabic']);
      await expect(el).to.be.accessible();

      removeButtons[0].click();
      await el.updateComplete;
      expect(searchField(el).value).to.equal('');
      expect(shown(el)).to.deep.equal([B, A]);
      expect(count(el)).to.equal('2 services found');
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
    });

    it('names every kind of filter it lists', async () => {
      const el = await withData();
      await choose(el, 'topic', 'sport');
      await choose(el, 'audience', 'children');
      await choose(el, 'district', 'forest');
      await choose(el, 'access', 'any');
      await tick(el, 'free');
      await tick(el, 'noAppointment');
      const empty = root(el).querySelector('[part="empty"]')!;
      const names = buttons(empty)
        .map(text)
        .filter((n) => n.startsWith('Remove'));
      expect(names).to.deep.equal([
        'Remove: topic: Sport and exercise',
        'Remove: for: Children',
        'Remove: the district',
        'Remove: accessibility',
        'Remove: free of charge',
        'Remove: no appointment needed',
      ]);
    });

    it('"Clear filters" brings every service back and focuses the search field', async () => {
      const el = await withData();
      await choose(el, 'topic', 'sport');
      await tick(el, 'free');
      await search(el, 'nothing like this');
      const empty = root(el).querySelector('[part="empty"]')!;
      buttonNamed(el, 'Clear filters', empty)!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(count(el)).to.equal('6 services found');
      expect(shown(el)).to.deep.equal(BY_NAME);
      expect(searchField(el).value).to.equal('');
      expect(field(el, 'topic').value).to.equal('');
      expect(field<HTMLInputElement>(el, 'free').checked).to.equal(false);
      expect(root(el).activeElement).to.equal(searchField(el));
    });
  });

  describe('page address', () => {
    it('writes the filters to the address', async () => {
      const el = await finder(html`<hki-service-finder .data=${synthetic()}></hki-service-finder>`);
      // The entries the finder adds to the session history (history.length stops at 50 in Chromium,
      // which a long test run reaches): pushState calls, passed on as they are.
      const push = history.pushState.bind(history);
      let pushed = 0;
      history.pushState = (...args: Parameters<History['pushState']>) => {
        pushed += 1;
        push(...args);
      };
      try {
        await search(el, 'library');
        expect(urlParams().get('service-q')).to.equal('library');
        // Typing replaces the entry rather than adding one per key.
        expect(pushed).to.equal(0);
        await choose(el, 'language', 'ar');
        expect(urlParams().get('service-language')).to.equal('ar');
        expect(pushed).to.equal(1);
      } finally {
        history.pushState = push;
      }
      await choose(el, 'topic', 'culture');
      expect(urlParams().get('service-topic')).to.equal('culture');
      await tick(el, 'openNow');
      expect(urlParams().get('service-open-now')).to.equal('1');
      await tick(el, 'free');
      expect(urlParams().get('service-free')).to.equal('1');
      await choose(el, 'sort', 'name');
      expect(urlParams().get('service-sort')).to.equal('name');
      // Switching a filter off removes it from the address.
      await tick(el, 'openNow');
      expect(urlParams().has('service-open-now')).to.equal(false);
      // The page's own parameters stay.
      const original = new URL(originalHref).searchParams;
      for (const [key, value] of original) expect(urlParams().get(key)).to.equal(value);
    });

    it('reads the filters from the address', async () => {
      setUrl({ 'service-q': 'library', 'service-language': 'ar', 'service-open-now': '1' });
      const el = await finder(html`<hki-service-finder .data=${synthetic()}></hki-service-finder>`);
      expect(searchField(el).value).to.equal('library');
      expect(field(el, 'language').value).to.equal('ar');
      expect(field<HTMLInputElement>(el, 'openNow').checked).to.equal(true);
      expect(shown(el)).to.deep.equal([A]);
      expect(count(el)).to.equal('1 service found');
    });

    it('reads district, access, free, appointment and sort from the address', async () => {
      setUrl({ 'service-district': 'harbour', 'service-sort': 'distance', 'service-no-appointment': '1', 'service-access': 'any' });
      const el = await finder(html`<hki-service-finder .data=${synthetic()}></hki-service-finder>`);
      expect(field(el, 'district').value).to.equal('harbour');
      expect(field(el, 'sort').value).to.equal('distance');
      expect(field<HTMLInputElement>(el, 'noAppointment').checked).to.equal(true);
      expect(shown(el)).to.deep.equal([A]);
    });

    it('ignores an unknown order in the address', async () => {
      setUrl({ 'service-sort': 'random' });
      const el = await finder(html`<hki-service-finder .data=${synthetic()}></hki-service-finder>`);
      expect(field(el, 'sort').value).to.equal('relevance');
      expect(shown(el)).to.deep.equal(BY_NAME);
    });

    it('ignores a malformed language in the address with one warning naming it, throws nothing and shows the results', async () => {
      const thrown: string[] = [];
      const onError = (event: ErrorEvent) => thrown.push(`error: ${event.message}`);
      const onRejection = (event: PromiseRejectionEvent) => thrown.push(`unhandled rejection: ${String(event.reason)}`);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        for (const value of ['xx_YY', '%', 'constructor', 'javascript:alert(1)']) {
          setUrl({ 'service-language': value });
          const { result: el, warnings } = await captureConsole(() =>
            finder(html`<hki-service-finder .data=${synthetic()}></hki-service-finder>`),
          );
          expect(count(el), value).to.equal('6 services found');
          expect(shown(el), value).to.deep.equal(BY_NAME);
          expect(field(el, 'language').value, value).to.equal('');
          expect(warnings, value).to.have.length(1);
          expect(warnings[0], value).to.contain('[hki-service-finder]').and.contain('service-language').and.contain(value);
          // The finder still works: a language from its own list filters.
          await choose(el, 'language', 'ar');
          expect(shown(el), value).to.deep.equal([B, A]);
          expect(urlParams().get('service-language'), value).to.equal('ar');
        }
        expect(thrown).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });

    it('goes back to the previous filters with the back button, and the filter shows them', async () => {
      const el = await finder(html`<hki-service-finder .data=${synthetic()}></hki-service-finder>`);
      // Chosen with the keyboard, as a resident would: All topics → … → Culture and libraries, then Sport.
      expect(optionValues(field(el, 'topic')).slice(0, 5)).to.deep.equal(['', 'settling-in', 'work', 'culture', 'sport']);
      field(el, 'topic').focus();
      for (let i = 0; i < 3; i += 1) {
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
      }
      expect(field(el, 'topic').value).to.equal('culture');
      expect(shown(el)).to.deep.equal([A]);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field(el, 'topic').value).to.equal('sport');
      expect(shown(el)).to.deep.equal([C]);
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
      expect(urlParams().get('service-topic')).to.equal('culture');
      expect(shown(el)).to.deep.equal([A]);
      expect(count(el)).to.equal('1 service found');
      // The filter the resident sees must say what the results are filtered by.
      expect(field(el, 'topic').value, 'the Topic filter still shows the later choice').to.equal('culture');
    });

    it('leaves the address alone with url-state="off"', async () => {
      setUrl({ 'service-topic': 'sport' });
      const href = location.href;
      const el = await withData();
      // Nor does it read it.
      expect(field(el, 'topic').value).to.equal('');
      await choose(el, 'language', 'ar');
      await search(el, 'library');
      await tick(el, 'openNow');
      expect(location.href).to.equal(href);
    });
  });

  describe('show more', () => {
    it('shows a page at a time, and moves focus to the first new result', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" page-size="5" .data=${twelve()}></hki-service-finder>`);
      expect(count(el)).to.equal('12 services found');
      expect(shown(el)).to.have.length(5);
      const more = () => root(el).querySelector<HTMLButtonElement>('[part="more"]');
      expect(text(more())).to.equal('Show more (7 more)');
      more()!.click();
      await el.updateComplete;
      expect(shown(el)).to.have.length(10);
      const articles = () => [...root(el).querySelectorAll('[part="results"] > li > article')];
      expect(root(el).activeElement).to.equal(articles()[5]);
      expect(text(root(el).activeElement!.querySelector('[part="service-name"]'))).to.equal('Synthetic service 06');
      expect(text(more())).to.equal('Show more (2 more)');
      more()!.click();
      await el.updateComplete;
      expect(shown(el)).to.have.length(12);
      expect(more()).to.equal(null);
      expect(root(el).activeElement).to.equal(articles()[10]);
      await expect(el).to.be.accessible();
    });

    it('starts again from one page when a filter changes', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" page-size="5" .data=${twelve()}></hki-service-finder>`);
      must(root(el), '[part="more"]').click();
      await el.updateComplete;
      await search(el, 'synthetic');
      expect(shown(el)).to.have.length(5);
    });
  });

  describe('presets', () => {
    it('topics="culture" shows only culture services', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" topics="culture" .data=${synthetic()}></hki-service-finder>`);
      expect(shown(el)).to.deep.equal([A]);
      const both = await finder(
        html`<hki-service-finder url-state="off" topics="culture sport" .data=${synthetic()}></hki-service-finder>`,
      );
      expect(shown(both)).to.deep.equal([A, C]);
    });

    it('languages="ar so" shows services given in either', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" languages="ar so" .data=${synthetic()}></hki-service-finder>`);
      expect(shown(el)).to.deep.equal([F, B, D, A]);
      expect(count(el)).to.equal('4 services found');
    });

    it('audiences="parents" shows only services for parents', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" audiences="parents" .data=${synthetic()}></hki-service-finder>`);
      expect(shown(el)).to.deep.equal([F]);
    });

    it('district="harbour" starts from that district, and "Clear filters" returns to it', async () => {
      const el = await finder(html`<hki-service-finder url-state="off" district="harbour" .data=${synthetic()}></hki-service-finder>`);
      expect(field(el, 'district').value).to.equal('harbour');
      expect(shown(el)).to.deep.equal([E, A, C]);
      await choose(el, 'district', 'forest');
      expect(shown(el)).to.deep.equal([B]);
      buttonNamed(el, 'Clear filters')!.click();
      await el.updateComplete;
      expect(field(el, 'district').value).to.equal('harbour');
      expect(shown(el)).to.deep.equal([E, A, C]);
    });
  });

  describe('result cards', () => {
    it('renders contacts as tel:, mailto: and https: links only; a javascript: address is no link and is reported', async () => {
      const pkg = synthetic();
      pkg.services[0].contacts!.push({ kind: 'web', value: 'javascript:alert(1)' });
      const { result: el, warnings } = await captureConsole(() => withData(pkg));
      const card = articleNamed(el, A);
      const links = [...card.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:+358900000101',
        'mailto:library-a@example.org',
        'https://example.org/library-a',
      ]);
      expect(links.map(text)).to.deep.equal([
        'Phone: +358 9 0000 0101',
        'Email: library-a@example.org',
        // A link's text is its name; one without a name says what it is and where it leads, never its bare address.
        'Website (example.org)',
      ]);
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect(text(card)).to.not.contain('javascript:');
      expect(warnings.join('\n')).to.contain('javascript:alert(1)');
    });

    it('shows the address with postal code and city, and the district', async () => {
      const el = await withData();
      const card = articleNamed(el, A);
      const address = [...card.querySelectorAll('dt')].find((dt) => text(dt) === 'Address')!.nextElementSibling!;
      expect(text(address)).to.contain('Esimerkkitie 1, 00100 Helsinki').and.contain('District: Synthetic harbour');
    });

    it('lists the languages, each name in its own language', async () => {
      const el = await withData();
      const card = articleNamed(el, A);
      const languages = [...card.querySelectorAll('dt')].find((dt) => text(dt) === 'Languages')!.nextElementSibling!;
      expect([...languages.querySelectorAll('li')].map(text)).to.deep.equal([
        'Suomi (Finnish)',
        'Svenska (Swedish)',
        'English',
        'العربية (Arabic)',
      ]);
      const arabic = languages.querySelector('[lang="ar"]')!;
      expect(text(arabic)).to.equal('العربية');
      expect(text(languages.querySelector('[lang="fi"]'))).to.equal('Suomi');
    });

    it('says when a service is open or when it opens, in Finnish-style times', async () => {
      const el = await withData();
      expect(hoursOf(articleNamed(el, A))).to.equal('Open now, until midnight');
      expect(hoursOf(articleNamed(el, E))).to.equal(`Open now, closes at ${laterHour}.00`);
      expect(hoursOf(articleNamed(el, B))).to.equal(`Closed now, opens ${EN_DAYS[otherDay - 1]} at 9.00`);
    });

    it('says when opening hours are not known, and shows free-text hours as given', async () => {
      const el = await withData();
      expect(hoursOf(articleNamed(el, C))).to.equal('Opening hours: not known');
      expect(hoursOf(articleNamed(el, D))).to.equal('Opening hours: Mon–Fri 8–16, ask at the door');
    });

    it('shows free of charge and appointment as badges', async () => {
      const el = await withData();
      expect(text(articleNamed(el, A).querySelector('.badges'))).to.equal('Free of charge No appointment needed');
      expect(text(articleNamed(el, B).querySelector('.badges'))).to.equal('Free of charge Appointment needed');
      expect(text(articleNamed(el, D).querySelector('.badges'))).to.equal('');
    });

    it('keeps accessibility facts in a disclosure', async () => {
      const el = await withData();
      const details = articleNamed(el, A).querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal('Accessibility (1 fact)');
      must(details, 'summary').click();
      expect(details.open).to.equal(true);
      expect(text(details)).to.contain('Entrance').and.contain('The entrance has no steps.');
      expect(articleNamed(el, C).querySelector('details')).to.equal(null);
    });

    it('gives each result a heading at level 3, or at heading-level', async () => {
      const el = await withData();
      const headings = [...root(el).querySelectorAll('[part="service-name"]')];
      expect(headings.every((h) => h.tagName === 'H3')).to.equal(true);
      expect(articleNamed(el, A).getAttribute('aria-labelledby')).to.equal(articleNamed(el, A).querySelector('[part="service-name"]')!.id);
      const two = await finder(html`<hki-service-finder url-state="off" heading-level="2" .data=${synthetic()}></hki-service-finder>`);
      expect(two.shadowRoot!.querySelector('[part="service-name"]')!.tagName).to.equal('H2');
    });

    it('renders hostile text from data as text', async () => {
      const pkg = synthetic();
      pkg.services[0].name = { en: '<img src=x onerror="window.__pwnedServices=1">' };
      pkg.services[0].description = { en: '<script>window.__pwnedServices=2</script>' };
      pkg.districts[0].name = { en: '<b onmouseover="window.__pwnedServices=3">harbour</b>' };
      const el = await withData(pkg);
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(shown(el)).to.include('<img src=x onerror="window.__pwnedServices=1">');
      expect(text(root(el))).to.contain('<script>window.__pwnedServices=2</script>');
      expect(optionLabels(field(el, 'district'))).to.include('<b onmouseover="window.__pwnedServices=3">harbour</b>');
      expect((window as unknown as { __pwnedServices?: number }).__pwnedServices).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
    it('reaches the search field, the filters, the checkboxes and the buttons with Tab, in reading order', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div>
          <button type="button">Before</button><hki-service-finder url-state="off" .data=${synthetic()}></hki-service-finder>
        </div>`,
      );
      const el = wrapper.querySelector('hki-service-finder')!;
      await settled(el, () => Boolean(el.shadowRoot?.querySelector('[part="count"]')));
      must(wrapper, 'button').focus();
      const expected: [string, () => Element][] = [
        ['search field', () => searchField(el)],
        ['language', () => field(el, 'language')],
        ['topic', () => field(el, 'topic')],
        ['audience', () => field(el, 'audience')],
        ['district', () => field(el, 'district')],
        ['accessibility', () => field(el, 'access')],
        ['free', () => field(el, 'free')],
        ['no appointment', () => field(el, 'noAppointment')],
        ['open now', () => field(el, 'openNow')],
        ['order', () => field(el, 'sort')],
        ['Use my position', () => buttonNamed(el, 'Use my position')!],
        ['Clear filters', () => buttonNamed(el, 'Clear filters')!],
      ];
      for (const [name, target] of expected) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement, name).to.equal(el);
        expect(root(el).activeElement, name).to.equal(target());
      }
      // Then into the results: the first link of a card.
      await sendKeys({ press: 'Tab' });
      const inResults = root(el).activeElement!;
      expect(inResults.closest('[part="results"]')).to.not.equal(null);
      expect(inResults.tagName).to.equal('A');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root(el).activeElement).to.equal(buttonNamed(el, 'Clear filters'));
    });

    it('ticks a checkbox with Space and changes a filter with the arrow keys', async () => {
      const el = await withData();
      field(el, 'openNow').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(field<HTMLInputElement>(el, 'openNow').checked).to.equal(true);
      expect(shown(el)).to.deep.equal([E, A]);
      field(el, 'topic').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field(el, 'topic').value).to.equal('settling-in');
      expect(count(el)).to.equal('0 services found');
    });
  });

  describe('languages', () => {
    it('speaks Finnish on a Finnish page', async () => {
      await setPageLang('fi');
      const el = await withData();
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fi');
      expect(root(el).querySelector('[part="filters"]')!.getAttribute('aria-label')).to.equal('Etsi palveluja');
      expect(labelOf(el, 'q')).to.equal('Hae palveluja');
      expect(labelOf(el, 'language')).to.equal('Palvelun kieli');
      expect(labelOf(el, 'district')).to.equal('Suurpiiri');
      expect(labelOf(el, 'openNow')).to.equal('Avoinna nyt');
      expect(text(root(el).querySelector('legend'))).to.equal('Näytä vain');
      expect(optionLabels(field(el, 'topic'))[0]).to.equal('Kaikki aiheet');
      expect(buttonNamed(el, 'Käytä sijaintiani')).to.not.equal(undefined);
      expect(buttonNamed(el, 'Tyhjennä suodattimet')).to.not.equal(undefined);
      expect(count(el)).to.equal('6 palvelua löytyi');
      expect(shown(el)).to.include('Synteettinen kirjasto A');
      expect(hoursOf(articleNamed(el, 'Synteettinen kirjasto A'))).to.equal('Avoinna nyt, keskiyöhön asti');
      expect(hoursOf(articleNamed(el, 'Synteettinen liikuntahalli C'))).to.equal('Aukioloajat: ei tiedossa');
      expect(hoursOf(articleNamed(el, 'Synteettinen terveysasema D'))).to.equal('Aukioloajat: ma–pe 8–16, kysy ovelta');
      await expect(el).to.be.accessible();
      await tick(el, 'openNow');
      expect(count(el)).to.equal('2 palvelua löytyi, ja 2, joiden aukioloajat eivät ole tiedossa');
      expect(sectionHeaded(el, 'Aukioloajat eivät ole tiedossa')).to.not.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('says in good Finnish on which weekday a service opens ("avautuu maanantaina klo 9.00")', async () => {
      await setPageLang('fi');
      const el = await withData();
      expect(hoursOf(articleNamed(el, 'Synteettinen neuvontapiste B'))).to.equal(
        `Suljettu nyt, avautuu ${FI_DAYS_ESSIVE[otherDay - 1]} klo 9.00`,
      );
    });

    it('speaks Swedish on a Swedish page', async () => {
      await setPageLang('sv');
      const el = await withData();
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('sv');
      expect(labelOf(el, 'q')).to.equal('Sök tjänster');
      expect(labelOf(el, 'language')).to.equal('Tjänstens språk');
      expect(text(root(el).querySelector('legend'))).to.equal('Visa bara');
      expect(buttonNamed(el, 'Använd min position')).to.not.equal(undefined);
      expect(buttonNamed(el, 'Rensa filtren')).to.not.equal(undefined);
      expect(count(el)).to.equal('6 tjänster hittades');
      expect(shown(el)).to.include('Syntetiskt bibliotek A');
      expect(hoursOf(articleNamed(el, 'Syntetiskt bibliotek A'))).to.equal('Öppet nu, till midnatt');
      expect(hoursOf(articleNamed(el, 'Syntetisk rådgivning B'))).to.equal(`Stängt nu, öppnar ${SV_DAYS[otherDay - 1]} kl. 9.00`);
      await expect(el).to.be.accessible();
      await search(el, 'zzzz');
      expect(text(root(el).querySelector('[part="empty"]'))).to.contain('Ingen tjänst motsvarar alla dessa:');
      expect(buttons(root(el).querySelector('[part="empty"]')!).map(text)).to.include('Ta bort: orden ”zzzz”');
      await expect(el).to.be.accessible();
    });

    it('speaks English on an English page, and every state passes axe', async () => {
      const el = await withData();
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(labelOf(el, 'q')).to.equal('Search services');
      expect(text(root(el).querySelector('.hint'))).to.equal('Search in Finnish, Swedish or English, or by the name of a language.');
      await expect(el).to.be.accessible();
      await tick(el, 'openNow');
      await expect(el).to.be.accessible();
      await search(el, 'zzzz');
      expect(root(el).querySelector('[part="empty"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('follows a change of <html lang> live', async () => {
      const el = await withData();
      await choose(el, 'language', 'ar');
      await setPageLang('sv');
      await settled(el, () => count(el) === '2 tjänster hittades', 'did not switch to Swedish');
      expect(field(el, 'language').value).to.equal('ar');
      expect(shown(el)).to.deep.equal(['Syntetisk rådgivning B', 'Syntetiskt bibliotek A']);
    });

    it('falls back to English on a right-to-left Arabic page, marked lang="en", and an Arabic query works', async () => {
      await setPageLang('ar', 'rtl');
      const el = await withData();
      await settled(el, () => count(el) === '6 services found');
      expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
      expect(labelOf(el, 'q')).to.equal('Search services');
      await search(el, 'العربية');
      expect(shown(el)).to.have.members([A, B]);
      expect(count(el)).to.equal('2 services found');
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('reflows at 320 CSS pixels without sideways scrolling', async () => {
      const el = await withData();
      try {
        expect(await scrollsSideways(320)).to.equal(false);
        for (const id of ['q', 'language', 'topic', 'audience', 'district', 'access', 'sort']) {
          expect(field(el, id).getBoundingClientRect().right, id).to.be.at.most(320);
        }
        await tick(el, 'openNow');
        expect(await scrollsSideways(320)).to.equal(false);
        await search(el, 'zzzz');
        expect(await scrollsSideways(320)).to.equal(false);
      } finally {
        await scrollsSideways(800);
      }
    });

    it('reflows at 320 CSS pixels with text at 200 %', async () => {
      const el = await withData();
      document.documentElement.style.fontSize = '200%';
      try {
        expect(parseFloat(getComputedStyle(searchField(el)).fontSize)).to.equal(32);
        expect(await scrollsSideways(320)).to.equal(false);
        for (const id of ['q', 'language', 'sort']) expect(field(el, id).getBoundingClientRect().right, id).to.be.at.most(320);
      } finally {
        document.documentElement.style.fontSize = '';
        await scrollsSideways(800);
      }
    });
  });

  describe("the city's feeds", () => {
    const servicemapUrl = new URL('./fixtures/servicemap-units.json', import.meta.url).href;
    const tprUrl = new URL('./fixtures/tpr-units.json', import.meta.url).href;
    type Named = {
      id?: unknown;
      name?: Record<string, string | null> | null;
      name_fi?: string;
      name_en?: string | null;
      name_sv?: string | null;
    };
    /** The English name of each unit that has an id and a name, else its Finnish or Swedish one. */
    const expectedNames = (units: Named[], flat: boolean) =>
      units
        .filter((u) => u.id !== undefined && u.id !== null)
        .map((u) => (flat ? (u.name_en ?? u.name_fi ?? u.name_sv) : (u.name?.en ?? u.name?.fi ?? u.name?.sv)))
        .filter((n): n is string => Boolean(n));

    it('lists the units of a Service Map v2 unit list (format="servicemap") by name', async () => {
      const json = (await (await fetch(servicemapUrl)).json()) as { results: Named[] };
      const names = expectedNames(json.results, false);
      expect(names).to.include('Example unit A (synthetic)');
      const { result: el } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="servicemap" src=${servicemapUrl}></hki-service-finder>`),
      );
      expect(shown(el)).to.have.members(names);
      expect(count(el)).to.equal(`${names.length} services found`);
      await expect(el).to.be.accessible();
    });

    it('lists the units of a TPR v4 unit list (format="tpr") by name', async () => {
      const json = (await (await fetch(tprUrl)).json()) as Named[];
      const names = expectedNames(json, true);
      expect(names).to.include('Example service point (synthetic)');
      const { result: el } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="tpr" src=${tprUrl}></hki-service-finder>`),
      );
      expect(shown(el)).to.have.members(names);
      expect(count(el)).to.equal(`${names.length} services found`);
    });

    it('says "not in the expected format" for format="servicemap" pointed at JSON that is not a unit list', async () => {
      const notUnits = new URL('../../data/dist/services.json', import.meta.url).href;
      const { result: el, errors } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="servicemap" src=${notUnits}></hki-service-finder>`),
      );
      expect(alertEl(el), 'no alert: the document was read as an empty unit list').to.not.equal(null);
      expect(text(alertEl(el))).to.equal('The service information could not be shown because it is not in the expected format.');
      expect(errors.join('\n')).to.contain(notUnits);
    });

    it('says "not in the expected format" for format="tpr" given an empty object', async () => {
      await setPageLang('fi');
      const { result: el } = await captureConsole(() =>
        finder(html`<hki-service-finder url-state="off" format="tpr" src="/__test/delay/1?tpr-not-units"></hki-service-finder>`),
      );
      expect(text(alertEl(el))).to.equal('Palvelujen tietoja ei voitu näyttää, koska ne eivät ole odotetussa muodossa.');
    });
  });
});
