import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FormStatus } from '../../domain/state-machine.js';
import type { FieldValues } from '../../domain/values.js';
import { changeSeqSql } from '../record-sync.js';
import { COPY_MIN_ROWS, exec, insertRows, isPostgres } from '../sql.js';
import type { Vault } from '../vault.js';
import { keyReused } from './outcomes.js';
import type { Duplicate, FormState, Outcomes, Prepared } from './types.js';

type KeyRow = { id: number; idempotency_key: string; content_hash: string; form_id: number };

/** Step 2, retries: keys already stored return the stored outcome. */
export async function splitRetries(tx: SqlEntityManager, prepared: Prepared[], outcomes: Outcomes): Promise<{ fresh: Prepared[]; duplicates: Duplicate[] }> {
  const existing = await exec<KeyRow[]>(tx, `select k.id, k.idempotency_key, k.content_hash, k.form_id from keying k where k.idempotency_key in (${prepared.map(() => '?').join(',')})`, prepared.map((p) => p.input.idempotencyKey));
  return split(prepared, existing, outcomes);
}

function split(prepared: Prepared[], existing: KeyRow[], outcomes: Outcomes): { fresh: Prepared[]; duplicates: Duplicate[] } {
  const byKey = new Map(existing.map((r) => [r.idempotency_key, r]));
  const fresh: Prepared[] = [];
  const duplicates: Duplicate[] = [];
  for (const p of prepared) {
    const row = byKey.get(p.input.idempotencyKey);
    if (!row) fresh.push(p);
    else if (row.content_hash !== p.hash) outcomes[p.index] = keyReused(p.index, p.input);
    else duplicates.push({ p, keyingId: Number(row.id), formId: Number(row.form_id) });
  }
  return { fresh, duplicates };
}

/**
 * Steps 2 and 3 together. On PostgreSQL one statement looks the keys up and locks the forms of
 * every keying (a retry's too: the same rows, one round trip less); as two statements, the key
 * lookup was also made before the lock was granted, and step 5 sees what committed meanwhile.
 */
export async function retriesAndForms(tx: SqlEntityManager, prepared: Prepared[], outcomes: Outcomes, now: Date): Promise<{ fresh: Prepared[]; duplicates: Duplicate[]; formRows: Map<string, FormRow>; changeSeq: number | null }> {
  if (!isPostgres(tx)) {
    const { fresh, duplicates } = await splitRetries(tx, prepared, outcomes);
    return { fresh, duplicates, formRows: await lockForms(tx, fresh, now), changeSeq: null };
  }
  const { where, params } = formsWhere(wantedForms(prepared).values());
  type Row = FRow & { idempotency_key: string | null; content_hash: string | null; form_id: number | null; seq: string | null };
  // Every statement of the call is a lookup by key. On tables not yet analyzed (a fresh database,
  // autovacuum off) the planner picks sequential scans for a large call's IN lists, and each call
  // then costs in proportion to the table (30 ms at 15,000 keyings): no sequential scans from
  // before this statement for a large call, from after it for a station's few keyings (whose
  // short lists of unique keys it plans by the index anyway: one round trip fewer). The row with
  // a `seq`: the transaction's change sequence (record-sync.ts).
  const noSeqScan = `select set_config('enable_seqscan', 'off', true)`;
  if (prepared.length > SMALL_CALL) await exec(tx, noSeqScan);
  const rows = await exec<Row[]>(
    tx,
    `with f as (select id, batch_id, form_number, status, image_ref from form where ${where} order by id for update)
     select id, batch_id, form_number, status, image_ref, null as idempotency_key, null as content_hash, null::int as form_id, null as seq from f
     union all select id, null, null, null, null, idempotency_key, content_hash, form_id, null from keying where idempotency_key in (${prepared.map(() => '?').join(',')})
     union all select null, null, null, null, null, null, null, null, ${changeSeqSql(tx)}::text from (${noSeqScan}) c`,
    [...params, ...prepared.map((p) => p.input.idempotencyKey)],
  );
  const at = rows.findIndex((r) => r.seq !== null);
  const [seq] = rows.splice(at, 1);
  const { fresh, duplicates } = split(prepared, rows.filter((r) => r.idempotency_key !== null) as KeyRow[], outcomes);
  return { fresh, duplicates, formRows: await lockForms(tx, fresh, now, rows.filter((r) => r.idempotency_key === null)), changeSeq: Number(seq.seq) };
}

