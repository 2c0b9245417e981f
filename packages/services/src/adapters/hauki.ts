/**
 * Adapter: Hauki daily opening hours → a structured OpeningHours. Hauki answers them in two forms:
 * - `/v1/resource/{id}/opening_hours/?start_date=…&end_date=…` (what `hours="hauki"` asks for, with
 *   `{id}` = `tprek:<unit id>`): a plain list of `{date, times}`, sorted by date. It names no resource.
 * - `/v1/opening_hours/?resource=tprek:1,tprek:2&start_date=…&end_date=…`: a page
 *   `{count, next, previous, results: [{resource: {id, name, timezone, origins: [{data_source: {id,
 *   name}, origin_id}]}, opening_hours: [{date, times}]}]}`, one result per resource that has hours
 *   (a resource without date periods is left out, so an unknown resource gives `count: 0`).
 *
 * The shapes are taken from Hauki's own code and from recorded responses:
 * - City-of-Helsinki/hauki, hours/viewsets.py (ResourceViewSet.opening_hours: the list form;
 *   OpeningHoursViewSet.list and OpeningHoursFilterBackend: the paged form and its `resource`
 *   filter; hours/utils.py get_resource_pk_filter: `tprek:41102` is data source `tprek`, origin
 *   `41102`) and hours/serializers.py (ResourceDailyOpeningHoursSerializer, ResourceSimpleSerializer,
 *   ResourceOriginSerializer, DataSourceSerializer, DailyOpeningHoursSerializer,
 *   TimeElementSerializer: name, description, start_time, end_time, end_time_on_next_day,
 *   resource_state, full_day, periods).
 * - City-of-Helsinki/hauki, hours/enums.py (State: open, closed, self_service, with_key,
 *   with_reservation, open_and_reservable, with_key_and_reservation, enter_only, exit_only,
 *   weather_permitting, not_in_use, maintenance, reserved, by_appointment, undefined).
 * - City-of-Helsinki/unified-search, sources/ingest/importers/utils/tests/test_opening_hours.py
 *   (recorded in packages/services/test/fixtures/hauki/): the paged form with two resources,
 *   including a date listed twice (open 9–16 and closed 10–11 as separate entries), full_day days
 *   with null times and end_time_on_next_day spans.
 *
 * Which resource the hours are for: given the resource asked for (`tprek:41102`), a result counts
 * only when its resource says it is that one (an origin with data source `tprek` and origin id
 * `41102`, or a Hauki id equal to what was asked). A result naming another resource is skipped and
 * reported back (`others`), never shown as this unit's hours. A list or result that names no
 * resource cannot be checked and is taken as the answer to the address that was asked.
 *
 * How the weekly schedule is derived (simple, and never claiming more than the response says):
 * 1. Entries of the same date are merged. Per date, 'open' and 'open_and_reservable' spans are
 *    opening hours; 'closed', 'not_in_use', 'maintenance' and 'exit_only' spans are cut out of them.
 *    Other states (self_service, with_key, by_appointment…) are hours the schema cannot qualify, so
 *    they are left out rather than shown as plain opening hours; 'undefined' says nothing.
 *    A null start_time is the start of the day, a null end_time its end; full_day is 00:00–24:00.
 * 2. A date is open (its spans), closed (a closing span, or every opening span cut away) or unknown
 *    (nothing usable), and unknown dates are ignored.
 * 3. A span that ends on the next day (end_time_on_next_day) is split at midnight: 24:00 on its own
 *    date, 00:00–end on the next date, when that date is in the response and not unknown.
 * 4. For each ISO weekday, the most common day pattern among its dates is the weekly pattern (on a
 *    tie an open pattern wins over closed, then the earliest). Periods group the weekdays sharing a
 *    span and are valid from the first to the last known date of the response.
 * 5. Dates that differ from their weekday's pattern become exceptions: closed, or one entry per span.
 *    When no weekday is open at all, every known date is listed as an exception, so the range stays visible.
 * An empty or unreadable response, or several resources when none was asked for, gives { kind: 'unknown' }.
 */
import type { FactSource, OpeningHours, OpeningPeriod } from '@hki-widgets/data';
import { isRecord, readSafely } from './shared.js';

type Span = [start: number, end: number];
type Exception = NonNullable<Extract<OpeningHours, { kind: 'structured' }>['exceptions']>[number];

