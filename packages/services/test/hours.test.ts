import { expect } from '@open-wc/testing';
import type { OpeningHours } from '@hki-widgets/data';
import { addDays, helsinkiTime, openState } from '../src/shared/hours.js';

/**
 * The pure "open now" logic, with fixed moments. Helsinki is UTC+2 in winter and UTC+3 in summer:
 * 2024-01-15T10:00:00Z is Monday 12.00 in Helsinki, 2024-07-15T10:00:00Z is Monday 13.00.
 */
type Structured = Extract<OpeningHours, { kind: 'structured' }>;
const WEEKDAYS: [number, ...number[]] = [1, 2, 3, 4, 5];
const officeHours = (extra: Partial<Structured> = {}): Structured => ({
  kind: 'structured',
  periods: [{ days: WEEKDAYS, opens: '09:00', closes: '16:00' }],
  ...extra,
});

describe('helsinkiTime', () => {
  it('gives the date, ISO weekday and minutes in Helsinki in winter (UTC+2)', () => {
    expect(helsinkiTime(new Date('2024-01-15T10:00:00Z'))).to.deep.equal({ date: '2024-01-15', day: 1, minutes: 12 * 60 });
    // Sunday is 7, not 0.
    expect(helsinkiTime(new Date('2024-01-21T10:00:00Z'))).to.deep.equal({ date: '2024-01-21', day: 7, minutes: 12 * 60 });
  });

  it('moves to the next day in Helsinki before it does in UTC', () => {
    expect(helsinkiTime(new Date('2024-01-15T22:30:00Z'))).to.deep.equal({ date: '2024-01-16', day: 2, minutes: 30 });
    // New Year's Eve in UTC is already New Year's Day in Helsinki.
    expect(helsinkiTime(new Date('2023-12-31T23:15:00Z'))).to.deep.equal({ date: '2024-01-01', day: 1, minutes: 75 });
  });

  it('follows summer time (UTC+3)', () => {
    expect(helsinkiTime(new Date('2024-07-15T10:00:00Z'))).to.deep.equal({ date: '2024-07-15', day: 1, minutes: 13 * 60 });
    expect(helsinkiTime(new Date('2024-07-15T21:30:00Z'))).to.deep.equal({ date: '2024-07-16', day: 2, minutes: 30 });
  });

  it('jumps an hour on the night summer time starts (31 March 2024)', () => {
    expect(helsinkiTime(new Date('2024-03-31T00:30:00Z')).minutes).to.equal(2 * 60 + 30);
    expect(helsinkiTime(new Date('2024-03-31T01:30:00Z')).minutes).to.equal(4 * 60 + 30);
  });

  it('writes midnight as 0 minutes, not 24.00', () => {
    expect(helsinkiTime(new Date('2024-01-14T22:00:00Z'))).to.deep.equal({ date: '2024-01-15', day: 1, minutes: 0 });
  });
});

describe('addDays', () => {
  it('counts calendar days across months, years and the summer-time change', () => {
    expect(addDays('2024-01-31', 1)).to.equal('2024-02-01');
    expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
    expect(addDays('2023-12-31', 7)).to.equal('2024-01-07');
    expect(addDays('2024-03-30', 1)).to.equal('2024-03-31');
    expect(addDays('2024-03-31', 1)).to.equal('2024-04-01');
  });
});