/** Keyings in a call small enough to look up without turning sequential scans off first. */
const SMALL_CALL = 50;

export const formKey = (batchId: number, no: string) => `${batchId}\u0000${no}`;

export interface FormRow {
  id: number;
  status: FormStatus;
  dbStatus: FormStatus;
  imageRef: string | null;
  /** Inserted by this call: no other transaction can have rows referring to it yet. */
  created: boolean;
}

type FRow = { id: number; batch_id: number; form_number: string; status: FormStatus; image_ref: string | null };

/** The forms the keyings name, by formKey, with the first image reference given for each. */
function wantedForms(keyings: Prepared[]): Map<string, { batch: number; formNumber: string; imageRef: string | null }> {
  const wanted = new Map<string, { batch: number; formNumber: string; imageRef: string | null }>();
  for (const p of keyings) {
    const k = formKey(p.batch.id, p.input.formNumber);
    const cur = wanted.get(k);
    if (!cur) wanted.set(k, { batch: p.batch.id, formNumber: p.input.formNumber, imageRef: p.input.imageRef ?? null });
    else if (!cur.imageRef && p.input.imageRef) cur.imageRef = p.input.imageRef;
  }
  return wanted;
}

/**
 * Per batch, `batch_id = ? and form_number in (...)`: always the unique index, whatever the table
 * size (a VALUES join lets the planner pick a sequential scan). Empty for no forms.
 */
function formsWhere(list: Iterable<{ batch: number; formNumber: string }>): { where: string; params: unknown[] } {
  const byBatch = new Map<number, string[]>();
  for (const w of list) (byBatch.get(w.batch) ?? byBatch.set(w.batch, []).get(w.batch)!).push(w.formNumber);
  const where = [...byBatch.values()].map((nos) => `(batch_id = ? and form_number in (${nos.map(() => '?').join(',')}))`).join(' or ');
  return { where, params: [...byBatch.entries()].flatMap(([b, nos]) => [b, ...nos]) };
}

/**
 * Step 3: find the forms (locked on PostgreSQL, in id order), then create the missing ones already
 * in their first status: a new form's first keying in this call is always accepted. By formKey.
 */
