// Mock of the Service Map API v2 and TPR v4 (see city-apis.mjs), for the finder's paged lists and
// its server search (`search="server"`), in the browser tests and `npm run bench`.
//
// Every unit is SYNTHETIC, made up here, and says so in its text ("(synthetic)", "synteettinen"):
// ids from 900001 up (the Hauki mock gives these ids their hours), example.org addresses, phone
// numbers +358 9 0000 xxxx. Only the shapes are real:
// - Service Map v2 units as smbackend's UnitSerializer writes them (City-of-Helsinki/smbackend
//   services/api.py; translated fields as {fi, sv, en}, `location` GeoJSON [lon, lat], connections
//   by UnitConnectionSerializer), the same shape as packages/services/test/fixtures/servicemap-units.json;
//   text lengths after the recorded TPR unit 41102 (packages/services/test/fixtures/recorded/), so a
//   unit is about 3.3 kB of JSON, a little over the city's register (10,000 units ≈ 28 MB, 2.8 kB a unit).
// - The list form {count, next, previous, results}, page_size (default 20, at most 1,000) and page,
//   as smbackend's services/api_pagination.py and settings.py REST_FRAMEWORK have them.
// - The search (smbackend services/search/api.py, SearchViewSet and SearchSerializer, commit
//   004675b62dd4): q is required (400 "Supply search terms with 'q=' ' or input=' '" without it),
//   only letters, numbers, spaces and .'+-&| are allowed (400 otherwise); words are ANDed and each
//   matches as a prefix (to_tsquery `word:*`) in the `language` asked for (fi, sv or en, else 400);
//   `type=unit`; a unit result is {id, object_type: 'unit', name: {fi, sv, en}, street_address (a
//   string, in the server's default language, Finnish), municipality (an id), accessibility_shortcoming_count,
//   contract_type, department: {id, name, street_address, municipality}, location}, plus each
//   `include=unit.<field>` (connections serialised, other translated fields as Finnish strings).
// - TPR v4 units (https://www.hel.fi/palvelukarttaws/restpages/ver4.html): flat fields name_fi…,
//   desc_fi…, latitude/longitude, connections with name_fi… and www_fi…; the list is a plain array
//   (the real TPR v4 does not page).
//
// Endpoints (knobs are a comma-separated path segment before v2 / v4, so a test picks them with `src`):
//   /__mock/servicemap[/<knobs>]/v2/unit/?page=&page_size=   the unit list, paged through `next`
//   /__mock/servicemap[/<knobs>]/v2/search/?q=&type=unit&language=&page_size=&page=
//   /__mock/tpr[/<knobs>]/v4/unit/                           every unit, a plain array
//   /__mock/servicemap/log    → {requests: [{path, params, knobs}]} every request since the last reset
//   /__mock/servicemap/reset  → empties the log
// Knobs:
//   units-N       how many units there are (default 45; deterministic: the same N gives the same units)
//   bad           units 900002–900005 are bad: a malformed entry (a string), a unit without a name,
//                 one with HTML in its description, one with a javascript: link in a connection
//   slow-MS       every answer waits MS ms (`slow` alone: 1500)
//   status-N      every answer is that HTTP status
//   fail-page-N   page N of the unit list answers 500
//   loop          the unit list's last page has a `next` back to page 2 (the address page 1 gave as its next)
//   relative      `next` is only a query (?page=2&…) instead of a path from the root (see pageLink)

const SM_PREFIX = '/__mock/servicemap/';
const TPR_PREFIX = '/__mock/tpr/';

/** @type {{ path: string, params: Record<string, string>, knobs: string[] }[]} */
let log = [];

const json = (body, status = 200, delayMs = 0) => ({ status, type: 'json', body: JSON.stringify(body), delayMs });

