import type { SqlEntityManager } from '@mikro-orm/knex';
import { Form } from '../../db/entities/index.js';
import type { FormStatus } from '../../domain/state-machine.js';
import { onIngest, type Deltas } from '../aggregates.js';
import { audit } from '../audit.service.js';
import type { Actor } from '../context.js';
import { exec, insertRows, sqlDate, type Writes } from '../sql.js';
import type { Vault } from '../vault.js';
import { reopenForHousehold } from '../household-reopen.js';
import { compareForms } from './compare.js';
import { formKey, loadForms, retriesAndForms, type FormRow } from './forms.js';
import { keyReused, rejected, sameCredential, stored } from './outcomes.js';
import { spotChecks } from './spot-checks.js';
import { DONE_FORM_STATUSES } from '../task-state.js';
import type { Duplicate, FormState, IngestDeps, Outcomes, Prepared } from './types.js';

type Accepted = { p: Prepared; form: FormState };

/** Step 5: decide each keying in order against the form's passes (stored, or earlier in this call). */
function decide(fresh: Prepared[], forms: Map<number, FormState>, formRows: Map<string, FormRow>, credential: string, outcomes: Outcomes, duplicates: Duplicate[]): Accepted[] {
  const accepted: Accepted[] = [];
  for (const p of fresh) {
    const form = forms.get(formRows.get(formKey(p.batch.id, p.input.formNumber))!.id)!;
    const mine = form.passes.get(p.input.pass);
    if (mine?.stored?.idempotencyKey === p.input.idempotencyKey) {
      // This very keying, committed by a concurrent call (a station's retry of a request still
      // running) after step 2 looked: a duplicate, as it would have been a moment later.
      if (mine.stored.hash === p.hash) duplicates.push({ p, keyingId: mine.keyingId!, formId: form.id });
      else outcomes[p.index] = keyReused(p.index, p.input);
      continue;
    }
    if (mine) {
      outcomes[p.index] = rejected(p.index, p.input, 'CONFLICT', `form ${p.input.formNumber} of batch ${p.batch.code} already has a pass ${p.input.pass} keying; it is never overwritten`, [{ field: 'pass', reason: 'already keyed' }]);
      continue;
    }
    const other = form.passes.get(p.input.pass === 1 ? 2 : 1);
    if (other && other.keyerCode === p.input.keyerCode) {
      outcomes[p.index] = rejected(p.index, p.input, 'SAME_KEYER', `pass ${p.input.pass} of form ${p.input.formNumber} must be keyed by a different clerk than the other pass (${p.input.keyerCode} keyed both)`, [{ field: 'keyerCode', reason: 'same clerk as the other pass' }]);
      continue;
    }
    if (other && other.submittedBy === credential) {
      outcomes[p.index] = sameCredential(p.index, p.input, p.input.pass === 1 ? 2 : 1);
      continue;
    }
    form.passes.set(p.input.pass, { keyingId: null, keyerCode: p.input.keyerCode, submittedBy: credential, values: p.values, prepared: p });
    form.touched = true;
    accepted.push({ p, form });
  }
  return accepted;
}

/** Step 6: insert the accepted keyings in one statement. */
async function insertKeyings(tx: SqlEntityManager, vault: Vault, accepted: Accepted[], credential: string, now: Date): Promise<void> {
  if (!accepted.length) return;
  const ids = await insertRows(
    tx,
    'keying',
    ['form_id', 'pass', 'keyer_code', 'station_code', 'started_at', 'submitted_at', 'values', 'keystrokes', 'idempotency_key', 'content_hash', 'created_at', 'fields_keyed', 'citizen_bidx', 'submitted_by'],
    accepted.map(({ p, form }) => [
      form.id,
      p.input.pass,
      p.input.keyerCode,
      p.input.stationCode,
      p.input.startedAt,
      p.input.submittedAt,
      vault.sealKeyingJson(form.id, p.input.pass, p.json),
      p.strokes,
      p.input.idempotencyKey,
      p.hash,
      now,
      p.template.fields.length,
      vault.citizenIndexOfClean(p.template, p.clean),
      credential,
    ]),
    { returningIds: true },
  );
  accepted.forEach(({ p, form }, i) => {
    form.passes.get(p.input.pass)!.keyingId = Number(ids[i]);
  });
}

