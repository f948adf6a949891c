/**
 * The keying station's rules: who may save a leased form, and the clerk's own figures. Plain
 * functions; services/keying-work.ts runs them against the database.
 */

/** The station code of keyings made in the dashboard's keying screen. */
export const KEYING_STATION_CODE = 'WEB';

export const WORK_STATUSES = ['OPEN', 'CLAIMED', 'DONE'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export interface WorkState {
  status: WorkStatus;
  /** Who holds it (CLAIMED), keyed it (DONE), or held it last (OPEN after a lease ran out; null if never claimed). */
  claimedBy: number | null;
}

/**
 * What a clerk's save of a leased form does:
 * - `submit`: theirs (held, or held and run out without anyone taking it), or theirs and already
 *   saved (a retry: ingest answers DUPLICATE for the same idempotency key and content);
 * - `retake`: their lease ran out and the form went back to the queue, nobody took it: theirs again;
 * - `lost`: anything else: someone else holds it, keyed it or held it last, or nobody ever handed it
 *   to them. A save is never a way to take a form the queue did not give: that would let two clerks
 *   pick the same form, or one clerk hold many.
 */
export function saveDecision(w: WorkState, userId: number): 'submit' | 'retake' | 'lost' {
  if (w.claimedBy !== userId) return 'lost';
  return w.status === 'OPEN' ? 'retake' : 'submit';
}

/** Vietnam keeps one offset all year (UTC+7, no summer time): the clerk's day and week. */
const VN_OFFSET_MS = 7 * 3600_000;

/** Start of the clerk's day and of their week (Monday), as instants. */
export function dayAndWeekStart(now: Date): { day: Date; week: Date } {
  const local = new Date(now.getTime() + VN_OFFSET_MS);
  const dayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  return { day: new Date(dayLocal - VN_OFFSET_MS), week: new Date(dayLocal - sinceMonday * 86400_000 - VN_OFFSET_MS) };
}

/** Median of whole numbers (seconds per form); null for none. */
export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
