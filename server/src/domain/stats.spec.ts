import { describe, expect, it } from 'vitest';
import { bucketOf, HISTOGRAM_BOUNDS, HISTOGRAM_BUCKETS, histogramQuantile, isDay, pChartLimits, rate, vnDay, vnDayStart, wilson } from './stats.js';

describe('rate', () => {
  it('is unknown (null) without a denominator', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 12)).toBe(0.25);
  });
});

describe('wilson', () => {
  it('matches the textbook values', () => {
    // 1 error in 10 fields: the classic example, 0.0179 to 0.4042.
    const w = wilson(1, 10)!;
    expect(w.low).toBeCloseTo(0.01788, 4);
    expect(w.high).toBeCloseTo(0.40415, 4);
    // 0 errors still has an upper bound (the normal approximation would give [0, 0]).
    const zero = wilson(0, 100)!;
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(0.03699, 4);
    const all = wilson(20, 20)!;
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.83887, 4);
  });

  it('contains the observed rate and narrows as the volume grows', () => {
    for (const [x, n] of [[3, 54], [30, 540], [300, 5400]] as const) {
      const w = wilson(x, n)!;
      expect(w.low).toBeLessThan(x / n);
      expect(w.high).toBeGreaterThan(x / n);
    }
    expect(wilson(300, 5400)!.high - wilson(300, 5400)!.low).toBeLessThan(wilson(3, 54)!.high - wilson(3, 54)!.low);
    expect(wilson(1, 0)).toBeNull();
  });
});

describe('pChartLimits', () => {
  it('is p̄ ± 3·sqrt(p̄(1−p̄)/n), clipped to [0, 1]', () => {
    const l = pChartLimits(0.01, 10_000)!;
    expect(l.center).toBe(0.01);
    expect(l.upper).toBeCloseTo(0.01 + 3 * Math.sqrt((0.01 * 0.99) / 10_000), 12);
    expect(l.lower).toBeCloseTo(0.01 - 3 * Math.sqrt((0.01 * 0.99) / 10_000), 12);
    const small = pChartLimits(0.01, 27)!;
    expect(small.lower).toBe(0);
    expect(small.upper).toBeCloseTo(0.01 + 3 * Math.sqrt(0.0099 / 27), 12);
    expect(pChartLimits(0.5, 1)!.upper).toBe(1);
    expect(pChartLimits(0.1, 0)).toBeNull();
  });
});

describe('histograms', () => {
  it('puts each duration in the bucket whose lower bound it reaches', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(-5)).toBe(0);
    expect(bucketOf(14)).toBe(0);
    expect(bucketOf(15)).toBe(1);
    expect(bucketOf(190)).toBe(HISTOGRAM_BOUNDS.indexOf(180));
    expect(bucketOf(7200)).toBe(HISTOGRAM_BUCKETS - 1);
    expect(bucketOf(1e9)).toBe(HISTOGRAM_BUCKETS - 1);
    for (let i = 0; i < HISTOGRAM_BUCKETS; i++) expect(bucketOf(HISTOGRAM_BOUNDS[i])).toBe(i);
  });

  it('interpolates quantiles inside the bucket', () => {
    const h = new Array(HISTOGRAM_BUCKETS).fill(0);
    expect(histogramQuantile(h, 0.5)).toBeNull();
    // Two forms of 190 s: both in [180, 210); the median rank 1 of 2 is half way: 195.
    h[bucketOf(190)] = 2;
    expect(histogramQuantile(h, 0.5)).toBe(195);
    expect(histogramQuantile(h, 0.9)).toBeCloseTo(180 + 0.9 * 30, 9);
    // One more form of 20 s: rank 1.5 of 3 is half of the way into the [180, 210) bucket's first value.
    h[bucketOf(20)] = 1;
    expect(histogramQuantile(h, 0.5)).toBe(180 + (0.5 / 2) * 30);
    // Rank 1 falls exactly at the end of the first non-empty bucket.
    expect(histogramQuantile(h, 1 / 3)).toBe(30);
  });

  it('answers the lower bound in the open-ended last bucket', () => {
    const h = new Array(HISTOGRAM_BUCKETS).fill(0);
    h[HISTOGRAM_BUCKETS - 1] = 4;
    expect(histogramQuantile(h, 0.9)).toBe(7200);
  });

  it('is within one bucket of the exact quantile', () => {
    const values = Array.from({ length: 999 }, (_, i) => 40 + ((i * 37) % 500));
    const h = new Array(HISTOGRAM_BUCKETS).fill(0);
    for (const v of values) h[bucketOf(v)]++;
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.9]) {
      const exact = sorted[Math.ceil(q * sorted.length) - 1];
      const b = bucketOf(exact);
      const est = histogramQuantile(h, q)!;
      expect(est).toBeGreaterThanOrEqual(HISTOGRAM_BOUNDS[b]);
      expect(est).toBeLessThanOrEqual(HISTOGRAM_BOUNDS[b + 1]);
    }
  });
});

describe('days in Vietnam', () => {
  it('dates an instant by the calendar in UTC+7', () => {
    expect(vnDay(new Date('2026-11-02T16:59:59.999Z'))).toBe('2026-11-02');
    expect(vnDay(new Date('2026-11-02T17:00:00.000Z'))).toBe('2026-11-03');
    expect(vnDayStart('2026-11-03').toISOString()).toBe('2026-11-02T17:00:00.000Z');
  });

  it('accepts only real days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-2-28')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
  });
});