/**
 * A pass keyed by any path (the keying screen, a station, an API key) is no longer work to hand
 * out: its keying_work row, when the form's scan was registered here, is done. The clerk who held
 * it stays on the row (services/keying-work.ts never hands them the other pass). A form this call
 * created has no such row (its scan registration would wait on our uncommitted form): one
 * statement for the others, none when there are none.
 */
function finishKeyingWork(tx: SqlEntityManager, writes: Writes, accepted: Accepted[], now: Date): void {
  const params: unknown[] = [sqlDate(tx, now)];
  const arms: string[] = [];
  for (const pass of [1, 2]) {
    const ids = accepted.filter(({ p, form }) => p.input.pass === pass && !form.created).map(({ form }) => form.id);
    if (!ids.length) continue;
    arms.push(`(pass = ? and form_id in (${ids.map(() => '?').join(',')}))`);
    params.push(pass, ...ids);
  }
  if (arms.length) writes.run(`update keying_work set status = 'DONE', done_at = ?, lease_until = null where (${arms.join(' or ')}) and status <> 'DONE'`, params);
}

/** The batches whose readiness to refresh (in id order: refreshBatch locks each batch row). */
export interface Touched {
  batches: number[];
  /** Those where a form of this call still waits for someone: they can only be OPEN. */
  pending: Set<number>;
}

/**
 * Final form statuses (one UPDATE for all of them) and missing image references; returns the
 * batches whose readiness to refresh.
 */
async function writeForms(tx: SqlEntityManager, writes: Writes, forms: Map<number, FormState>, now: Date, reopened: number[]): Promise<Touched> {
  // Only forms whose stored status is not already their final one.
  const changed = [...forms.values()].filter((f) => f.status !== f.dbStatus);
  if (changed.length) {
    const at = sqlDate(tx, now);
    const verified = changed.filter((f) => f.status === 'AUTO_VERIFIED').map((f) => f.id);
    const ids = changed.map((f) => f.id);
    const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');
    const one = changed.every((f) => f.status === changed[0].status);
    writes.run(
      `update form set status = ${one ? '?' : `case id${' when ? then ?'.repeat(changed.length)} end`}, updated_at = ?` +
        `${verified.length ? `, verified_at = ${verified.length === ids.length ? '?' : `case when id in (${marks(verified.length)}) then ? else verified_at end`}` : ''} where id in (${marks(ids.length)})`,
      [
        ...(one ? [changed[0].status] : changed.flatMap((f) => [f.id, f.status])),
        at,
        ...(verified.length && verified.length < ids.length ? verified : []),
        ...(verified.length ? [at] : []),
        ...ids,
      ],
    );
  }
  // Fill in an image reference the first keying did not carry.
  for (const form of forms.values()) {
    if (form.imageRef) continue;
    const img = [...form.passes.values()].find((x) => x.prepared?.input.imageRef)?.prepared?.input.imageRef;
    if (img) await tx.nativeUpdate(Form, { id: form.id }, { imageRef: img });
  }
  // A batch becomes READY when its last form is verified (automatically, too), OPEN again when a new form arrives.
  const batches = new Set(reopened);
  const pending = new Set<number>();
  for (const f of forms.values()) {
    if (!f.touched) continue;
    batches.add(f.batch.id);
    if (!DONE_FORM_STATUSES.includes(f.status)) pending.add(f.batch.id);
  }
  return { batches: [...batches].sort((a, b) => a - b), pending };
}

