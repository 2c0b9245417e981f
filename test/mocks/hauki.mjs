// Mock of Hauki v1, the city's opening-hours register (see city-apis.mjs), for `hours="hauki"`.
//
// Endpoints, as Hauki has them (City-of-Helsinki/hauki hours/viewsets.py, commit e85e98e3a568):
//   /__mock/hauki/v1/resource/tprek:<id>/opening_hours/?start_date=…&end_date=…
//     → a list of {date, times} (ResourceViewSet.opening_hours), 404 {"detail": "Not found."} for a
//       unit Hauki does not know.
//   /__mock/hauki/v1/opening_hours/?resource=tprek:<id>,tprek:<id>&start_date=…&end_date=…
//     → {count, next, previous, results: [{resource, opening_hours}]} (OpeningHoursViewSet.list);
//       units Hauki does not know, or knows without hours, are left out.
//   start_date and end_date are required (400 otherwise): YYYY-MM-DD, `today` or ±N`d`, as Hauki reads them.
// The shapes (resource with origins, time elements) are copied from a recorded page:
// packages/services/test/fixtures/hauki/unified-search-opening-hours.json (see its README.md).
//
// The hours are made for the dates asked for, so "open now" can be asserted on any day at any time.
// What each unit has (its TPR id):
//   900001, 900102 (and ids ≡ 1 mod 5): open 00:00–24:00 every day ("Open now, until midnight")
//   900002 (and ids ≡ 2 mod 5): closed every day of the range
//   900003, 900101 (and ids ≡ 3 mod 5): not known to Hauki (404; left out of the paged form)
//   900004 (and ids ≡ 0 or 4 mod 5): Monday–Friday 09–16 with a break 10–11 listed as a second entry
//     of the same date, as in the recording; Saturday and Sunday closed
//   900005: known, but without hours (an empty list; left out of the paged form)
//
// Knobs, as a path segment before v1 (comma-separated), so a test picks them with `hours-src`:
//   /__mock/hauki/status-500/v1/   every request answers that HTTP status
//   /__mock/hauki/slow-2000/v1/    every answer waits that many ms (`slow` alone: 1500)
//   /__mock/hauki/other-resource/v1/  every answer is the paged form for another unit (id + 1)
// And the request log, so tests can prove which units were asked for:
//   /__mock/hauki/log    → {requests: [{path, resources, start_date, end_date, knobs}]}
//   /__mock/hauki/reset  → empties the log.
import { readFileSync } from 'node:fs';

const PREFIX = '/__mock/hauki/';
const recorded = JSON.parse(
  readFileSync(new URL('../../packages/services/test/fixtures/hauki/unified-search-opening-hours.json', import.meta.url), 'utf8'),
);
/** The recorded resource with the richest hours (Hauki id 22, tprek:4): the template of every answer. */
const recordedResult = recorded.results[1];

/** @type {{ path: string, resources: string[], start_date: string | null, end_date: string | null, knobs: string[] }[]} */
let log = [];

const FIXED = new Map([
  ['900001', 'always-open'],
  ['900102', 'always-open'],
  ['900002', 'closed'],
  ['900003', 'not-found'],
  ['900101', 'not-found'],
  ['900004', 'weekdays'],
  ['900005', 'no-hours'],
]);
const BY_REMAINDER = ['weekdays', 'always-open', 'closed', 'not-found', 'weekdays'];

/** What Hauki has for a TPR unit id. */
function scheduleOf(id) {
  return FIXED.get(id) ?? (/^[0-9]+$/.test(id) ? BY_REMAINDER[Number(BigInt(id) % 5n)] : 'not-found');
}

const json = (body, status = 200) => ({ status, type: 'json', body: JSON.stringify(body) });

/** Today in Helsinki, as YYYY-MM-DD. */
function helsinkiToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

