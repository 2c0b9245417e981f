/**
 * "Open now / opens at …" from structured opening hours, in Helsinki time whatever the device's
 * time zone. Unknown or free-text hours are never guessed: they answer "unknown".
 */
import type { OpeningHours } from '@hki-widgets/data';

export type OpenState =
  { state: 'open'; closes: string } | { state: 'closed'; opens?: { day: number; time: string; date: string } } | { state: 'unknown' };

const TIME_ZONE = 'Europe/Helsinki';

/** Made once: a formatter is costly to make, and a list of cards asks the time once per card. */
let helsinkiFormat: Intl.DateTimeFormat | undefined;
/** The last moment asked, to the minute, and its answer: a page of cards asks about the same minute. */
let lastMinute: { minute: number; time: { date: string; day: number; minutes: number } } | undefined;

/** The date (YYYY-MM-DD), ISO weekday (1–7) and minutes since midnight of a moment in Helsinki. */
export function helsinkiTime(now: Date): { date: string; day: number; minutes: number } {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastMinute?.minute === minute) return { ...lastMinute.time };
  helsinkiFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(helsinkiFormat.formatToParts(now).map((p) => [p.type, p.value]));
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  const time = { date: `${parts.year}-${parts.month}-${parts.day}`, day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  lastMinute = { minute, time };
  return { ...time };
}

const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};

/** A date (YYYY-MM-DD) some days later (or earlier, when negative). */
export const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The periods that apply on a date: the weekly periods valid then, unless an exception says otherwise. */
function hoursOn(hours: Extract<OpeningHours, { kind: 'structured' }>, date: string, day: number): { opens: string; closes: string }[] {
  const exception = hours.exceptions?.find((e) => e.date === date);
  if (exception)
    return exception.closed || !exception.opens || !exception.closes
      ? []
      : [{ opens: exception.opens.slice(0, 5), closes: exception.closes.slice(0, 5) }];
  return hours.periods
    .filter((p) => p.days.includes(day) && (!p.validFrom || p.validFrom <= date) && (!p.validTo || date <= p.validTo))
    .map((p) => ({ opens: p.opens, closes: p.closes }))
    .sort((a, b) => toMinutes(a.opens) - toMinutes(b.opens));
}

/** Whether a service is open at a moment, and when it closes or next opens (within a week). */
export function openState(hours: OpeningHours | undefined, now: Date = new Date()): OpenState {
  if (!hours || hours.kind !== 'structured' || hours.periods.length + (hours.exceptions?.length ?? 0) === 0) return { state: 'unknown' };
  const today = helsinkiTime(now);
  for (const period of hoursOn(hours, today.date, today.day)) {
    if (toMinutes(period.opens) <= today.minutes && today.minutes < toMinutes(period.closes))
      return { state: 'open', closes: period.closes };
  }
  for (let offset = 0; offset <= 7; offset++) {
    const date = addDays(today.date, offset);
    const day = ((today.day - 1 + offset) % 7) + 1;
    const next = hoursOn(hours, date, day).find((p) => offset > 0 || toMinutes(p.opens) > today.minutes);
    if (next) return { state: 'closed', opens: { day, time: next.opens, date } };
  }
  return { state: 'closed' };
}