/**
 * Passes 1 and 2, in one transaction: retries, forms found or created (locked), each keying
 * decided, inserted, and forms with both passes compared. Fills `outcomes` for every keying;
 * returns the batches whose readiness the caller refreshes last, just before COMMIT (refreshBatch
 * locks the batch row: every keying of the batch waits for it). The rows nothing here reads back
 * (records, discrepancies, households, statuses, audit) are left in `writes` for the caller to
 * send with its own.
 */
export async function applyKeyings(deps: IngestDeps, tx: SqlEntityManager, prepared: Prepared[], outcomes: Outcomes, now: Date, actor: Actor | null, agg: Deltas, credential: string, writes: Writes): Promise<Touched> {
  const { fresh, duplicates, formRows, changeSeq } = await retriesAndForms(tx, prepared, outcomes, now);
  const forms = await loadForms(tx, deps.vault, fresh, formRows);
  const accepted = decide(fresh, forms, formRows, credential, outcomes, duplicates);
  await insertKeyings(tx, deps.vault, accepted, credential, now);
  finishKeyingWork(tx, writes, accepted, now);
  const { review, reopen } = await compareForms(tx, deps.comparator, deps.vault, forms.values(), now, writes, changeSeq);
  onIngest(agg, { accepted, forms: forms.values(), review }, now);
  // Verified forms of other calls that a form of this one contradicts go back to review.
  if (reopen.length) await writes.flush(tx);
  const reopened = reopen.length ? await reopenForHousehold(tx, { vault: deps.vault, templates: deps.templates }, reopen, agg, actor, now) : [];
  await spotChecks(tx, [...forms.values()].filter((f) => f.touched && f.status === 'AUTO_VERIFIED'), now, agg);
  // New forms reopen a batch that was ready for handover.
  const grown = [...new Set([...forms.values()].filter((f) => f.dbStatus === 'ONE_PASS_KEYED' && f.touched && f.batch.status === 'READY').map((f) => f.batch.id))];
  const touched = await writeForms(tx, writes, forms, now, reopened);

  const perBatch = new Map<number, { keyings: number[]; passes: number[]; forms: Record<string, number[]> }>();
  for (const { p, form } of accepted) {
    const e = perBatch.get(form.batch.id) ?? perBatch.set(form.batch.id, { keyings: [], passes: [], forms: {} }).get(form.batch.id)!;
    e.keyings.push(form.passes.get(p.input.pass)!.keyingId!);
    e.passes.push(p.input.pass);
  }
  for (const f of forms.values()) {
    const e = perBatch.get(f.batch.id);
    if (e && f.touched) (e.forms[f.status] ??= []).push(f.id);
  }
  // One audit event per batch and call: which keyings arrived (and which pass each is), the
  // credential that submitted them, and where each form now stands.
  await audit(tx, actor, [...perBatch].map(([batchId, e]) => ({ action: 'keyings.ingest', entityType: 'batch' as const, entityId: batchId, data: { credential, keyingIds: e.keyings, passes: e.passes, formsByStatus: e.forms, reopened: grown.includes(batchId) } })), now, writes);
  for (const { p, form } of accepted) {
    outcomes[p.index] = stored(p.index, p.input.idempotencyKey, 'ACCEPTED', form.passes.get(p.input.pass)!.keyingId, form.id, form.status);
  }
  if (duplicates.length) {
    await writes.flush(tx);
    const st = await exec<{ id: number; status: FormStatus }[]>(tx, 
      `select id, status from form where id in (${duplicates.map(() => '?').join(',')})`,
      duplicates.map((d) => d.formId),
    );
    const m = new Map(st.map((r) => [Number(r.id), r.status]));
    for (const d of duplicates) outcomes[d.p.index] = stored(d.p.index, d.p.input.idempotencyKey, 'DUPLICATE', d.keyingId, d.formId, m.get(d.formId) ?? null);
  }
  return touched;
}