const DAY = 24 * 60;
const OPEN_STATES = new Set(['open', 'open_and_reservable']);
const CLOSING_STATES = new Set(['closed', 'not_in_use', 'maintenance', 'exit_only']);

/** 'HH:MM' or 'HH:MM:SS' → minutes from midnight; seconds are dropped. */
function minutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?$/.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A valid calendar date 'YYYY-MM-DD' and its ISO weekday (1 = Monday … 7 = Sunday). */
function isoDate(value: unknown): { date: string; weekday: number; time: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  const check = new Date(time);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  const day = check.getUTCDay();
  return { date: value, weekday: day === 0 ? 7 : day, time };
}

function nextDate(time: number): string {
  return new Date(time + 86_400_000).toISOString().slice(0, 10);
}

/** A time element's span in minutes from the start of its date (past 24:00 when it ends on the next day). */
function span(element: Record<string, unknown>): Span | undefined {
  if (element.full_day === true) return [0, DAY];
  const start = element.start_time == null ? 0 : minutes(element.start_time);
  let end = element.end_time == null ? DAY : minutes(element.end_time);
  if (start === undefined || end === undefined) return undefined;
  if (element.end_time_on_next_day === true && element.end_time != null) end += DAY;
  return end > start ? [start, end] : undefined;
}

/** Sorted, merged spans. */
function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The parts of `spans` not covered by `cuts`. */
function subtract(spans: Span[], cuts: Span[]): Span[] {
  let rest = union(spans);
  for (const [cs, ce] of union(cuts)) {
    const next: Span[] = [];
    for (const [s, e] of rest) {
      if (ce <= s || cs >= e) next.push([s, e]);
      else {
        if (s < cs) next.push([s, cs]);
        if (ce < e) next.push([ce, e]);
      }
    }
    rest = next;
  }
  return rest;
}

interface Day {
  date: string;
  weekday: number;
  time: number;
  open: Span[];
  closing: Span[];
}

interface KnownDay {
  date: string;
  weekday: number;
  spans: Span[];
}

/** What a response holds for the resource asked for (see `readHaukiOpeningHours`). */
export type HaukiStatus = 'hours' | 'none' | 'other' | 'unreadable';

export interface HaukiReading {
  /** The resource's hours: structured, or { kind: 'unknown' } when the response has none usable. */
  hours: OpeningHours;
  /**
   * `hours`: structured hours for the resource asked for; `none`: Hauki has no usable hours for it
   * (an empty list, `count: 0`, only undefined states); `other`: only other resources' hours (see
   * `others`); `unreadable`: not a Hauki opening-hours response (or several resources when none was asked for).
   */
  status: HaukiStatus;
  /** The resources of the response that are not the one asked for, as `tprek:41103` (or `hauki:11`). */
  others: string[];
}

/** `tprek:41102` → ['tprek', '41102']; a Hauki id without a data source → [undefined, id]. */
function splitResourceId(id: string): [dataSource: string | undefined, originId: string] {
  const colon = id.indexOf(':');
  return colon < 0 ? [undefined, id] : [id.slice(0, colon), id.slice(colon + 1)];
}

const idText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

/** A resource's origins as `data_source:origin_id` ids (the data source may be an object with an id, or an id). */
function originsOf(resource: Record<string, unknown>): string[] {
  if (!Array.isArray(resource.origins)) return [];
  const out: string[] = [];
  for (const origin of resource.origins) {
    if (!isRecord(origin)) continue;
    const dataSource = idText(isRecord(origin.data_source) ? origin.data_source.id : origin.data_source);
    const originId = idText(origin.origin_id);
    if (dataSource && originId) out.push(`${dataSource}:${originId}`);
  }
  return out;
}

/**
 * Whether a result is for the resource asked for: true, false, or undefined when it names no
 * resource (nothing to check). `entry` is one result of the paged form, or the whole response.
 */
function isFor(entry: Record<string, unknown>, wanted: string): boolean | undefined {
  const resource = isRecord(entry.resource) ? entry.resource : undefined;
  const origins = resource ? originsOf(resource) : [];
  const id = resource ? idText(resource.id) : undefined;
  if (origins.length === 0 && id === undefined) return undefined;
  const [dataSource, originId] = splitResourceId(wanted);
  if (dataSource === undefined) return id === originId;
  return origins.includes(`${dataSource}:${originId}`) || id === wanted;
}

