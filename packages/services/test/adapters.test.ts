import { expect } from '@open-wc/testing';
import type { OpeningHours, Service } from '@hki-widgets/data';
import { fromServiceMapList, fromServiceMapUnit } from '../src/adapters/servicemap.js';
import { fromTprList, fromTprUnit } from '../src/adapters/tpr.js';
import { fromHaukiOpeningHours } from '../src/adapters/hauki.js';
import { adapt, fromServicesPackage, looksLikeService } from '../src/adapters/index.js';

/** A fixture file next to this test, parsed. */
async function fixture(name: string): Promise<unknown> {
  const response = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

/** A JSON copy, so a test can change a fixture without touching the others. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function byId(services: Service[], id: string): Service {
  const service = services.find((s) => s.id === id);
  if (!service) throw new Error(`no service ${id} in ${services.map((s) => s.id).join(', ')}`);
  return service;
}

const provenance = { name: 'seed-other', description: 'seed-other' };
const MALFORMED: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'units'],
  ['a number', 42],
  ['a boolean', true],
  ['an empty object', {}],
  ['results that are not a list', { count: 1, results: 'nope' }],
];

describe('Service Map v2 adapter', () => {
  let list: { results: unknown[] };
  let services: Service[];
  const source = { sourceId: 'servicemap', ref: 'unit 900001' };

  before(async () => {
    list = (await fixture('servicemap-units.json')) as { results: unknown[] };
    services = fromServiceMapList(list).services;
  });

  it('reads a {count, next, results} list and counts the unit without a name as skipped', () => {
    const result = fromServiceMapList(list);
    expect(result.services.map((s) => s.id)).to.deep.equal(['servicemap-900001', 'servicemap-900002', 'servicemap-900003']);
    expect(result.skipped).to.equal(1);
  });

  it('reads a plain array of units the same way', () => {
    const result = fromServiceMapList(list.results);
    expect(result.services).to.deep.equal(services);
    expect(result.skipped).to.equal(1);
  });

  it('reads a single unit response (/v2/unit/<id>/) as a list of one', () => {
    expect(fromServiceMapList(list.results[0])).to.deep.equal({ services: [services[0]], skipped: 0 });
    expect(fromServiceMapList({ id: 'not-a-unit-id' })).to.deep.equal({ services: [], skipped: 1 });
  });

  it('maps a full unit field by field', () => {
    const a = fromServiceMapUnit(list.results[0]);
    const hoursLabel = { fi: 'Aukioloajat', sv: 'Öppettider', en: 'Opening hours' };
    expect(a).to.deep.equal({
      id: 'servicemap-900001',
      name: { fi: 'Esimerkkitoimipiste A (synteettinen)', sv: 'Exempelenhet A (syntetisk)', en: 'Example unit A (synthetic)' },
      description: { fi: 'Synteettinen lyhyt kuvaus.', sv: 'Syntetisk kort beskrivning.', en: 'Synthetic short description.' },
      providerName: { fi: 'Esimerkkiosasto (synteettinen)', sv: 'Exempelavdelning (syntetisk)', en: 'Example department (synthetic)' },
      topics: [],
      audiences: [],
      languages: [],
      channels: ['in-person', 'online'],
      locations: [
        {
          street: { fi: 'Esimerkkikatu 1', sv: 'Exempelgatan 1', en: 'Esimerkkikatu 1' },
          postalCode: '00100',
          city: { fi: 'Helsinki', sv: 'Helsingfors' },
          coordinates: { lat: 60.1699, lon: 24.9384 },
          source,
        },
      ],
      contacts: [
        { kind: 'phone', value: '+358 9 0000 0000' },
        { kind: 'email', value: 'unit-a@example.org' },
        // One contact per link, its address per language.
        {
          kind: 'web',
          value: 'https://example.org/fi/unit-a',
          values: { fi: 'https://example.org/fi/unit-a', sv: 'https://example.org/sv/unit-a', en: 'https://example.org/en/unit-a' },
        },
        {
          kind: 'web',
          value: 'https://example.org/fi/unit-a/hours',
          values: {
            fi: 'https://example.org/fi/unit-a/hours',
            sv: 'https://example.org/sv/unit-a/hours',
            en: 'https://example.org/en/unit-a/hours',
          },
          label: hoursLabel,
        },
        { kind: 'phone', value: '+358 9 0000 0001', label: { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' } },
        { kind: 'email', value: 'advice@example.org', label: { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' } },
        // A plain string has no language of its own.
        { kind: 'web', value: 'https://example.org/booking', label: { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Booking' } },
        {
          kind: 'web',
          value: 'https://example.org/e-service',
          values: { fi: 'https://example.org/e-service' },
          label: { fi: 'Sähköinen asiointi', sv: 'E-tjänst', en: 'E-service' },
        },
      ],
      openingHours: {
        kind: 'text',
        text: {
          fi: 'ma–pe 9–16 (synteettinen)\nla 10–14',
          sv: 'mån–fre 9–16 (syntetisk)\nlör 10–14',
          en: 'Mon–Fri 9–16 (synthetic)\nSat 10–14',
        },
        lines: [
          { fi: 'ma–pe 9–16 (synteettinen)', sv: 'mån–fre 9–16 (syntetisk)', en: 'Mon–Fri 9–16 (synthetic)' },
          { fi: 'la 10–14', sv: 'lör 10–14', en: 'Sat 10–14' },
        ],
        source,
      },
      sources: [source],
      provenance,
    });
  });

  it('turns GeoJSON [lon, lat] into {lat, lon}, and rejects projected or (0, 0) coordinates', () => {
    const unit = (coordinates: unknown) => ({ id: 1, name: { fi: 'N' }, location: { type: 'Point', coordinates } });
    expect(fromServiceMapUnit(unit([24.9, 60.2]))?.locations?.[0].coordinates).to.deep.equal({ lat: 60.2, lon: 24.9 });
    expect(fromServiceMapUnit(unit([385637, 6671945]))?.locations).to.equal(undefined);
    expect(fromServiceMapUnit(unit([0, 0]))?.locations).to.equal(undefined);
    expect(fromServiceMapUnit(unit(['24.9', '60.2']))?.locations).to.equal(undefined);
    expect(fromServiceMapUnit({ ...unit([24.9, 60.2]), location: { type: 'Polygon', coordinates: [24.9, 60.2] } })?.locations).to.equal(
      undefined,
    );
  });

  it('keeps the facts of a sparse unit and nothing more', () => {
    expect(byId(services, 'servicemap-900002')).to.deep.equal({
      id: 'servicemap-900002',
      name: { fi: 'Esimerkkitoimipiste B (synteettinen)', sv: 'Exempelenhet B (syntetisk)' },
      // No short_description or description: the name stands in (documented in shared.ts).
      description: { fi: 'Esimerkkitoimipiste B (synteettinen)', sv: 'Exempelenhet B (syntetisk)' },
      topics: [],
      audiences: [],
      languages: [],
      channels: [],
      openingHours: { kind: 'unknown' },
      sources: [{ sourceId: 'servicemap', ref: 'unit 900002' }],
      provenance,
    });
  });

  it('drops javascript: and data: links and an invalid email, keeping the https link, and counts the links', () => {
    const c = byId(services, 'servicemap-900003');
    expect(c.contacts).to.deep.equal([
      { kind: 'phone', value: '+358 9 0000 0003' },
      { kind: 'web', value: 'https://example.org/en/unit-c', values: { en: 'https://example.org/en/unit-c' } },
    ]);
    expect(JSON.stringify(c)).not.to.match(/javascript|data:/i);
    const tally = { dropped: 0 };
    fromServiceMapUnit(list.results[2], tally);
    expect(tally.dropped).to.be.greaterThan(0);
    expect(fromServiceMapList(list).dropped).to.equal(5);
  });

  it('shows a picture only from an https picture_url with a picture_caption', () => {
    const picture = (fields: Record<string, unknown>) => fromServiceMapUnit({ id: 15, name: { fi: 'N' }, ...fields })?.picture;
    const url = 'https://example.org/picture.jpg';
    expect(picture({ picture_url: url, picture_caption: { fi: 'Kuva', sv: null, en: 'Picture' } })).to.deep.equal({
      url,
      alt: { fi: 'Kuva', en: 'Picture' },
      source: { sourceId: 'servicemap', ref: 'unit 15' },
    });
    expect(picture({ picture_url: url, picture_caption: null })).to.equal(undefined);
    expect(picture({ picture_url: url, picture_caption: 'a string, not a translated object' })).to.equal(undefined);
    expect(picture({ picture_url: 'javascript:alert(1)', picture_caption: { fi: 'Kuva' } })).to.equal(undefined);
    const tally = { dropped: 0 };
    fromServiceMapUnit({ id: 15, name: { fi: 'N' }, picture_url: 'javascript:alert(1)', picture_caption: { fi: 'Kuva' } }, tally);
    expect(tally.dropped).to.equal(1);
  });

  it('makes one contact of a connection whose www is given in three languages', () => {
    const contacts = fromServiceMapUnit({
      id: 16,
      name: { fi: 'N' },
      connections: [
        {
          section_type: 'LINK',
          name: { fi: 'Liput', sv: 'Biljetter', en: 'Tickets' },
          www: { fi: 'https://example.org/liput', sv: 'https://example.org/biljetter', en: 'https://example.org/tickets' },
        },
        {
          section_type: 'LINK',
          name: { fi: 'Sama' },
          www: { fi: 'https://example.org/x', sv: 'https://example.org/x', en: 'https://example.org/x' },
        },
      ],
    })?.contacts;
    expect(contacts).to.deep.equal([
      {
        kind: 'web',
        value: 'https://example.org/liput',
        values: { fi: 'https://example.org/liput', sv: 'https://example.org/biljetter', en: 'https://example.org/tickets' },
        label: { fi: 'Liput', sv: 'Biljetter', en: 'Tickets' },
      },
      { kind: 'web', value: 'https://example.org/x', label: { fi: 'Sama' } },
    ]);
  });

  it('drops www values that are not absolute http(s) URLs', () => {
    const www = (value: unknown) => fromServiceMapUnit({ id: 7, name: { fi: 'N' }, www: value })?.contacts;
    expect(www({ fi: ' javascript:alert(1)' })).to.equal(undefined);
    expect(www({ fi: 'java\nscript:alert(1)' })).to.equal(undefined);
    expect(www({ fi: 'data:text/html,<script>alert(1)</script>' })).to.equal(undefined);
    expect(www({ fi: 'vbscript:msgbox(1)' })).to.equal(undefined);
    expect(www({ fi: '//example.org/protocol-relative' })).to.equal(undefined);
    expect(www({ fi: '/relative/path' })).to.equal(undefined);
    expect(www({ fi: 'mailto:someone@example.org' })).to.equal(undefined);
    expect(www({ fi: 'http://example.org/plain-http' })).to.deep.equal([
      { kind: 'web', value: 'http://example.org/plain-http', values: { fi: 'http://example.org/plain-http' } },
    ]);
    expect(www('https://example.org/a-plain-string')).to.deep.equal([{ kind: 'web', value: 'https://example.org/a-plain-string' }]);
  });

  it('reads phone numbers written with separators and drops those mixed with words', () => {
    const phone = (value: unknown) => fromServiceMapUnit({ id: 4, name: { fi: 'N' }, phone: value })?.contacts;
    expect(phone('(09) 0000 0000')).to.deep.equal([{ kind: 'phone', value: '(09) 0000 0000' }]);
    expect(phone('tel:+358900000000')).to.deep.equal([{ kind: 'phone', value: '+358900000000' }]);
    expect(phone('+358 9 0000 0000 (vaihde)')).to.equal(undefined);
    expect(phone('112')).to.equal(undefined);
    expect(phone('javascript:alert(1)')).to.equal(undefined);
  });

  it('prefers short_description, reads the older short_desc name, then description, per language', () => {
    const description = fromServiceMapUnit({
      id: 6,
      name: { fi: 'N' },
      short_desc: { sv: 'Kort (äldre fältnamn)' },
      short_description: { fi: 'Lyhyt' },
      description: { fi: 'Pitkä', sv: 'Lång', en: 'Long' },
    })?.description;
    expect(description).to.deep.equal({ fi: 'Lyhyt', sv: 'Kort (äldre fältnamn)', en: 'Long' });
  });

  it('does not use a bare municipality id as a city name, but does use an included municipality name', () => {
    const city = (municipality: unknown) =>
      fromServiceMapUnit({ id: 3, name: { fi: 'N' }, address_zip: '00100', municipality })?.locations?.[0].city;
    expect(city('helsinki')).to.equal(undefined);
    expect(city({ id: 'helsinki', name: { fi: 'Helsinki', sv: 'Helsingfors' } })).to.deep.equal({ fi: 'Helsinki', sv: 'Helsingfors' });
  });

  it('reads accessibility sentences merged in from TPR, keeping their groups', () => {
    const unit = {
      id: 5,
      name: { fi: 'N' },
      accessibility_sentences: [
        {
          sentence_group_name: 'Sisätilat',
          sentence_group_fi: 'Sisätilat',
          sentence_group_en: 'Interior',
          sentence_fi: 'Lause 1',
          sentence_en: 'Sentence 1',
        },
        { sentence_group_name: 'Sisätilat', sentence_group_fi: 'Sisätilat', sentence_group_en: 'Interior', sentence_fi: 'Lause 2' },
      ],
    };
    expect(fromServiceMapUnit(unit)?.accessibility).to.deep.equal([
      {
        group: { fi: 'Sisätilat', en: 'Interior' },
        sentences: [{ fi: 'Lause 1', en: 'Sentence 1' }, { fi: 'Lause 2' }],
        source: { sourceId: 'servicemap', ref: 'unit 5' },
      },
    ]);
  });

  it('does not turn the shortcoming count, provider type or service nodes into facts', () => {
    const a = byId(services, 'servicemap-900001');
    expect(a.accessibility).to.equal(undefined);
    expect(a.topics).to.deep.equal([]);
    expect(a.audiences).to.deep.equal([]);
    expect(a.languages).to.deep.equal([]);
    expect(a.providerId).to.equal(undefined);
    expect(JSON.stringify(a)).not.to.match(/SELF_PRODUCED|wheelchair|Example Person|Synthetic extra information/);
  });
});

/** A recorded TPR v4 unit's raw fields, as far as the tests read them. */
interface RecordedTprUnit {
  id: number;
  connections: Record<string, unknown>[];
  accessibility_sentences: Record<string, string>[];
  [field: string]: unknown;
}

/** A flat `name_fi`, `name_sv`, `name_en` field of a recorded record as the LocalizedText it must become. */
function flat(record: Record<string, unknown>, base: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of ['fi', 'sv', 'en']) {
    const value = record[`${base}_${lang}`];
    if (typeof value === 'string' && value.trim()) out[lang] = value.trim();
  }
  return out;
}

