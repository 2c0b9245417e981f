/**
 * Adapter: Hauki daily opening hours (https://hauki.api.hel.fi/v1/resource/{id}/opening_hours/
 * ?start_date=…&end_date=…) → a structured OpeningHours.
 *
 * The response shape is taken from Hauki's own code:
 * - City-of-Helsinki/hauki, hours/api.py (ResourceViewSet.opening_hours: a list of
 *   `{date, times}` sorted by date) and hours/serializers.py (DailyOpeningHoursSerializer,
 *   TimeElementSerializer: name, description, start_time, end_time, end_time_on_next_day,
 *   resource_state, full_day, periods).
 * - City-of-Helsinki/hauki, hours/enums.py (State: open, closed, self_service, with_key,
 *   with_reservation, open_and_reservable, with_key_and_reservation, enter_only, exit_only,
 *   weather_permitting, not_in_use, maintenance, reserved, by_appointment, undefined).
 * - City-of-Helsinki/unified-search, sources/ingest/importers/utils/tests/test_opening_hours.py and
 *   its snapshot: real-shaped responses, including a date listed twice (open 9–16 and closed 10–11
 *   as separate entries), full_day days with null times and end_time_on_next_day spans.
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
 * An empty, unreadable or several-resource response gives { kind: 'unknown' }.
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

/** The list of `{date, times}` entries of a response, or undefined when it is not one resource's hours. */
function entries(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return undefined;
  if (Array.isArray(json.opening_hours)) return json.opening_hours;
  if (!Array.isArray(json.results)) return undefined;
  const results = json.results;
  const perResource = results.filter((r) => isRecord(r) && Array.isArray(r.opening_hours));
  if (perResource.length === 0) return results;
  // /v1/opening_hours/ lists several resources: only one resource's hours can become one schedule.
  return perResource.length === 1 && results.length === 1
    ? ((perResource[0] as Record<string, unknown>).opening_hours as unknown[])
    : undefined;
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

function derive(json: unknown, source: FactSource | undefined): OpeningHours {
  const list = entries(json);
  if (!list) return { kind: 'unknown' };
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

/**
 * Hauki's daily opening hours for one resource (a plain array of `{date, times}`, or `{results}`)
 * as weekly periods with exceptions, or { kind: 'unknown' } when nothing usable is in it. Never throws.
 */
export function fromHaukiOpeningHours(json: unknown, source?: FactSource): OpeningHours {
  return readSafely(() => derive(json, source)) ?? { kind: 'unknown' };
}