/** A small deterministic PRNG (mulberry32): for one unit here, for the benchmarks' services too. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Kinds of unit, named in fi, sv and en. */
const KINDS = [
  { fi: 'Uimahalli', sv: 'Simhall', en: 'Swimming hall' },
  { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' },
  { fi: 'Nuorisotalo', sv: 'Ungdomsgård', en: 'Youth centre' },
  { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health station' },
  { fi: 'Päiväkoti', sv: 'Daghem', en: 'Day care centre' },
  { fi: 'Leikkipuisto', sv: 'Lekpark', en: 'Playground' },
  { fi: 'Liikuntahalli', sv: 'Idrottshall', en: 'Sports hall' },
  { fi: 'Asukastalo', sv: 'Invånarhus', en: "Residents' house" },
  { fi: 'Museo', sv: 'Museum', en: 'Museum' },
  { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' },
];
/** Places (made up: synthetic names, not Helsinki's districts). */
const PLACES = [
  { fi: 'Esimerkkilä', sv: 'Exempelby' },
  { fi: 'Testimäki', sv: 'Testbacka' },
  { fi: 'Mallikylä', sv: 'Modellby' },
  { fi: 'Kuvitelmaranta', sv: 'Fantasistrand' },
  { fi: 'Keksintölahti', sv: 'Påhittsvik' },
  { fi: 'Harjoitusniemi', sv: 'Övningsnäs' },
  { fi: 'Kokeilula', sv: 'Försöksby' },
];
/** Sentences of synthetic description text, per language. */
const SENTENCES = {
  fi: [
    'Tämä on synteettinen testiyksikkö, ei oikea palvelu.',
    'Toimipisteessä on esteetön sisäänkäynti ja hissi kaikkiin kerroksiin.',
    'Palvelemme suomeksi ja ruotsiksi, ja tulkkauksen voi tilata etukäteen.',
    'Tilat on remontoitu, ja niissä on hyvä valaistus ja induktiosilmukka.',
    'Ryhmät voivat varata vuoroja verkossa tai puhelimitse arkipäivisin.',
    'Pysäköintipaikkoja on rajoitetusti, joten suosittelemme julkista liikennettä.',
    'Lapsiperheille on oma odotustila, jossa on leluja ja lastenkirjoja.',
    'Aukioloajat voivat poiketa juhlapyhinä; tarkista ajankohtaiset tiedot ennen käyntiä.',
  ],
  sv: [
    'Det här är en syntetisk testenhet, inte en verklig tjänst.',
    'Verksamhetsstället har en tillgänglig ingång och hiss till alla våningar.',
    'Vi betjänar på finska och svenska, och tolkning kan beställas i förväg.',
    'Lokalerna är renoverade och har god belysning och induktionsslinga.',
    'Grupper kan boka turer på nätet eller per telefon på vardagar.',
    'Det finns få parkeringsplatser, så vi rekommenderar kollektivtrafik.',
    'Barnfamiljer har ett eget väntrum med leksaker och barnböcker.',
    'Öppettiderna kan avvika under helger; kontrollera aktuell information före besöket.',
  ],
  en: [
    'This is a synthetic test unit, not a real service.',
    'The unit has an accessible entrance and a lift to every floor.',
    'We serve in Finnish and Swedish, and interpreting can be booked in advance.',
    'The premises have been renovated and have good lighting and an induction loop.',
    'Groups can book slots online or by phone on weekdays.',
    'Parking is limited, so we recommend public transport.',
    'Families with children have their own waiting room with toys and children’s books.',
    'Opening hours may differ on public holidays; check the current information before your visit.',
  ],
};

const pick = (list, rnd) => list[Math.floor(rnd() * list.length)];
const sentences = (lang, rnd, n) => Array.from({ length: n }, () => pick(SENTENCES[lang], rnd)).join(' ');

/** One synthetic Service Map v2 unit, as the list endpoint serialises it. */
function makeUnit(id) {
  const rnd = random(id);
  const kind = KINDS[id % KINDS.length];
  const place = PLACES[Math.floor(id / KINDS.length) % PLACES.length];
  const n = id - 900000;
  const street = Math.floor(rnd() * 90) + 1;
  const hours = {
    fi: `ma–pe 8.00–20.00\nla 9.00–16.00\nsu suljettu\n(synteettinen)`,
    sv: `mån–fre 8.00–20.00\nlör 9.00–16.00\nsön stängt\n(syntetisk)`,
    en: `Mon–Fri 8.00–20.00\nSat 9.00–16.00\nSun closed\n(synthetic)`,
  };
  return {
    id,
    name: {
      fi: `${kind.fi} ${place.fi} ${n} (synteettinen)`,
      sv: `${kind.sv} ${place.sv} ${n} (syntetisk)`,
      en: `${kind.en} ${place.fi} ${n} (synthetic)`,
    },
    short_description: { fi: sentences('fi', rnd, 2), sv: sentences('sv', rnd, 2), en: sentences('en', rnd, 2) },
    description: { fi: sentences('fi', rnd, 4), sv: sentences('sv', rnd, 4), en: sentences('en', rnd, 4) },
    street_address: { fi: `Esimerkkikatu ${street}`, sv: `Exempelgatan ${street}`, en: `Esimerkkikatu ${street}` },
    address_zip: `00${String(100 + (id % 900)).padStart(3, '0')}`,
    municipality: 'helsinki',
    location: { type: 'Point', coordinates: [Number((24.85 + rnd() * 0.25).toFixed(6)), Number((60.15 + rnd() * 0.12).toFixed(6))] },
    phone: `+358 9 0000 ${String(id % 10000).padStart(4, '0')}`,
    email: `unit-${id}@example.org`,
    www: { fi: `https://example.org/fi/unit-${id}`, sv: `https://example.org/sv/unit-${id}`, en: `https://example.org/en/unit-${id}` },
    provider_type: 'SELF_PRODUCED',
    organizer_type: 'MUNICIPALITY',
    contract_type: { id: 'municipal_service', description: { fi: 'kunnallinen palvelu', sv: 'kommunal tjänst', en: 'municipal service' } },
    department: '00000000-0000-4000-8000-000000000001',
    root_department: '00000000-0000-4000-8000-000000000002',
    service_nodes: [990001 + (id % KINDS.length)],
    services: [990101 + (id % KINDS.length)],
    accessibility_shortcoming_count: { wheelchair: Math.floor(rnd() * 4), rollator: Math.floor(rnd() * 3) },
    accessibility_properties: [],
    identifiers: [],
    entrances: [],
    connections: [
      { section_type: 'OPENING_HOURS', name: hours, www: null, email: null, phone: null, contact_person: null },
      {
        section_type: 'PHONE_OR_EMAIL',
        name: { fi: 'Asiakaspalvelu (synteettinen)', sv: 'Kundtjänst (syntetisk)', en: 'Customer service (synthetic)' },
        www: null,
        email: `service-${id}@example.org`,
        phone: `+358 9 0000 ${String((id + 5000) % 10000).padStart(4, '0')}`,
        contact_person: null,
      },
      {
        section_type: 'LINK',
        name: { fi: 'Tilavaraukset', sv: 'Lokalbokning', en: 'Room bookings' },
        www: {
          fi: `https://example.org/fi/unit-${id}/varaa`,
          sv: `https://example.org/sv/unit-${id}/boka`,
          en: `https://example.org/en/unit-${id}/book`,
        },
        email: null,
        phone: null,
        contact_person: null,
      },
    ],
    created_time: '2020-01-01T00:00:00Z',
    modified_time: '2024-01-01T00:00:00Z',
  };
}

/** Units 900002–900005 with the `bad` knob: each a way a real feed can go wrong. */
function badUnit(id) {
  const unit = makeUnit(id);
  if (id === 900002) return 'not a unit (synthetic malformed entry)';
  if (id === 900003) return { ...unit, name: null };
  if (id === 900004) {
    unit.name = { fi: 'HTML-kuvaus (synteettinen)', sv: 'HTML-beskrivning (syntetisk)', en: 'HTML description (synthetic)' };
    unit.short_description = null;
    unit.description = {
      fi: '<p>Synteettinen <b>HTML</b>-kuvaus <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1"></p>',
      en: '<p>Synthetic <b>HTML</b> description <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1"></p>',
    };
    return unit;
  }
  unit.name = { fi: 'Javascript-linkki (synteettinen)', sv: 'Javascript-länk (syntetisk)', en: 'Javascript link (synthetic)' };
  unit.connections.push({
    section_type: 'LINK',
    name: { fi: 'Vaarallinen linkki', sv: 'Farlig länk', en: 'Hostile link' },
    www: { fi: 'javascript:window.__pwned=1', sv: 'javascript:window.__pwned=1', en: 'javascript:window.__pwned=1' },
    email: null,
    phone: null,
    contact_person: null,
  });
  return unit;
}

/** The units for a set of knobs: made once per (count, bad), then reused (10,000 units take a few ms). */
const populations = new Map();
function population(count, bad) {
  const key = `${count}:${bad}`;
  let units = populations.get(key);
  if (!units) {
    units = Array.from({ length: count }, (_, i) => (bad && i >= 1 && i <= 4 ? badUnit(900001 + i) : makeUnit(900001 + i)));
    // Each unit's searchable text per language, lower-cased once.
    for (const unit of units) {
      if (typeof unit !== 'object' || unit === null) continue;
      Object.defineProperty(unit, 'searchText', {
        enumerable: false,
        value: Object.fromEntries(
          ['fi', 'sv', 'en'].map((l) => [
            l,
            ` ${unit.name?.[l] ?? ''} ${unit.short_description?.[l] ?? ''} ${unit.street_address?.[l] ?? ''}`
              .toLowerCase()
              .replace(/[^\p{L}\p{N}]+/gu, ' '),
          ]),
        ),
      });
    }
    populations.set(key, units);
  }
  return units;
}

/** The knobs of a path (`/__mock/servicemap/units-100,slow/v2/unit/` → ['units-100', 'slow']) and the rest after the version. */
function readPath(pathname, prefix, version) {
  const rest = pathname.slice(prefix.length);
  const match = new RegExp(`^(?:([^/]+)/)?${version}/(.*)$`).exec(rest);
  if (!match) return undefined;
  return { knobs: match[1] ? match[1].split(',') : [], endpoint: match[2] };
}

const knobNumber = (knobs, name, fallback) => {
  const knob = knobs.find((k) => k.startsWith(`${name}-`));
  const n = knob ? Number(knob.slice(name.length + 1)) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : fallback;
};

function pageParams(params) {
  const size = Number(params.get('page_size') ?? 20);
  const page = Number(params.get('page') ?? 1);
  return {
    size: Number.isSafeInteger(size) && size > 0 ? Math.min(size, 1000) : 20,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * The address of another page of the same list (same path, knobs and parameters). The real API gives
 * absolute addresses; the mock cannot know the host the browser used (city-apis.mjs hands it
 * http://localhost), so it gives the path from the root (/__mock/…?page=2), or with `relative` only
 * the query (?page=2&…).
 */
function pageLink(url, page, relative) {
  const next = new URL(url.href);
  next.searchParams.set('page', String(page));
  return relative ? next.search : `${next.pathname}${next.search}`;
}

function unitList(url, knobs, delayMs) {
  const units = population(knobNumber(knobs, 'units', 45), knobs.includes('bad'));
  const { size, page } = pageParams(url.searchParams);
  if (knobNumber(knobs, 'fail-page', 0) === page)
    return { status: 500, type: 'json', body: '{"detail": "A server error occurred."}', delayMs };
  const pages = Math.max(1, Math.ceil(units.length / size));
  if (page > pages) return json({ detail: 'Invalid page.' }, 404, delayMs);
  const relative = knobs.includes('relative');
  let next = page < pages ? pageLink(url, page + 1, relative) : null;
  if (page === pages && pages > 1 && knobs.includes('loop')) next = pageLink(url, 2, relative);
  const previous = page > 1 ? pageLink(url, page - 1, relative) : null;
  return json({ count: units.length, next, previous, results: units.slice((page - 1) * size, page * size) }, 200, delayMs);
}

/** A unit as smbackend's SearchSerializer gives it, with the fields `include` asks for. */
function searchResult(unit, includes) {
  const result = {
    id: unit.id,
    object_type: 'unit',
    name: { fi: unit.name?.fi ?? null, sv: unit.name?.sv ?? null, en: unit.name?.en ?? null },
    street_address: unit.street_address?.fi ?? null,
    municipality: 'helsinki',
    accessibility_shortcoming_count: unit.accessibility_shortcoming_count,
    contract_type: unit.contract_type,
    department: {
      id: unit.department,
      name: { fi: 'Esimerkkitoimiala (synteettinen)', sv: 'Exempelsektorn (syntetisk)', en: 'Example division (synthetic)' },
      street_address: { fi: 'Esimerkkikatu 1', sv: 'Exempelgatan 1', en: null },
      municipality: 'helsinki',
    },
    location: unit.location,
  };
  for (const include of includes) {
    const [entity, field] = include.split('.');
    if (entity !== 'unit' || !field) continue;
    if (field === 'connections') result.connections = unit.connections;
    else if (field in unit) {
      const value = unit[field];
      // Translated fields are read as the server's default language (Finnish), as getattr does.
      result[field] = value && typeof value === 'object' && !Array.isArray(value) && 'fi' in value ? value.fi : value;
    }
  }
  return result;
}

const SEARCH_CHARS = /^[\p{L}\p{N}\s.'+&|-]+$/u;

function search(url, knobs, delayMs) {
  const params = url.searchParams;
  const q = (params.get('q') ?? params.get('input') ?? '').trim();
  if (!q) return json({ detail: "Supply search terms with 'q=' ' or input=' '" }, 400, delayMs);
  if (!SEARCH_CHARS.test(q))
    return json({ detail: "Invalid search terms, only letters, numbers, spaces and .'+-&| allowed." }, 400, delayMs);
  const language = params.get('language') ?? 'fi';
  if (!['fi', 'sv', 'en'].includes(language))
    return json({ detail: 'Invalid language argument, valid choices are: fi, sv, en' }, 400, delayMs);
  const types = (params.get('type') ?? 'unit').split(',');
  const words = q
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/[|&+.']/g, ''))
    .filter(Boolean);
  const units = population(knobNumber(knobs, 'units', 45), knobs.includes('bad'));
  const found = types.includes('unit')
    ? units.filter((u) => {
        // Malformed entries are in the list, never in a search (the server searches its database).
        if (typeof u !== 'object' || u === null || !u.searchText) return false;
        const text = u.searchText[language];
        // Each word as a prefix of a word of the text (to_tsquery `word:*`).
        return words.every((w) => text.includes(` ${w}`));
      })
    : [];
  const { size, page } = pageParams(params);
  const includes = (params.get('include') ?? '').split(',').filter(Boolean);
  const results = found.slice((page - 1) * size, page * size).map((u) => searchResult(u, includes));
  if (page > 1 && results.length === 0) return json({ detail: 'Invalid page.' }, 404, delayMs);
  const next = page * size < found.length ? pageLink(url, page + 1, knobs.includes('relative')) : null;
  const previous = page > 1 ? pageLink(url, page - 1, knobs.includes('relative')) : null;
  return json({ count: found.length, next, previous, results }, 200, delayMs);
}

/** A Service Map v2 unit in TPR v4's flat form. */
function tprUnit(unit) {
  if (typeof unit !== 'object' || unit === null) return unit;
  const flat = (base, value) => Object.fromEntries(['fi', 'sv', 'en'].filter((l) => value?.[l]).map((l) => [`${base}_${l}`, value[l]]));
  return {
    id: unit.id,
    org_id: '00000000-0000-4000-8000-000000000003',
    dept_id: unit.department,
    provider_type: unit.provider_type,
    ...flat('name', unit.name),
    ...flat('short_desc', unit.short_description),
    ...flat('desc', unit.description),
    latitude: unit.location.coordinates[1],
    longitude: unit.location.coordinates[0],
    ...flat('street_address', unit.street_address),
    address_zip: unit.address_zip,
    address_city_fi: 'Helsinki',
    address_city_sv: 'Helsingfors',
    address_city_en: 'Helsinki',
    phone: unit.phone,
    email: unit.email,
    ...flat('www', unit.www),
    connections: unit.connections.map((c) => ({
      section_type: c.section_type,
      ...flat('name', c.name),
      ...flat('www', c.www),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.email ? { email: c.email } : {}),
    })),
  };
}

function answer(knobs, endpoint, url, api) {
  const slowKnob = knobs.find((k) => k === 'slow' || k.startsWith('slow-'));
  const delayMs = slowKnob ? knobNumber(knobs, 'slow', 1500) : 0;
  const status = knobs.find((k) => /^status-\d{3}$/.test(k));
  if (status) return { status: Number(status.slice(7)), type: 'json', body: `{"detail": "mock status ${status.slice(7)}"}`, delayMs };
  if (api === 'tpr') {
    if (endpoint !== 'unit/') return json({ detail: 'Not found.' }, 404, delayMs);
    return json(population(knobNumber(knobs, 'units', 45), knobs.includes('bad')).map(tprUnit), 200, delayMs);
  }
  if (endpoint === 'unit/') return unitList(url, knobs, delayMs);
  if (endpoint === 'search/') return search(url, knobs, delayMs);
  return json({ detail: 'Not found.' }, 404, delayMs);
}

/**
 * The mock's answer to a URL under /__mock/servicemap/ or /__mock/tpr/, or undefined for any other.
 * @param {URL} url
 */
export async function serviceMapMock(url) {
  const { pathname } = url;
  if (pathname === `${SM_PREFIX}log`) return json({ requests: log });
  if (pathname === `${SM_PREFIX}reset`) {
    log = [];
    return json({ ok: true });
  }
  const api = pathname.startsWith(SM_PREFIX) ? 'servicemap' : pathname.startsWith(TPR_PREFIX) ? 'tpr' : undefined;
  if (!api) return undefined;
  const parsed = readPath(pathname, api === 'tpr' ? TPR_PREFIX : SM_PREFIX, api === 'tpr' ? 'v4' : 'v2');
  if (!parsed) return json({ detail: 'Not found.' }, 404);
  log.push({ path: pathname, params: Object.fromEntries(url.searchParams), knobs: parsed.knobs });
  return answer(parsed.knobs, parsed.endpoint, url, api);
}
