/**
 * The hooks the ingest and task services call inside their transactions: each turns one event
 * (keyings accepted, a task settled, a spot check, a rejection, a rescan, an escalation) into
 * counter deltas on the transaction's `Deltas`. Which day each counter is charged to: aggregates.ts.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Batch } from '../db/entities/index.js';
import { bucketOf, vnDay } from '../domain/stats.js';
import { isCheckKind } from '../domain/compare.js';
import type { FieldValues } from '../domain/values.js';
import { HISTOGRAM_COLUMNS, KIND_COLUMNS, type BatchLike, type Counters, type Deltas } from './aggregate-deltas.js';
import type { Actor } from './context.js';

const seconds = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 1000);
const histogram = (s: number): Counters => ({ [HISTOGRAM_COLUMNS[bucketOf(s)]]: 1 });

/** What the backlog counts of a task: its creation day and its discrepancies while it waits. */
export interface Waiting {
  createdAt: Date;
  discrepancyCount: number;
}

/**
 * A task entering (+1) or leaving (-1) the waiting statuses (PENDING_TASK_STATUSES): created,
 * reopened, rescanned / resolved, rejected. Moves between waiting statuses (claim, release,
 * escalation, re-key request, lease expiry) change nothing. `discrepancyCount` is the one the task
 * had while waiting (a spot check's count is set as it is resolved: pass the count before).
 */
export function onBacklog(d: Deltas, b: BatchLike, task: Waiting, sign: 1 | -1): void {
  d.batch(vnDay(task.createdAt), b, { pending_tasks: sign, pending_fields: sign * task.discrepancyCount });
}

async function batchOf(em: SqlEntityManager, b: BatchLike | { id: number }): Promise<BatchLike> {
  if ('provinceCode' in b && typeof b.provinceCode === 'string' && b.template?.id) return b;
  return em.findOneOrFail(Batch, b.id);
}

/** The structural view of ingest's working state that the ingest hook reads. */
export interface IngestState {
  accepted: { p: { input: { keyerCode: string; pass: number; startedAt: Date; submittedAt: Date }; strokes: number; template: { fields: unknown[] } }; form: { batch: BatchLike } }[];
  forms: Iterable<{ id: number; touched: boolean; batch: BatchLike; template: { fields: unknown[] }; passes: Map<number, { keyerCode: string; prepared?: unknown }> }>;
  review: { form: { id: number }; diffs: { field: string; kind: string }[] }[];
}

/** Pass 1/2 keyings accepted, forms created, forms compared (and their discrepancies). */
export function onIngest(d: Deltas, s: IngestState, now: Date): void {
  for (const { p, form } of s.accepted) {
    const day = vnDay(p.input.submittedAt);
    const fields = p.template.fields.length;
    const secs = seconds(p.input.startedAt, p.input.submittedAt);
    d.batch(day, form.batch, { keyings: 1, fields_keyed: fields });
    d.keyer(day, p.input.keyerCode, form.batch, { keyings: 1, forms: 1, fields_keyed: fields, keystrokes: p.strokes, seconds: secs, ...histogram(secs) });
  }
  const today = vnDay(now);
  const diffsOf = new Map(s.review.map((r) => [r.form.id, r.diffs]));
  for (const f of s.forms) {
    if (!f.touched) continue;
    // A form this call created has no keying read from the database.
    if ([...f.passes.values()].every((x) => x.prepared)) d.batch(today, f.batch, { forms: 1 });
    const p1 = f.passes.get(1), p2 = f.passes.get(2);
    if (!p1 || !p2) continue;
    const diffs = diffsOf.get(f.id) ?? [];
    const nf = f.template.fields.length;
    const disagreements = diffs.filter((x) => !isCheckKind(x.kind)).length;
    d.batch(today, f.batch, { compared: 1, fields_compared: nf, auto_verified: diffs.length ? 0 : 1, to_review: diffs.length ? 1 : 0, discrepancies: diffs.length, disagreements });
    // Its review task (ingest/compare.ts), created now.
    if (diffs.length) onBacklog(d, f.batch, { createdAt: now, discrepancyCount: diffs.length }, 1);
    for (const x of diffs) d.field(today, x.field, f.batch, { discrepancies: 1, disagreements: isCheckKind(x.kind) ? 0 : 1 });
    d.pair(today, p1.keyerCode, p2.keyerCode, f.batch, { forms: 1, fields_compared: nf, disagreements });
  }
}

/** A third clerk's keying of the disputed fields (its errors come with the settlement). */
export function onRekey(d: Deltas, k: { keyerCode: string; submittedAt: Date; values: FieldValues; strokes: number; batch: BatchLike }): void {
  const day = vnDay(k.submittedAt);
  const fields = Object.keys(k.values);
  d.batch(day, k.batch, { keyings: 1, rekeyings: 1, fields_keyed: fields.length });
  d.keyer(day, k.keyerCode, k.batch, { keyings: 1, fields_keyed: fields.length, keystrokes: k.strokes });
  for (const f of fields) d.field(day, f, k.batch, { rekeyed: 1 });
}

interface Charged {
  keying: number;
  keyerCode: string;
  fieldKey: string;
  kind: string;
}
type KeyingLike = { id: number; submittedAt: Date };