describe('TPR v4 adapter on recorded units', () => {
  let yrjonkatu: RecordedTprUnit;
  let tali: RecordedTprUnit;
  const source = { sourceId: 'tpr', ref: 'unit 41102' };

  before(async () => {
    yrjonkatu = (await fixture('recorded/tpr-unit-41102.json')) as RecordedTprUnit;
    tali = (await fixture('recorded/tpr-unit-42284.json')) as RecordedTprUnit;
  });

  it('reads the derived list of the two recorded units as the two units (fixtures/README.md)', async () => {
    const list = await fixture('derived/tpr-units-41102-42284.json');
    expect(list).to.deep.equal([yrjonkatu, tali]);
    expect(fromTprList(list)).to.deep.equal({ services: [fromTprUnit(yrjonkatu), fromTprUnit(tali)], skipped: 0 });
    // A single unit, as /v4/unit/41102 answers, is read as a list of one.
    expect(fromTprList(yrjonkatu)).to.deep.equal({ services: [fromTprUnit(yrjonkatu)], skipped: 0 });
  });

  it('maps the Yrjönkatu swimming hall (unit 41102) field by field', () => {
    const connections = (type: string) => yrjonkatu.connections.filter((c) => c.section_type === type);
    const hours = connections('OPENING_HOURS').map((c) => flat(c, 'name'));
    const joined = (lang: string) => hours.map((line) => line[lang]).join('\n');
    const links = connections('LINK').map((c) => {
      const values = flat(c, 'www');
      const distinct = new Set(Object.values(values));
      const contact: Record<string, unknown> = { kind: 'web', value: values.fi };
      if (distinct.size > 1 || Object.keys(values).length < 3) contact.values = values;
      contact.label = flat(c, 'name');
      return contact;
    });
    expect(links).to.have.length(11);
    expect(fromTprUnit(yrjonkatu)).to.deep.equal({
      id: 'tpr-41102',
      name: { fi: 'Yrjönkadun uimahalli', sv: 'Georgsgatans simhall', en: 'Yrjönkatu swimming hall' },
      description: flat(yrjonkatu, 'short_desc'),
      topics: [],
      audiences: [],
      // provided_languages is in the unit, but its meaning is not documented: never guessed.
      languages: [],
      channels: ['in-person'],
      locations: [
        {
          street: { fi: 'Yrjönkatu 21 b', sv: 'Georgsgatan 21 b', en: 'Yrjönkatu 21 b' },
          postalCode: '00100',
          city: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' },
          coordinates: { lat: 60.16835, lon: 24.93896 },
          source,
        },
      ],
      contacts: [
        // The unit's own number is the cashier's: one contact, with the connection's name.
        { kind: 'phone', value: '+358 9 310 87401', label: { fi: 'Kassa', sv: 'Kassa', en: 'Cashier' } },
        { kind: 'phone', value: '+358 9 310 87403', label: { fi: 'Liikunnanohjaus', sv: 'Instruerad motion', en: 'Sports Supervisors' } },
        { kind: 'phone', value: '+358 9 310 24713', label: { fi: 'Tiimiesihenkilö', sv: 'Teamchef', en: 'Manager' } },
        ...links,
      ],
      openingHours: { kind: 'text', text: { fi: joined('fi'), sv: joined('sv'), en: joined('en') }, lines: hours, source },
      accessibility: [
        { fi: 'Reitti pääsisäänkäynnille', n: 1 },
        { fi: 'Pääsisäänkäynti', n: 4 },
        { fi: 'Sisätilat', n: 7 },
        { fi: 'Pukutila, pesutila ja sauna', n: 8 },
        { fi: 'Liikuntatila', n: 3 },
      ].map(({ fi, n }) => {
        const items = yrjonkatu.accessibility_sentences.filter((a) => a.sentence_group_fi === fi);
        expect(items).to.have.length(n);
        return { group: flat(items[0], 'sentence_group'), sentences: items.map((a) => flat(a, 'sentence')), source };
      }),
      picture: {
        url: 'https://liikunta.content.api.hel.fi/uploads/sites/2/2022/01/b5f352d9-yrjonkadun_uimahalli_2021_kuva_maarit_hohteri_41-1024x683.jpg',
        alt: {
          fi: 'Historiallisen Yrjönkadun uimahallin uima-allas.',
          sv: 'Simbassängen i den historiska Georgsgatans simhall.',
          en: 'The pool of the historic Yrjönkatu swimming hall.',
        },
        source,
      },
      sources: [source],
      provenance,
    });
  });

  it('keeps each opening-hours connection a line, with its own line breaks and indents', () => {
    const hours = fromTprUnit(yrjonkatu)?.openingHours;
    if (hours?.kind !== 'text') throw new Error(`free-text hours expected, got ${JSON.stringify(hours)}`);
    expect(hours.lines).to.have.length(3);
    expect(hours.lines![0].fi.split('\n').slice(0, 4)).to.deep.equal([
      'Naiset (uintiaika 2 h):',
      '- ma',
      '     12.00-20.00 1. kerros',
      '     Suljettu "2. kerros"',
    ]);
    expect(hours.lines![1].en).to.equal('Admission ends at 20.00, swimming time at 20.30, washing time at 20.45. Leave the area by 21.00.');
    expect(hours.text.fi.split('\n')).to.have.length(hours.lines!.reduce((n, line) => n + line.fi.split('\n').length, 0));
  });

  it('makes one contact of a link given in three languages, its address per language', () => {
    const contacts = fromTprUnit(yrjonkatu)!.contacts!;
    const ticket = contacts.find((c) => c.label?.fi === 'Nettilippu 2. kerrokseen');
    expect(ticket).to.deep.equal({
      kind: 'web',
      value: 'https://ssl.eventilla.com/cal/yrjonkadunuimahalli',
      values: {
        fi: 'https://ssl.eventilla.com/cal/yrjonkadunuimahalli',
        sv: 'https://ssl.eventilla.com/cal/yrjonkadunuimahalli?lang=SV',
        en: 'https://ssl.eventilla.com/cal/yrjonkadunuimahalli?lang=EN',
      },
      label: { fi: 'Nettilippu 2. kerrokseen', sv: 'Förskottsbiljett till den 2:a våningen', en: 'Advance tickets to the 2nd floor' },
    });
    // The same address in every language is one address with no language of its own.
    const gym = contacts.find((c) => c.label?.fi === 'Vesijumpat ke 7.45 - 8.15');
    expect(gym).to.deep.equal({
      kind: 'web',
      value: 'https://www.hel.fi/helsinki/fi/kulttuuri-ja-vapaa-aika/liikunta/liikuntakurssit/tyoikaiset/vesijumpat',
      label: { fi: 'Vesijumpat ke 7.45 - 8.15', sv: 'Vattengymnastik ons 7.45 - 8.15', en: 'Hydrobic Wed 7.45 - 8.15' },
    });
    // A link the register gives in Finnish only says so.
    const finnishOnly = contacts.find((c) => c.label?.fi === 'Yrjönkadun uimahalliin luotu turvallisemman tilan periaatteet');
    expect(finnishOnly?.values).to.deep.equal({
      fi: 'https://www.hel.fi/fi/uutiset/yrjonkadun-uimahalliin-turvallisemman-tilan-periaatteet',
    });
    expect(contacts.filter((c) => c.kind === 'web')).to.have.length(11);
  });

  it('groups the accessibility sentences by their displayed group, not by sentence_group_name', () => {
    const groups = fromTprUnit(yrjonkatu)!.accessibility!;
    expect(groups.map((g) => g.group?.en)).to.deep.equal([
      'The route to the main entrance',
      'The main entrance',
      'In the facility',
      'Dressing room, shower room and sauna',
      'Sports facilities',
    ]);
    expect(groups.reduce((n, g) => n + g.sentences.length, 0)).to.equal(yrjonkatu.accessibility_sentences.length);
    // "Palvelutiski/kassa ja aulatilat" is an internal key under the displayed group "Sisätilat".
    const desk = yrjonkatu.accessibility_sentences.find((a) => a.sentence_group_name === 'Palvelutiski/kassa ja aulatilat')!;
    expect(groups[2].sentences).to.deep.include(flat(desk, 'sentence'));
  });

  it('reads the Tali football hall (unit 42284): its hours, its named phone and its picture', () => {
    const service = fromTprUnit(tali)!;
    expect(service.name).to.deep.equal(flat(tali, 'name'));
    expect(service.openingHours.kind).to.equal('text');
    if (service.openingHours.kind === 'text') expect(service.openingHours.lines).to.have.length(2);
    const phones = service.contacts!.filter((c) => c.kind === 'phone');
    expect(phones.map((c) => c.label?.fi)).to.include('liikuntapaikanhoitajat; kenttävuorot, kentän kunto ja löytötavarat');
    expect(service.contacts!.filter((c) => c.kind === 'web')).to.have.length(5);
    expect(service.picture?.alt).to.deep.equal(flat(tali, 'picture_caption'));
    expect(service.accessibility!.reduce((n, g) => n + g.sentences.length, 0)).to.equal(22);
  });

  it('shows no picture the register does not describe (the libraries have picture_url but no caption)', async () => {
    const libraries = (await fixture('recorded/tpr-units-hauki-libraries.json')) as RecordedTprUnit[];
    expect(libraries.every((u) => typeof u.picture_url === 'string' && !('picture_caption_fi' in u))).to.equal(true);
    const { services, skipped } = fromTprList(libraries);
    expect(services.map((s) => s.id)).to.deep.equal(['tpr-8215', 'tpr-51342']);
    expect(skipped).to.equal(0);
    for (const service of services) expect(service.picture, service.id).to.equal(undefined);
    // The same address in www_fi, www_sv and www_en is one contact.
    expect(services[0].contacts).to.deep.equal([
      { kind: 'phone', value: '+358 9 310 85053' },
      { kind: 'web', value: 'http://www.helmet.fi/kallionkirjasto' },
    ]);
    // Oodi's short descriptions win over the long ones.
    expect(services[1].description).to.deep.equal(flat(libraries[1], 'short_desc'));
  });

  it('reads a list of units named in Finnish only, or in Finnish and Swedish, one contact per address', async () => {
    const units = (await fixture('recorded/tpr-units-helfi-tpr.json')) as RecordedTprUnit[];
    const { services, skipped } = fromTprList(units);
    expect(skipped).to.equal(0);
    expect(services.map((s) => s.name)).to.deep.equal(units.map((u) => flat(u, 'name')));
    expect(services[0].name).to.deep.equal({ fi: 'InnoOmnia' });
    // A unit without a description repeats its name; one with a Finnish description has it.
    expect(services[0].description).to.deep.equal({ fi: 'InnoOmnia' });
    expect(services[2].description).to.deep.equal(flat(units[2], 'desc'));
    for (const service of services) {
      expect(
        service.contacts!.filter((c) => c.kind === 'web'),
        service.id,
      ).to.have.length(1);
      expect(service.contacts!.find((c) => c.kind === 'web')!.values, service.id).to.equal(undefined);
    }
    expect(services[0].contacts).to.deep.equal([
      { kind: 'phone', value: '+358 9 231 999' },
      { kind: 'web', value: 'http://www.omnia.fi/Resource.phx/osio/osio-innoomnia/index.htx' },
    ]);
  });
});