export async function lockForms(tx: SqlEntityManager, fresh: Prepared[], now: Date, found?: FRow[]): Promise<Map<string, FormRow>> {
  const wanted = wantedForms(fresh);
  const formRows = new Map<string, FormRow>();
  const pg = isPostgres(tx);
  const add = (rows: FRow[]) => {
    for (const r of rows) {
      const k = formKey(Number(r.batch_id), r.form_number);
      if (wanted.has(k)) formRows.set(k, { id: Number(r.id), status: r.status, dbStatus: r.status, imageRef: r.image_ref, created: false });
    }
  };
  const findForms = async (list: Iterable<{ batch: number; formNumber: string }>) => {
    const { where, params } = formsWhere(list);
    if (where) add(await exec<FRow[]>(tx, `select id, batch_id, form_number, status, image_ref from form where ${where}${pg ? ' order by id for update' : ''}`, params));
  };
  // Found (and locked) already by retriesAndForms, or now.
  if (found) add(found);
  else await findForms(wanted.values());
  const missing = [...wanted.entries()].filter(([k]) => !formRows.has(k)).map(([, w]) => w);
  if (missing.length) {
    // A fixed order keeps two calls creating the same forms from deadlocking on the unique index.
    missing.sort((x, y) => x.batch - y.batch || (x.formNumber < y.formNumber ? -1 : x.formNumber > y.formNumber ? 1 : 0));
    const columns = ['batch_id', 'form_number', 'image_ref', 'status', 'created_at', 'updated_at'];
    const rows = missing.map((w) => [w.batch, w.formNumber, w.imageRef, 'ONE_PASS_KEYED', now, now]);
    const created = (w: { batch: number; formNumber: string }, id: number) =>
      formRows.set(formKey(w.batch, w.formNumber), { id, status: 'AWAITING_KEYINGS', dbStatus: 'ONE_PASS_KEYED', imageRef: null, created: true });
    const skippingTaken = async () => {
      const inserted = await insertRows(tx, 'form', columns, rows, { onConflictDoNothing: ['batch_id', 'form_number'], returning: ['id', 'batch_id', 'form_number'] });
      for (const r of inserted as unknown as FRow[]) created({ batch: Number(r.batch_id), formNumber: r.form_number }, Number(r.id));
      // Created by another call between our read and our insert: read (and lock) those.
      await findForms(missing.filter((w) => !formRows.has(formKey(w.batch, w.formNumber))));
    };
    if (pg && rows.length >= COPY_MIN_ROWS) {
      // First a plain insert (a COPY from 20 rows, ~1.7x cheaper than INSERT ... ON CONFLICT).
      // When another call created one of these forms meanwhile it fails: back to the savepoint
      // and the insert that skips them (retrying the whole call instead could go on for as long
      // as calls keep overlapping). Fewer rows go as one INSERT anyway: the one that skips them,
      // without the savepoint's two round trips.
      await exec(tx, 'savepoint new_forms', [], 'run');
      try {
        const ids = await insertRows(tx, 'form', columns, rows, { returningIds: true });
        await exec(tx, 'release savepoint new_forms', [], 'run');
        missing.forEach((w, i) => created(w, ids[i]));
      } catch (e) {
        if (!(e instanceof UniqueConstraintViolationException)) throw e;
        await exec(tx, 'rollback to savepoint new_forms', [], 'run');
        await skippingTaken();
      }
    } else await skippingTaken();
  }
  return formRows;
}

/** Step 4: the forms' state, with their existing keyings (read under the lock). By form id. */
export async function loadForms(tx: SqlEntityManager, vault: Vault, fresh: Prepared[], formRows: Map<string, FormRow>): Promise<Map<number, FormState>> {
  // Forms this call created have no keyings yet: only pre-existing ones are read.
  const formIds = [...new Set([...formRows.values()].filter((f) => f.status !== 'AWAITING_KEYINGS').map((f) => f.id))];
  type KRow = { id: number; form_id: number; pass: number; keyer_code: string; submitted_by: string; idempotency_key: string; content_hash: string; values: unknown };
  const kRows = formIds.length
    ? await exec<KRow[]>(tx, 
        `select id, form_id, pass, keyer_code, submitted_by, idempotency_key, content_hash, ${isPostgres(tx) ? '"values"' : '`values`'} as "values" from keying where form_id in (${formIds.map(() => '?').join(',')})`,
        formIds,
      )
    : [];
  const forms = new Map<number, FormState>();
  for (const p of fresh) {
    const f = formRows.get(formKey(p.batch.id, p.input.formNumber))!;
    if (!forms.has(f.id)) forms.set(f.id, { id: f.id, batch: p.batch, template: p.template, status: f.status, dbStatus: f.dbStatus, imageRef: f.imageRef, created: f.created, passes: new Map(), touched: false });
  }
  for (const r of kRows) {
    const stored = (typeof r.values === 'string' ? JSON.parse(r.values) : r.values) as FieldValues;
    const values = vault.openKeying(Number(r.form_id), Number(r.pass), stored);
    forms.get(Number(r.form_id))?.passes.set(Number(r.pass), { keyingId: Number(r.id), keyerCode: r.keyer_code, submittedBy: r.submitted_by, values, stored: { idempotencyKey: r.idempotency_key, hash: r.content_hash } });
  }
  return forms;
}