function charge(d: Deltas, b: BatchLike, keyings: KeyingLike[], errors: Charged[], sign = 1): void {
  const submitted = new Map(keyings.map((k) => [k.id, k.submittedAt]));
  for (const e of errors) {
    const day = vnDay(submitted.get(e.keying)!);
    d.batch(day, b, { errors: sign });
    d.keyer(day, e.keyerCode, b, { errors: sign, [KIND_COLUMNS[e.kind] ?? KIND_COLUMNS.OTHER]: sign });
    d.field(day, e.fieldKey, b, { errors: sign });
  }
}

function reviewTime(claimedAt: Date | null | undefined, now: Date, sign = 1): Counters {
  if (!claimedAt) return {};
  const s = seconds(claimedAt, now);
  return { seconds: sign * s, [HISTOGRAM_COLUMNS[bucketOf(s)]]: sign };
}

/** A review task settled (by a reviewer, or by a third keying when `by` is null). */
export function onSettled(
  d: Deltas,
  a: { batch: BatchLike; task: Waiting; keyings: KeyingLike[]; errors: Charged[]; finals: { d: { outcome?: string | null } }[]; by: Actor | null; claimedAt?: Date | null; now: Date },
): void {
  const day = vnDay(a.now);
  charge(d, a.batch, a.keyings, a.errors);
  d.batch(day, a.batch, { review_verified: 1 });
  onBacklog(d, a.batch, a.task, -1);
  if (a.by) {
    const n = (o: string) => a.finals.filter((f) => f.d.outcome === o).length;
    d.reviewer(day, a.by.userId, a.batch, {
      resolved: 1,
      fields: a.finals.length,
      agreed_first: n('FIRST_CORRECT'),
      agreed_second: n('SECOND_CORRECT'),
      agreed_both: n('EQUIVALENT'),
      agreed_neither: n('BOTH_WRONG'),
      ...reviewTime(a.claimedAt, a.now),
    });
  }
}

/**
 * A resolution reopened: everything onSettled counted for it taken back, on the days it was
 * counted (`resolvedAt`; its claim as a rebuild reads it, from the audit).
 */
export function onUnsettled(
  d: Deltas,
  a: { batch: BatchLike; task: Waiting; keyings: KeyingLike[]; errors: Charged[]; outcomes: (string | null | undefined)[]; reviewerId: number | null; claimedAt: Date | null; resolvedAt: Date },
): void {
  const day = vnDay(a.resolvedAt);
  charge(d, a.batch, a.keyings, a.errors, -1);
  d.batch(day, a.batch, { review_verified: -1 });
  onBacklog(d, a.batch, a.task, 1);
  if (a.reviewerId !== null) {
    const n = (o: string) => -a.outcomes.filter((x) => x === o).length;
    d.reviewer(day, a.reviewerId, a.batch, {
      resolved: -1,
      fields: -a.outcomes.length,
      agreed_first: n('FIRST_CORRECT'),
      agreed_second: n('SECOND_CORRECT'),
      agreed_both: n('EQUIVALENT'),
      agreed_neither: n('BOTH_WRONG'),
      ...reviewTime(a.claimedAt, a.resolvedAt, -1),
    });
  }
}

/** A spot check confirmed or corrected (both clerks are charged for each corrected field). */
export function onSpotChecked(
  d: Deltas,
  a: { batch: BatchLike; task: Waiting; keyings: KeyingLike[]; errors: Charged[]; corrected: boolean; by: Actor; claimedAt?: Date | null; now: Date },
): void {
  const day = vnDay(a.now);
  charge(d, a.batch, a.keyings, a.errors);
  const c = { spot_checked: 1, spot_corrected: a.corrected ? 1 : 0 };
  d.batch(day, a.batch, c);
  onBacklog(d, a.batch, a.task, -1);
  d.reviewer(day, a.by.userId, a.batch, { ...c, ...reviewTime(a.claimedAt, a.now) });
}

/**
 * A verified form reopened by a household check: its discrepancies count on the day the form was
 * compared (as a rebuild from the tables counts them) and, per field, on the day they were raised.
 */
export function onReopened(d: Deltas, a: { batch: BatchLike; fields: string[]; wasAutomatic: boolean; comparedAt: Date; now: Date }): void {
  d.batch(vnDay(a.comparedAt), a.batch, { discrepancies: a.fields.length, ...(a.wasAutomatic ? { auto_verified: -1, to_review: 1 } : {}) });
  for (const f of a.fields) d.field(vnDay(a.now), f, a.batch, { discrepancies: 1 });
  // Its new review task, one discrepancy per field.
  onBacklog(d, a.batch, { createdAt: a.now, discrepancyCount: a.fields.length }, 1);
}

/** A form rejected as unreadable (by a reviewer) or brought back by a rescan (reviewer null). */
export async function onRejectedOrRescanned(em: SqlEntityManager, d: Deltas, a: { batch: BatchLike | { id: number }; task: Waiting; rescan: boolean; by: Actor | null; now: Date }): Promise<void> {
  const b = await batchOf(em, a.batch);
  const day = vnDay(a.now);
  d.batch(day, b, a.rescan ? { rescanned: 1 } : { rejected: 1 });
  // The form's review task waits again / no longer.
  onBacklog(d, b, a.task, a.rescan ? 1 : -1);
  if (!a.rescan && a.by) d.reviewer(day, a.by.userId, b, { rejected: 1 });
}

export async function onEscalated(em: SqlEntityManager, d: Deltas, a: { batch: BatchLike | { id: number }; by: Actor; now: Date }): Promise<void> {
  d.reviewer(vnDay(a.now), a.by.userId, await batchOf(em, a.batch), { escalated: 1 });
}
