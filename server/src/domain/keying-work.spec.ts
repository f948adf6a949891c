import { describe, expect, it } from 'vitest';
import { dayAndWeekStart, median, saveDecision } from './keying-work.js';

describe('saveDecision', () => {
  it('lets the holder save, a retry after the save too, and a clerk whose lease ran out unclaimed take it back', () => {
    expect(saveDecision({ status: 'CLAIMED', claimedBy: 7 }, 7)).toBe('submit');
    expect(saveDecision({ status: 'DONE', claimedBy: 7 }, 7)).toBe('submit');
    expect(saveDecision({ status: 'OPEN', claimedBy: 7 }, 7)).toBe('retake');
  });

  it('never lets a save take a form the queue did not hand to this clerk', () => {
    expect(saveDecision({ status: 'OPEN', claimedBy: null }, 7)).toBe('lost');
    expect(saveDecision({ status: 'OPEN', claimedBy: 8 }, 7)).toBe('lost');
  });

  it('never lets anyone save a form someone else holds or keyed', () => {
    expect(saveDecision({ status: 'CLAIMED', claimedBy: 8 }, 7)).toBe('lost');
    expect(saveDecision({ status: 'DONE', claimedBy: 8 }, 7)).toBe('lost');
    expect(saveDecision({ status: 'DONE', claimedBy: null }, 7)).toBe('lost');
  });
});

describe('dayAndWeekStart', () => {
  it('uses Vietnam time (UTC+7) and Monday weeks', () => {
    // Saturday 5 December 2026, 20:00 UTC = Sunday 6 December 03:00 in Vietnam.
    const { day, week } = dayAndWeekStart(new Date('2026-12-05T20:00:00Z'));
    expect(day.toISOString()).toBe('2026-12-05T17:00:00.000Z');
    expect(week.toISOString()).toBe('2026-11-29T17:00:00.000Z');
    // Monday 7 December 2026, 00:30 in Vietnam: the week starts that very day.
    const mon = dayAndWeekStart(new Date('2026-12-06T17:30:00Z'));
    expect(mon.week.toISOString()).toBe('2026-12-06T17:00:00.000Z');
    expect(mon.day.toISOString()).toBe(mon.week.toISOString());
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
  });
});