describe('TPR v4 adapter on synthetic units', () => {
  let units: unknown[];

  before(async () => {
    units = (await fixture('tpr-units.json')) as unknown[];
  });

  it('reads the plain array list and counts the entry without an id as skipped', () => {
    const result = fromTprList(units);
    expect(result.services.map((s) => s.id)).to.deep.equal(['tpr-900101', 'tpr-900102']);
    expect(result.skipped).to.equal(1);
  });

  it('reads a {results} list too', () => {
    expect(fromTprList({ results: units })).to.deep.equal(fromTprList(units));
  });

  it('takes the short description where there is one, the long one per language where not', () => {
    const description = fromTprUnit({ id: 1, name_fi: 'N', short_desc_fi: 'Lyhyt', desc_fi: 'Pitkä', desc_sv: 'Lång' })?.description;
    expect(description).to.deep.equal({ fi: 'Lyhyt', sv: 'Lång' });
  });

  it('treats 0, 0 as no coordinates and drops a phone with words and a www without a scheme', () => {
    expect(fromTprUnit(units[1])).to.deep.equal({
      id: 'tpr-900102',
      name: { fi: 'Esimerkkipiste ilman osoitetta (synteettinen)' },
      description: { fi: 'Esimerkkipiste ilman osoitetta (synteettinen)' },
      topics: [],
      audiences: [],
      languages: [],
      channels: [],
      openingHours: { kind: 'unknown' },
      sources: [{ sourceId: 'tpr', ref: 'unit 900102' }],
      provenance,
    });
  });

  it('drops javascript: and data: links from www_* fields and connections, and counts them', () => {
    const unit = {
      id: 11,
      name_fi: 'N',
      www_fi: 'javascript:alert(1)',
      www_sv: 'data:text/html,<b>x</b>',
      www_en: 'https://example.org/en',
      connections: [{ section_type: 'LINK', name_fi: 'L', www_fi: 'JavaScript:alert(1)', www_en: 'https://example.org/link' }],
    };
    expect(fromTprUnit(unit)?.contacts).to.deep.equal([
      { kind: 'web', value: 'https://example.org/en', values: { en: 'https://example.org/en' } },
      { kind: 'web', value: 'https://example.org/link', values: { en: 'https://example.org/link' }, label: { fi: 'L' } },
    ]);
    expect(fromTprList([unit])).to.deep.include({ skipped: 0, dropped: 3 });
    expect(JSON.stringify(fromTprUnit(unit))).not.to.match(/javascript|data:/i);
  });

  it('skips a unit without a name, keeps HTML in a description as the text it is, drops and counts javascript: links', async () => {
    const hostile = await fixture('synthetic/tpr-hostile-units.json');
    const result = fromTprList(hostile);
    expect(result.skipped).to.equal(1);
    // Two in the LINK connection, one as picture_url.
    expect(result.dropped).to.equal(3);
    const [service] = result.services;
    expect(service.description.en).to.equal('<img src=x onerror="window.__pwnedUnit=1"><b>Bold</b> description');
    expect(service.picture).to.equal(undefined);
    expect(service.contacts).to.deep.equal([
      {
        kind: 'web',
        value: 'https://example.org/fi/safe',
        values: { fi: 'https://example.org/fi/safe', en: 'https://example.org/en/safe' },
        label: { fi: 'Turvallinen linkki', en: 'A safe link' },
      },
    ]);
  });

  it('shows a picture only from an https address and only with a caption', () => {
    const picture = (fields: Record<string, unknown>) => fromTprUnit({ id: 13, name_fi: 'N', ...fields })?.picture;
    const url = 'https://example.org/picture.jpg';
    expect(picture({ picture_url: url, picture_caption_sv: 'Bild' })).to.deep.equal({
      url,
      alt: { sv: 'Bild' },
      source: { sourceId: 'tpr', ref: 'unit 13' },
    });
    expect(picture({ picture_url: url })).to.equal(undefined);
    expect(picture({ picture_url: url, picture_caption_fi: '   ' })).to.equal(undefined);
    expect(picture({ picture_url: 'http://example.org/picture.jpg', picture_caption_fi: 'Kuva' })).to.equal(undefined);
    expect(picture({ picture_url: 'data:image/png;base64,AAAA', picture_caption_fi: 'Kuva' })).to.equal(undefined);
  });

  it('makes an OPENING_HOURS connection with a link a labelled link, not hours text', () => {
    const unit = {
      id: 12,
      name_fi: 'N',
      connections: [{ section_type: 'OPENING_HOURS', name_fi: 'Aukioloajat', www_fi: 'https://example.org/hours' }],
    };
    const service = fromTprUnit(unit);
    expect(service?.openingHours).to.deep.equal({ kind: 'unknown' });
    expect(service?.contacts).to.deep.equal([
      { kind: 'web', value: 'https://example.org/hours', values: { fi: 'https://example.org/hours' }, label: { fi: 'Aukioloajat' } },
    ]);
  });

  it('gives each opening-hours line its own languages, so one missing a language is still a line', () => {
    const hours = fromTprUnit({
      id: 14,
      name_fi: 'N',
      connections: [
        { section_type: 'OPENING_HOURS', name_fi: 'ma–pe 9–16', name_en: 'Mon–Fri 9–16' },
        { section_type: 'OPENING_HOURS', name_fi: 'Suljettu 6.12.' },
      ],
    })?.openingHours;
    expect(hours).to.deep.equal({
      kind: 'text',
      text: { fi: 'ma–pe 9–16\nSuljettu 6.12.', en: 'Mon–Fri 9–16' },
      lines: [{ fi: 'ma–pe 9–16', en: 'Mon–Fri 9–16' }, { fi: 'Suljettu 6.12.' }],
      source: { sourceId: 'tpr', ref: 'unit 14' },
    });
  });
});