/** How a result names its resource, for the console: its first origin, or its Hauki id. */
function nameOf(entry: Record<string, unknown>): string {
  const resource = isRecord(entry.resource) ? entry.resource : {};
  const origins = originsOf(resource);
  return origins.find((o) => o.startsWith('tprek:')) ?? origins[0] ?? `hauki:${idText(resource.id) ?? '?'}`;
}

type Entries = { status: 'entries'; list: unknown[]; others: string[] } | { status: Exclude<HaukiStatus, 'hours'>; others: string[] };

/** The `{date, times}` entries of a response for the resource asked for (any resource when none is given). */
function entries(json: unknown, wanted: string | undefined): Entries {
  const found = (list: unknown[], others: string[] = []): Entries => ({ status: 'entries', list, others });
  if (Array.isArray(json)) return found(json);
  if (!isRecord(json)) return { status: 'unreadable', others: [] };
  if (Array.isArray(json.opening_hours)) {
    // One resource's result on its own: {resource, opening_hours}.
    if (wanted !== undefined && isFor(json, wanted) === false) return { status: 'other', others: [nameOf(json)] };
    return found(json.opening_hours);
  }
  if (!Array.isArray(json.results)) return { status: 'unreadable', others: [] };
  const results = json.results;
  const perResource = results.filter((r): r is Record<string, unknown> => isRecord(r) && Array.isArray(r.opening_hours));
  // An older paged list of days ({results: [{date, times}]}), or count: 0.
  if (perResource.length === 0) return results.length === 0 ? { status: 'none', others: [] } : found(results);
  if (wanted === undefined) {
    // Without a resource to look for, only one resource's hours can become one schedule.
    return perResource.length === 1 && results.length === 1
      ? found(perResource[0].opening_hours as unknown[])
      : { status: 'unreadable', others: [] };
  }
  const mine = perResource.filter((r) => isFor(r, wanted) !== false);
  const others = perResource.filter((r) => isFor(r, wanted) === false).map(nameOf);
  if (mine.length === 0) return { status: 'other', others };
  // The first result that is this resource; a second one for the same resource adds nothing Hauki would not repeat.
  return found(mine[0].opening_hours as unknown[], others);
}

function readDays(list: unknown[]): Map<string, Day> {
  const days = new Map<string, Day>();
  for (const entry of list) {
    if (!isRecord(entry) || !Array.isArray(entry.times)) continue;
    const when = isoDate(entry.date);
    if (!when) continue;
    let day = days.get(when.date);
    if (!day) {
      day = { ...when, open: [], closing: [] };
      days.set(when.date, day);
    }
    for (const element of entry.times) {
      if (!isRecord(element)) continue;
      const state = typeof element.resource_state === 'string' ? element.resource_state : 'undefined';
      const s = span(element);
      if (!s) continue;
      if (OPEN_STATES.has(state)) day.open.push(s);
      else if (CLOSING_STATES.has(state)) day.closing.push(s);
      // Any other state (self_service, by_appointment, undefined…) is left out, as described above.
    }
  }
  return days;
}