const DAY_MS = 86_400_000;
const dayNumber = (date) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A start_date or end_date as Hauki reads it (ISO date, `today`, ±N`d`), as a day number; undefined when unreadable. */
function readDate(value) {
  if (value === null || value === '') return undefined;
  if (value === 'today') return dayNumber(helsinkiToday());
  const relative = /^([-+]?)\s*(\d+)d$/.exec(value);
  if (relative) return dayNumber(helsinkiToday()) + Number(`${relative[1]}${relative[2]}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = dayNumber(value);
  return Number.isFinite(day) && dateOf(day) === value ? day : undefined;
}

/** A time element shaped like the recorded ones. */
function element(state, start, end, period) {
  const template = recordedResult.opening_hours[0].times[0];
  const fullDay = start === null;
  return {
    ...template,
    start_time: start,
    end_time: end,
    end_time_on_next_day: false,
    resource_state: state,
    full_day: fullDay,
    periods: [period],
  };
}

/** The {date, times} list of a unit for a range of days, in Hauki's order (by date; a date may appear twice). */
function openingHours(id, schedule, from, to) {
  const period = 7000 + (Number(id) % 1000);
  const days = [];
  for (let day = from; day <= to; day += 1) {
    const date = dateOf(day);
    const weekday = ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1;
    if (schedule === 'always-open') days.push({ date, times: [element('open', null, null, period)] });
    else if (schedule === 'closed') days.push({ date, times: [element('closed', null, null, period)] });
    else if (schedule === 'weekdays') {
      if (weekday >= 6) days.push({ date, times: [element('closed', null, null, period)] });
      else {
        days.push({ date, times: [element('open', '09:00:00', '16:00:00', period)] });
        days.push({ date, times: [element('closed', '10:00:00', '11:00:00', period)] });
      }
    }
  }
  return days;
}

/** The paged form's resource object of a unit, shaped like the recorded one. */
function resource(id) {
  const template = recordedResult.resource;
  const [origin] = template.origins;
  return {
    ...template,
    id: 100000 + (Number(id) % 100000),
    name: { fi: `Toimipiste ${id} (synteettinen)`, sv: `Enhet ${id} (syntetisk)`, en: `Unit ${id} (synthetic)` },
    origins: [{ ...origin, origin_id: String(id) }],
  };
}

/** A path segment decoded, or as it is when it is not valid percent-encoding. */
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const page = (results) => ({ count: results.length, next: null, previous: null, results });

/**
 * The answer to a Hauki mock URL, or undefined when it is not one.
 * @param {URL} url
 */
export async function haukiMock(url) {
  if (!url.pathname.startsWith(PREFIX)) return undefined;
  const rest = url.pathname.slice(PREFIX.length);
  if (rest === 'log' || rest === 'log/') return json({ requests: log });
  if (rest === 'reset' || rest === 'reset/') {
    log = [];
    return json({ ok: true });
  }
  const match = /^(?:([a-z0-9,-]+)\/)?v1\/(?:resource\/([^/]+)\/opening_hours|(opening_hours))\/?$/.exec(rest);
  if (!match) return json({ detail: 'Not found.' }, 404);
  const knobs = match[1] ? match[1].split(',') : [];
  const resources = match[2] ? [safeDecode(match[2])] : (url.searchParams.get('resource') ?? '').split(',').filter(Boolean);
  const startDate = url.searchParams.get('start_date');
  const endDate = url.searchParams.get('end_date');
  log.push({ path: url.pathname, resources, start_date: startDate, end_date: endDate, knobs });

  const slow = knobs.find((k) => k === 'slow' || k.startsWith('slow-'));
  const delayMs = slow ? Number(slow.slice(5)) || 1500 : 0;
  const answer = (body) => ({ ...body, delayMs });
  const status = knobs.find((k) => /^status-\d{3}$/.test(k));
  if (status) return answer({ status: Number(status.slice(7)), type: 'text', body: `Mock Hauki answers ${status.slice(7)}` });

  if (!startDate || !endDate) return answer(json(['start_date and end_date GET parameters are required'], 400));
  const from = readDate(startDate);
  const to = readDate(endDate);
  if (from === undefined) return answer(json(['Invalid start_date'], 400));
  if (to === undefined) return answer(json(['Invalid end_date'], 400));
  if (from > to) return answer(json(['start_date must be before end_date'], 400));
  if (to - from > 366) return answer(json(['The mock answers at most a year of dates'], 400));

  /** The TPR unit id of a `tprek:<id>` resource, or undefined. */
  const unitOf = (id) => /^tprek:([0-9]+)$/.exec(id)?.[1];

  if (knobs.includes('other-resource')) {
    const others = resources
      .map(unitOf)
      .filter(Boolean)
      .map((id) => String(BigInt(id) + 1n));
    return answer(json(page(others.map((id) => ({ resource: resource(id), opening_hours: openingHours(id, 'always-open', from, to) })))));
  }

  if (match[2]) {
    const id = unitOf(resources[0]);
    const schedule = id ? scheduleOf(id) : 'not-found';
    if (schedule === 'not-found') return answer(json({ detail: 'Not found.' }, 404));
    return answer(json(openingHours(id, schedule, from, to)));
  }
  const results = [];
  for (const id of resources.map(unitOf)) {
    const schedule = id ? scheduleOf(id) : 'not-found';
    if (schedule === 'not-found' || schedule === 'no-hours') continue;
    results.push({ resource: resource(id), opening_hours: openingHours(id, schedule, from, to) });
  }
  return answer(json(page(results)));
}