describe('adapters on malformed input', () => {
  for (const [name, value] of MALFORMED) {
    it(`read ${name} without throwing and count it as one skipped entry`, () => {
      expect(fromServiceMapList(value)).to.deep.equal({ services: [], skipped: 1 });
      expect(fromTprList(value)).to.deep.equal({ services: [], skipped: 1 });
      expect(adapt('package', value)).to.deep.equal({ services: [], skipped: 1 });
    });
  }

  it('skip each unreadable entry of a list and count it', () => {
    const entries = [
      null,
      1,
      'unit',
      [],
      {},
      { id: 'abc', name: { fi: 'N' } },
      { id: -1, name: { fi: 'N' } },
      { id: 1.5, name: { fi: 'N' } },
      { id: 2, name: 'Nimi' },
      { id: 3, name: { fi: '   ' } },
    ];
    expect(fromServiceMapList([...entries, { id: 4, name: { fi: 'Ok' } }])).to.deep.include({ skipped: entries.length });
    expect(fromServiceMapList([...entries, { id: 4, name: { fi: 'Ok' } }]).services.map((s) => s.id)).to.deep.equal(['servicemap-4']);
    const tpr = fromTprList([...entries, { id: '4', name_fi: 'Ok' }, { id: 5, name_fi: 42 }]);
    expect(tpr.services.map((s) => s.id)).to.deep.equal(['tpr-4']);
    expect(tpr.skipped).to.equal(entries.length + 1);
  });

  it('return undefined for a single unit they cannot read', () => {
    for (const value of [null, undefined, 'x', 0, [], {}, { id: 1 }, { name: { fi: 'N' } }]) {
      expect(fromServiceMapUnit(value), JSON.stringify(value)).to.equal(undefined);
      expect(fromTprUnit(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('skip a repeated unit id', () => {
    const result = fromServiceMapList([
      { id: 8, name: { fi: 'First' } },
      { id: 8, name: { fi: 'Second' } },
    ]);
    expect(result.services.map((s) => s.name)).to.deep.equal([{ fi: 'First' }]);
    expect(result.skipped).to.equal(1);
  });

  it('skip fields of the wrong type and keep the rest of the unit', () => {
    const service = fromServiceMapUnit({
      id: 9,
      name: { fi: 42, sv: 'Namn', en: null, 'not a locale': 'x' },
      short_description: 'a string, not a translated object',
      street_address: ['Katu 1'],
      address_zip: 100,
      location: { type: 'Point', coordinates: 'x' },
      phone: 358900000000,
      email: { fi: 'a@example.org' },
      www: 42,
      connections: 'none',
      accessibility_sentences: { sentence_fi: 'x' },
      department: 'not an object',
    });
    expect(service).to.deep.equal({
      id: 'servicemap-9',
      name: { sv: 'Namn' },
      description: { sv: 'Namn' },
      topics: [],
      audiences: [],
      languages: [],
      channels: [],
      openingHours: { kind: 'unknown' },
      sources: [{ sourceId: 'servicemap', ref: 'unit 9' }],
      provenance,
    });
  });

  it('ignore malformed connections and sentences but keep the good ones', () => {
    const service = fromTprUnit({
      id: 10,
      name_fi: 'N',
      postal: 'x',
      address_zip: '123',
      connections: [
        null,
        5,
        { section_type: 5, name_fi: 'x' },
        { name_fi: 'no section type' },
        { section_type: 'OPENING_HOURS', name_fi: 'ma 9-16' },
      ],
      accessibility_sentences: [null, 'x', { sentence_group_fi: 'Ryhmä' }, { sentence_group_fi: 'Ryhmä', sentence_fi: 'Lause' }],
    });
    expect(service?.openingHours).to.deep.equal({ kind: 'text', text: { fi: 'ma 9-16' }, source: { sourceId: 'tpr', ref: 'unit 10' } });
    expect(service?.accessibility).to.deep.equal([
      { group: { fi: 'Ryhmä' }, sentences: [{ fi: 'Lause' }], source: { sourceId: 'tpr', ref: 'unit 10' } },
    ]);
    expect(service?.locations).to.equal(undefined);
  });

  it('survive a unit whose getters throw, skipping only that unit', () => {
    const hostile = {
      id: 1,
      get name(): unknown {
        throw new Error('hostile getter');
      },
    };
    expect(fromServiceMapUnit(hostile)).to.equal(undefined);
    expect(
      fromTprUnit({
        id: 2,
        get name_fi(): unknown {
          throw new Error('hostile getter');
        },
      }),
    ).to.equal(undefined);
    const result = fromServiceMapList([hostile, { id: 2, name: { fi: 'Ok' } }]);
    expect(result.services.map((s) => s.id)).to.deep.equal(['servicemap-2']);
    expect(result.skipped).to.equal(1);
  });

  it('never copy a __proto__ key into a text', () => {
    const name = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": "x", "fi": "Nimi"}') as unknown;
    const service = fromServiceMapUnit({ id: 1, name });
    expect(service?.name).to.deep.equal({ fi: 'Nimi' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('Hauki opening hours adapter', () => {
  let days: unknown[];
  let hours: OpeningHours;

  before(async () => {
    days = (await fixture('hauki-opening-hours.json')) as unknown[];
    hours = fromHaukiOpeningHours(days);
  });

  it('derives weekly periods and exceptions from three weeks of days', () => {
    const valid = { validFrom: '2030-01-07', validTo: '2030-01-27' };
    expect(hours).to.deep.equal({
      kind: 'structured',
      periods: [
        { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:00', ...valid },
        { days: [6], opens: '10:00', closes: '24:00', ...valid },
        { days: [7], opens: '00:00', closes: '02:00', ...valid },
      ],
      exceptions: [
        { date: '2030-01-16', closed: true },
        { date: '2030-01-17', closed: false, opens: '00:00', closes: '24:00' },
      ],
      timeZone: 'Europe/Helsinki',
    });
  });

  it('lists a closed day that breaks the weekly pattern as a closed exception', () => {
    const week = [
      {
        date: '2030-03-04',
        times: [{ start_time: '08:00:00', end_time: '12:00:00', end_time_on_next_day: false, resource_state: 'open', full_day: false }],
      },
      {
        date: '2030-03-11',
        times: [{ start_time: '08:00:00', end_time: '12:00:00', end_time_on_next_day: false, resource_state: 'open', full_day: false }],
      },
      {
        date: '2030-03-18',
        times: [{ start_time: null, end_time: null, end_time_on_next_day: false, resource_state: 'closed', full_day: true }],
      },
    ];
    const result = fromHaukiOpeningHours(week);
    expect(result.kind).to.equal('structured');
    if (result.kind !== 'structured') return;
    expect(result.periods).to.deep.equal([{ days: [1], opens: '08:00', closes: '12:00', validFrom: '2030-03-04', validTo: '2030-03-18' }]);
    expect(result.exceptions).to.deep.equal([{ date: '2030-03-18', closed: true }]);
  });

  it('prefers the open pattern when open and closed dates of a weekday are equally common', () => {
    const result = fromHaukiOpeningHours([
      { date: '2030-03-04', times: [{ start_time: null, end_time: null, resource_state: 'closed', full_day: true }] },
      { date: '2030-03-11', times: [{ start_time: '08:00:00', end_time: '12:00:00', resource_state: 'open', full_day: false }] },
    ]);
    expect(result).to.deep.include({
      periods: [{ days: [1], opens: '08:00', closes: '12:00', validFrom: '2030-03-04', validTo: '2030-03-11' }],
      exceptions: [{ date: '2030-03-04', closed: true }],
    });
  });

  it('reads full_day as 00:00–24:00 whatever the times say', () => {
    const result = fromHaukiOpeningHours([
      { date: '2030-03-05', times: [{ start_time: '10:00:00', end_time: '11:00:00', resource_state: 'open', full_day: true }] },
    ]);
    expect(result).to.deep.include({
      periods: [{ days: [2], opens: '00:00', closes: '24:00', validFrom: '2030-03-05', validTo: '2030-03-05' }],
    });
  });

  it('splits a span with end_time_on_next_day at midnight onto the next date', () => {
    const result = fromHaukiOpeningHours([
      {
        date: '2030-03-08',
        times: [{ start_time: '18:00:00', end_time: '03:00:00', end_time_on_next_day: true, resource_state: 'open', full_day: false }],
      },
      {
        date: '2030-03-09',
        times: [{ start_time: '12:00:00', end_time: '15:00:00', end_time_on_next_day: false, resource_state: 'open', full_day: false }],
      },
    ]);
    expect(result).to.deep.include({
      periods: [
        { days: [5], opens: '18:00', closes: '24:00', validFrom: '2030-03-08', validTo: '2030-03-09' },
        { days: [6], opens: '00:00', closes: '03:00', validFrom: '2030-03-08', validTo: '2030-03-09' },
        { days: [6], opens: '12:00', closes: '15:00', validFrom: '2030-03-08', validTo: '2030-03-09' },
      ],
    });
    // Without the flag, an end before the start is not a span at all.
    expect(
      fromHaukiOpeningHours([{ date: '2030-03-08', times: [{ start_time: '18:00:00', end_time: '03:00:00', resource_state: 'open' }] }]),
    ).to.deep.equal({ kind: 'unknown' });
  });

  it('cuts a closed span out of the open hours of the same date, even when Hauki lists the date twice', () => {
    const result = fromHaukiOpeningHours([
      { date: '2030-03-04', times: [{ start_time: '09:00:00', end_time: '16:00:00', resource_state: 'open', full_day: false }] },
      { date: '2030-03-04', times: [{ start_time: '10:00:00', end_time: '11:00:00', resource_state: 'closed', full_day: false }] },
    ]);
    expect(result).to.deep.include({
      periods: [
        { days: [1], opens: '09:00', closes: '10:00', validFrom: '2030-03-04', validTo: '2030-03-04' },
        { days: [1], opens: '11:00', closes: '16:00', validFrom: '2030-03-04', validTo: '2030-03-04' },
      ],
    });
  });

  it('leaves out self-service and by-appointment hours, which the schema cannot qualify', () => {
    expect(
      fromHaukiOpeningHours([
        { date: '2030-03-04', times: [{ start_time: '09:00:00', end_time: '12:00:00', resource_state: 'by_appointment' }] },
        { date: '2030-03-05', times: [{ start_time: '07:00:00', end_time: '22:00:00', resource_state: 'self_service' }] },
        { date: '2030-03-06', times: [{ start_time: null, end_time: null, resource_state: 'undefined', full_day: false }] },
      ]),
    ).to.deep.equal({ kind: 'unknown' });
  });

  it('lists every closed date when no weekday is open, so the range stays visible', () => {
    const closed = (date: string) => ({ date, times: [{ start_time: null, end_time: null, resource_state: 'closed', full_day: true }] });
    expect(fromHaukiOpeningHours([closed('2030-07-01'), closed('2030-07-02')])).to.deep.equal({
      kind: 'structured',
      periods: [],
      exceptions: [
        { date: '2030-07-01', closed: true },
        { date: '2030-07-02', closed: true },
      ],
      timeZone: 'Europe/Helsinki',
    });
  });

  it('reads {results} and a single-resource /v1/opening_hours/ response, and attaches a given source', () => {
    const source = { sourceId: 'hauki', ref: 'resource tprek:900001' };
    const expected = { ...hours, source };
    expect(fromHaukiOpeningHours({ results: days }, source)).to.deep.equal(expected);
    expect(fromHaukiOpeningHours({ count: 1, next: null, results: [{ resource: { id: 1 }, opening_hours: days }] }, source)).to.deep.equal(
      expected,
    );
  });

  it('gives unknown for several resources at once, which cannot be one schedule', () => {
    const two = {
      results: [
        { resource: { id: 1 }, opening_hours: days },
        { resource: { id: 2 }, opening_hours: days },
      ],
    };
    expect(fromHaukiOpeningHours(two)).to.deep.equal({ kind: 'unknown' });
  });

  const unknowns: [string, unknown][] = [
    ['an empty list', []],
    ['empty results', { count: 0, next: null, results: [] }],
    ['null', null],
    ['a string', 'opening hours'],
    ['a number', 7],
    ['an object without days', { detail: 'Not found.' }],
    ['days with no times', [{ date: '2030-03-04', times: [] }]],
    ['times that are not a list', [{ date: '2030-03-04', times: 'open' }]],
    [
      'a date that does not exist',
      [{ date: '2030-02-30', times: [{ start_time: '09:00:00', end_time: '16:00:00', resource_state: 'open' }] }],
    ],
    ['a date in another format', [{ date: '4.3.2030', times: [{ start_time: '09:00:00', end_time: '16:00:00', resource_state: 'open' }] }]],
    [
      'times of the wrong type',
      [
        {
          date: '2030-03-04',
          times: [
            null,
            5,
            { start_time: 900, end_time: '16:00:00', resource_state: 'open' },
            { start_time: '25:00:00', end_time: '26:00:00', resource_state: 'open' },
          ],
        },
      ],
    ],
  ];
  for (const [name, value] of unknowns) {
    it(`gives { kind: 'unknown' } for ${name}`, () => {
      expect(fromHaukiOpeningHours(value)).to.deep.equal({ kind: 'unknown' });
    });
  }

  it('does not change the response it reads', () => {
    const copy = clone(days);
    fromHaukiOpeningHours(copy);
    expect(copy).to.deep.equal(days);
  });
});

describe('adapt()', () => {
  it('dispatches to the Service Map and TPR readers', async () => {
    const servicemap = await fixture('servicemap-units.json');
    const tpr = await fixture('tpr-units.json');
    expect(adapt('servicemap', servicemap)).to.deep.equal(fromServiceMapList(servicemap));
    expect(adapt('tpr', tpr)).to.deep.equal(fromTprList(tpr));
    expect(adapt('servicemap', servicemap).services).to.have.length(3);
    expect(adapt('tpr', tpr).services).to.have.length(2);
  });

  it('reads a package of its own format, skipping entries that are not services', async () => {
    const { services } = fromServiceMapList(await fixture('servicemap-units.json'));
    const broken = [
      { ...services[0], id: 'Not An Id' },
      { ...services[0], id: 'ok-id', sources: [] },
      { ...services[0], id: 'ok-id-2', openingHours: { kind: 'maybe' } },
      null,
    ];
    const result = adapt('package', {
      schemaVersion: '1.0.0',
      locales: ['fi'],
      sources: [],
      districts: [],
      services: [...services, ...broken, services[0]],
    });
    expect(result.services).to.deep.equal(services);
    expect(result.skipped).to.equal(broken.length + 1);
    expect(fromServicesPackage(services)).to.deep.equal({ services, skipped: 0 });
  });

  it('produces services that pass the package check', async () => {
    const all = [
      ...fromServiceMapList(await fixture('servicemap-units.json')).services,
      ...fromTprList(await fixture('tpr-units.json')).services,
      ...fromTprList(await fixture('recorded/tpr-unit-41102.json')).services,
      ...fromTprList(await fixture('recorded/tpr-unit-42284.json')).services,
      ...fromTprList(await fixture('recorded/tpr-units-hauki-libraries.json')).services,
      ...fromTprList(await fixture('recorded/tpr-units-helfi-tpr.json')).services,
    ];
    expect(all).to.have.length(15);
    for (const service of all) expect(looksLikeService(service), service.id).to.equal(true);
  });

  it('reads nothing from an unknown format and does not throw', () => {
    expect(adapt('csv' as never, [{ id: 1 }])).to.deep.equal({ services: [], skipped: 1 });
    expect(adapt('__proto__' as never, [])).to.deep.equal({ services: [], skipped: 1 });
  });
});