describe('openState', () => {
  describe('weekly hours', () => {
    it('is open during the hours and says when it closes', () => {
      expect(openState(officeHours(), new Date('2024-01-15T10:00:00Z'))).to.deep.equal({ state: 'open', closes: '16:00' });
    });

    it('opens at the opening minute and closes at the closing minute', () => {
      // 09.00 Monday: open.
      expect(openState(officeHours(), new Date('2024-01-15T07:00:00Z')).state).to.equal('open');
      // 08.59: not yet, opens today at 9.00.
      expect(openState(officeHours(), new Date('2024-01-15T06:59:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '09:00', date: '2024-01-15' },
      });
      // 16.00: closed, opens Tuesday.
      expect(openState(officeHours(), new Date('2024-01-15T14:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 2, time: '09:00', date: '2024-01-16' },
      });
    });

    it('after closing, opens the next day', () => {
      // Monday 17.00.
      expect(openState(officeHours(), new Date('2024-01-15T15:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 2, time: '09:00', date: '2024-01-16' },
      });
    });

    it('on a Friday evening, opens on Monday (over the weekend)', () => {
      expect(openState(officeHours(), new Date('2024-01-19T16:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '09:00', date: '2024-01-22' },
      });
    });

    it('with hours on one weekday only, opens again a week later', () => {
      const mondays: OpeningHours = { kind: 'structured', periods: [{ days: [1], opens: '10:00', closes: '12:00' }] };
      expect(openState(mondays, new Date('2024-01-15T11:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '10:00', date: '2024-01-22' },
      });
    });

    it('takes the earliest period of a day, and a later one after a break', () => {
      const split: OpeningHours = {
        kind: 'structured',
        periods: [
          { days: [1], opens: '13:00', closes: '16:00' },
          { days: [1], opens: '09:00', closes: '11:00' },
        ],
      };
      // Monday 08.00: the morning period comes first, though it is listed second.
      expect(openState(split, new Date('2024-01-15T06:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '09:00', date: '2024-01-15' },
      });
      // Monday 10.00: open until 11.
      expect(openState(split, new Date('2024-01-15T08:00:00Z'))).to.deep.equal({ state: 'open', closes: '11:00' });
      // Monday 12.00: the lunch break, opens again at 13.
      expect(openState(split, new Date('2024-01-15T10:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '13:00', date: '2024-01-15' },
      });
      // Monday 14.00: open until 16.
      expect(openState(split, new Date('2024-01-15T12:00:00Z'))).to.deep.equal({ state: 'open', closes: '16:00' });
    });

    it('is open until midnight when a period closes at 24:00', () => {
      const allDay: OpeningHours = { kind: 'structured', periods: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' }] };
      expect(openState(allDay, new Date('2024-01-15T21:30:00Z'))).to.deep.equal({ state: 'open', closes: '24:00' });
      // Just after midnight in Helsinki (22.05 UTC): open again, on Tuesday.
      expect(openState(allDay, new Date('2024-01-15T22:05:00Z'))).to.deep.equal({ state: 'open', closes: '24:00' });
    });

    it('says closed, without a next opening, when nothing opens within a week', () => {
      const noDays: OpeningHours = { kind: 'structured', periods: [{ days: [3], opens: '09:00', closes: '10:00', validTo: '2024-01-01' }] };
      expect(openState(noDays, new Date('2024-01-15T10:00:00Z'))).to.deep.equal({ state: 'closed' });
    });
  });

  describe('exceptions', () => {
    it('is closed on a closed date, and opens the next day', () => {
      const hours = officeHours({ exceptions: [{ date: '2024-01-15', closed: true }] });
      expect(openState(hours, new Date('2024-01-15T10:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 2, time: '09:00', date: '2024-01-16' },
      });
    });

    it('skips a closed date ahead when telling the next opening', () => {
      // Monday 17.00, Tuesday closed: opens Wednesday.
      const hours = officeHours({ exceptions: [{ date: '2024-01-16', closed: true }] });
      expect(openState(hours, new Date('2024-01-15T15:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 3, time: '09:00', date: '2024-01-17' },
      });
    });

    it('uses the other hours of a date (given with seconds, as Hauki does)', () => {
      const hours = officeHours({ exceptions: [{ date: '2024-01-15', closed: false, opens: '12:00:00', closes: '14:30:00' }] });
      // Monday 10.00: the usual hours would be open, but today opens at 12.
      expect(openState(hours, new Date('2024-01-15T08:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '12:00', date: '2024-01-15' },
      });
      // Monday 13.00: open until 14.30.
      expect(openState(hours, new Date('2024-01-15T11:00:00Z'))).to.deep.equal({ state: 'open', closes: '14:30' });
    });

    it('opens on a Sunday that is an exception to the weekly hours', () => {
      const hours = officeHours({ exceptions: [{ date: '2024-01-21', closed: false, opens: '10:00', closes: '14:00' }] });
      expect(openState(hours, new Date('2024-01-21T10:00:00Z'))).to.deep.equal({ state: 'open', closes: '14:00' });
      // The Saturday before: opens on that Sunday, not on Monday.
      expect(openState(hours, new Date('2024-01-20T10:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 7, time: '10:00', date: '2024-01-21' },
      });
    });

    it('treats an exception without both times as closed', () => {
      const hours = officeHours({ exceptions: [{ date: '2024-01-15', closed: false, opens: '10:00' }] });
      expect(openState(hours, new Date('2024-01-15T10:00:00Z')).state).to.equal('closed');
    });

    it('is not unknown when a service has only exceptions', () => {
      const hours: OpeningHours = {
        kind: 'structured',
        periods: [],
        exceptions: [{ date: '2024-01-15', closed: false, opens: '09:00', closes: '17:00' }],
      };
      expect(openState(hours, new Date('2024-01-15T10:00:00Z'))).to.deep.equal({ state: 'open', closes: '17:00' });
    });
  });

  describe('validity', () => {
    it('ignores a period before its validFrom date', () => {
      const hours: OpeningHours = {
        kind: 'structured',
        periods: [{ days: WEEKDAYS, opens: '09:00', closes: '16:00', validFrom: '2024-01-16' }],
      };
      // Monday 12.00: not valid yet; valid from Tuesday.
      expect(openState(hours, new Date('2024-01-15T10:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 2, time: '09:00', date: '2024-01-16' },
      });
      // On Tuesday 12.00 it is.
      expect(openState(hours, new Date('2024-01-16T10:00:00Z'))).to.deep.equal({ state: 'open', closes: '16:00' });
    });

    it('ignores a period after its validTo date, and includes the validTo date itself', () => {
      const hours: OpeningHours = {
        kind: 'structured',
        periods: [{ days: WEEKDAYS, opens: '09:00', closes: '16:00', validTo: '2024-01-15' }],
      };
      expect(openState(hours, new Date('2024-01-15T10:00:00Z'))).to.deep.equal({ state: 'open', closes: '16:00' });
      expect(openState(hours, new Date('2024-01-16T10:00:00Z'))).to.deep.equal({ state: 'closed' });
    });

    it('switches from winter hours to summer hours on the date given', () => {
      const hours: OpeningHours = {
        kind: 'structured',
        periods: [
          { days: WEEKDAYS, opens: '09:00', closes: '16:00', validTo: '2024-01-15' },
          { days: WEEKDAYS, opens: '10:00', closes: '18:00', validFrom: '2024-01-16' },
        ],
      };
      // Monday 17.00: the winter hours have ended; Tuesday opens at 10 under the new hours.
      expect(openState(hours, new Date('2024-01-15T15:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 2, time: '10:00', date: '2024-01-16' },
      });
      // Tuesday 17.00: open until 18.
      expect(openState(hours, new Date('2024-01-16T15:00:00Z'))).to.deep.equal({ state: 'open', closes: '18:00' });
    });
  });

  describe('unknown hours are never guessed', () => {
    it('answers unknown for unknown, free-text, missing and empty hours', () => {
      const now = new Date('2024-01-15T10:00:00Z');
      expect(openState({ kind: 'unknown' }, now)).to.deep.equal({ state: 'unknown' });
      expect(openState({ kind: 'text', text: { en: 'Mon–Fri 9–16', fi: 'ma–pe 9–16' } }, now)).to.deep.equal({ state: 'unknown' });
      expect(openState(undefined, now)).to.deep.equal({ state: 'unknown' });
      expect(openState({ kind: 'structured', periods: [] }, now)).to.deep.equal({ state: 'unknown' });
      expect(openState({ kind: 'structured', periods: [], exceptions: [] }, now)).to.deep.equal({ state: 'unknown' });
    });
  });

  describe('Helsinki time, whatever the moment', () => {
    it('uses summer time (UTC+3): 06.30 UTC is 9.30 in Helsinki, open', () => {
      expect(openState(officeHours(), new Date('2024-07-15T06:30:00Z'))).to.deep.equal({ state: 'open', closes: '16:00' });
    });

    it('uses summer time at closing: 13.30 UTC is 16.30 in Helsinki, closed', () => {
      expect(openState(officeHours(), new Date('2024-07-15T13:30:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 2, time: '09:00', date: '2024-07-16' },
      });
    });

    it('uses winter time (UTC+2): 06.30 UTC is 8.30 in Helsinki, not yet open', () => {
      expect(openState(officeHours(), new Date('2024-01-15T06:30:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '09:00', date: '2024-01-15' },
      });
    });

    it('counts the weekday in Helsinki: late Sunday evening UTC is already Monday morning', () => {
      const early: OpeningHours = { kind: 'structured', periods: [{ days: [1], opens: '00:30', closes: '03:00' }] };
      // 2024-01-14T23:00Z is Monday 01.00 in Helsinki.
      expect(openState(early, new Date('2024-01-14T23:00:00Z'))).to.deep.equal({ state: 'open', closes: '03:00' });
    });

    it('gives the right next opening across the change to summer time', () => {
      // Saturday 30 March 2024, 12.00 (UTC+2): next opening Monday 1 April at 9.00, after the clocks change on Sunday.
      expect(openState(officeHours(), new Date('2024-03-30T10:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: 1, time: '09:00', date: '2024-04-01' },
      });
      // Monday 1 April 06.30 UTC is 9.30 summer time: open.
      expect(openState(officeHours(), new Date('2024-04-01T06:30:00Z'))).to.deep.equal({ state: 'open', closes: '16:00' });
    });
  });
});
