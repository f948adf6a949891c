/**
 * Reporting math: rates, confidence intervals, control limits, and quantiles from the bucketed
 * histograms the report aggregates keep. Plain functions of numbers; no I/O.
 */

/** x / n, or null when there is nothing to divide by (a rate of nothing is unknown, not 0). */
export function rate(x: number, n: number): number | null {
  return n > 0 ? x / n : null;
}

/** The two-sided 95% normal quantile. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion x/n. Unlike the normal approximation it stays inside
 * [0, 1] and is not degenerate at 0 errors, which is the common case for a good keyer.
 */
export function wilson(x: number, n: number, z = Z95): { low: number; high: number } | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At x = 0 (or x = n) the bound is exactly 0 (or 1); floating point would leave ~1e-18.
  return { low: x <= 0 ? 0 : Math.max(0, center - half), high: x >= n ? 1 : Math.min(1, center + half) };
}

/**
 * p-chart limits for one unit of volume n against the population rate pBar:
 * pBar ± 3·sqrt(pBar(1−pBar)/n), clipped to [0, 1].
 */
export function pChartLimits(pBar: number, n: number): { center: number; lower: number; upper: number } | null {
  if (n <= 0) return null;
  const sigma = Math.sqrt((pBar * (1 - pBar)) / n);
  return { center: pBar, lower: Math.max(0, pBar - 3 * sigma), upper: Math.min(1, pBar + 3 * sigma) };
}

/**
 * Lower bounds (seconds) of the histogram buckets for "seconds per form" and "time to resolve".
 * Bucket i holds [BOUNDS[i], BOUNDS[i+1]); the last one is open-ended. Finer where forms and
 * reviews usually fall (1 to 10 minutes).
 */
export const HISTOGRAM_BOUNDS = [0, 15, 30, 45, 60, 75, 90, 105, 120, 150, 180, 210, 240, 300, 360, 420, 480, 600, 720, 900, 1200, 1800, 3600, 7200] as const;
export const HISTOGRAM_BUCKETS = HISTOGRAM_BOUNDS.length;

/** The bucket of a duration in whole seconds (negative durations count as 0). */
export function bucketOf(seconds: number): number {
  let i = HISTOGRAM_BUCKETS - 1;
  while (i > 0 && seconds < HISTOGRAM_BOUNDS[i]) i--;
  return i;
}

/**
 * The q-quantile (0 < q ≤ 1) of the durations counted in a histogram, interpolated linearly
 * inside its bucket (as Prometheus' histogram_quantile does): rank r = q·N falls in bucket i
 * holding c values after `before` values, giving lo + (r − before)/c · (hi − lo). In the last,
 * open-ended bucket the answer is its lower bound. Null for an empty histogram.
 */
export function histogramQuantile(counts: readonly number[], q: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const r = q * total;
  let before = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (c > 0 && before + c >= r) {
      const lo = HISTOGRAM_BOUNDS[i];
      if (i === HISTOGRAM_BUCKETS - 1) return lo;
      const hi = HISTOGRAM_BOUNDS[i + 1];
      return lo + (Math.max(0, r - before) / c) * (hi - lo);
    }
    before += c;
  }
  return HISTOGRAM_BOUNDS[HISTOGRAM_BUCKETS - 1];
}

const HOUR = 3_600_000;
/** Vietnam is UTC+7 all year (no daylight saving). */
export const VN_OFFSET_MS = 7 * HOUR;

/** The calendar day in Vietnam of an instant, as 'YYYY-MM-DD' (how report aggregates are dated). */
export function vnDay(d: Date | number): string {
  return new Date((typeof d === 'number' ? d : d.getTime()) + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar day written 'YYYY-MM-DD'. */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The first instant of a Vietnamese calendar day. */
export function vnDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS);
}