/** Open and closed dates with their spans within the date (closed = no spans); unknown dates are left out. */
function knownDays(days: Map<string, Day>): KnownDay[] {
  const known = new Map<string, KnownDay>();
  const spills: [string, Span[]][] = [];
  for (const day of [...days.values()].sort((a, b) => a.time - b.time)) {
    const spans = subtract(day.open, day.closing);
    if (spans.length === 0 && day.open.length === 0 && day.closing.length === 0) continue;
    const within = spans.map(([s, e]): Span => [s, Math.min(e, DAY)]).filter(([s, e]) => e > s);
    const spill = spans.filter(([, e]) => e > DAY).map(([s, e]): Span => [Math.max(s, DAY) - DAY, e - DAY]);
    known.set(day.date, { date: day.date, weekday: day.weekday, spans: within });
    if (spill.length > 0) spills.push([nextDate(day.time), spill]);
  }
  for (const [date, spill] of spills) {
    const next = known.get(date);
    if (next) next.spans = union([...next.spans, ...spill]);
  }
  return [...known.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function signature(spans: Span[]): string {
  return spans.length === 0 ? 'closed' : spans.map(([s, e]) => `${s}-${e}`).join(',');
}

/**
 * Per ISO weekday, the most common signature of its known dates. Candidates are met in date order,
 * so on a tie the earlier one stays, unless it is 'closed' and the later one is open.
 */
function weeklyPattern(days: KnownDay[]): Map<number, { signature: string; spans: Span[] }> {
  const pattern = new Map<number, { signature: string; spans: Span[] }>();
  for (let weekday = 1; weekday <= 7; weekday += 1) {
    const counts = new Map<string, { signature: string; spans: Span[]; count: number }>();
    for (const day of days) {
      if (day.weekday !== weekday) continue;
      const sig = signature(day.spans);
      const entry = counts.get(sig) ?? { signature: sig, spans: day.spans, count: 0 };
      entry.count += 1;
      counts.set(sig, entry);
    }
    let best: { signature: string; spans: Span[]; count: number } | undefined;
    for (const candidate of counts.values()) {
      if (!best || candidate.count > best.count || (candidate.count === best.count && best.signature === 'closed')) best = candidate;
    }
    if (best) pattern.set(weekday, { signature: best.signature, spans: best.spans });
  }
  return pattern;
}

function exceptionsFor(day: KnownDay): Exception[] {
  if (day.spans.length === 0) return [{ date: day.date, closed: true }];
  return day.spans.map(([s, e]) => ({ date: day.date, closed: false, opens: clock(s), closes: clock(e) }));
}

function derive(list: unknown[], source: FactSource | undefined): OpeningHours {
  const days = knownDays(readDays(list));
  if (days.length === 0) return { kind: 'unknown' };
  const validFrom = days[0].date;
  const validTo = days[days.length - 1].date;

  const pattern = weeklyPattern(days);
  const byspan = new Map<string, { span: Span; days: number[] }>();
  for (const [weekday, { spans }] of pattern) {
    for (const s of spans) {
      const key = `${s[0]}-${s[1]}`;
      const entry = byspan.get(key) ?? { span: s, days: [] };
      entry.days.push(weekday);
      byspan.set(key, entry);
    }
  }
  const periods: OpeningPeriod[] = [...byspan.values()]
    .map(({ span: [s, e], days: weekdays }) => {
      const sorted = [...weekdays].sort((a, b) => a - b);
      return { days: sorted as [number, ...number[]], opens: clock(s), closes: clock(e), validFrom, validTo };
    })
    .sort((a, b) => a.days[0] - b.days[0] || a.opens.localeCompare(b.opens));

  const exceptions =
    periods.length === 0
      ? days.flatMap(exceptionsFor)
      : days.filter((day) => signature(day.spans) !== pattern.get(day.weekday)?.signature).flatMap(exceptionsFor);

  const hours: OpeningHours = { kind: 'structured', periods, exceptions, timeZone: 'Europe/Helsinki' };
  if (source) hours.source = source;
  return hours;
}

function read(json: unknown, resource: string | undefined, source: FactSource | undefined): HaukiReading {
  const found = entries(json, resource);
  if (found.status !== 'entries') return { hours: { kind: 'unknown' }, status: found.status, others: found.others };
  const hours = derive(found.list, source);
  return { hours, status: hours.kind === 'structured' ? 'hours' : 'none', others: found.others };
}

/**
 * A Hauki opening-hours response (either form) read for one resource: its hours as weekly periods
 * with exceptions, and whether the response was for that resource at all. `resource` is the id that
 * was asked for (`tprek:41102`); without it, the response must hold one resource's hours. Never throws.
 */
export function readHaukiOpeningHours(json: unknown, options: { resource?: string; source?: FactSource } = {}): HaukiReading {
  return readSafely(() => read(json, options.resource, options.source)) ?? { hours: { kind: 'unknown' }, status: 'unreadable', others: [] };
}

/**
 * Hauki's daily opening hours for one resource (a plain array of `{date, times}`, `{results}` or
 * `{resource, opening_hours}`) as weekly periods with exceptions, or { kind: 'unknown' } when nothing
 * usable is in it. With `resource`, hours Hauki gives for another resource are not used. Never throws.
 */
export function fromHaukiOpeningHours(json: unknown, source?: FactSource, resource?: string): OpeningHours {
  return readHaukiOpeningHours(json, { resource, source }).hours;
}
