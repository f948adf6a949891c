import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Comparator, FieldDiff } from '../../domain/compare.js';
import { checkRecord, findingsByField } from '../../domain/record-checks.js';
import { formMachine, type FormStatus } from '../../domain/state-machine.js';
import type { TemplateDef } from '../../domain/template.js';
import type { FieldValues } from '../../domain/values.js';
import { changeSeqOf } from '../record-sync.js';
import { COPY_MIN_ROWS, insertRows, insertSql, isPostgres, type SqlValue, type Writes } from '../sql.js';
import type { Vault } from '../vault.js';
import { checkHouseholds, type Compared } from './households.js';
import type { Diff, FormState } from './types.js';

export type Reopen = Awaited<ReturnType<typeof checkHouseholds>>['reopen'][number];

/**
 * Checks run on the agreed part of the record: a check is judged only when every field it reads
 * agreed, and raises at most one discrepancy per field not already in dispute.
 */
function checkDiffs(template: TemplateDef, first: FieldValues, second: FieldValues, diffs: FieldDiff[], agreed: FieldValues, now: Date): Diff[] {
  const disputed = new Set(diffs.map((d) => d.field));
  const findings = checkRecord(template, agreed, { now, judged: (k) => !disputed.has(k) });
  return [...findingsByField(findings)].map(([field, f]) => ({ field, value1: first[field] ?? null, value2: second[field] ?? null, kind: f.kind, distance: 0, note: f.note }));
}

const move = (form: FormState, to: FormStatus) => {
  formMachine.assert(form.status, to);
  form.status = to;
};

/**
 * Step 7: forms that now have both passes are compared; agreement makes a verified record,
 * anything else a review task with its discrepancies. Moves each touched form's status. Rows
 * nothing reads back go to `writes`; `changeSeq`: the transaction's, when already known.
 */
export async function compareForms(tx: SqlEntityManager, comparator: Comparator, vault: Vault, forms: Iterable<FormState>, now: Date, writes: Writes, changeSeq: number | null): Promise<{ review: { form: FormState; diffs: Diff[] }[]; reopen: Reopen[] }> {
  const records: SqlValue[][] = [];
  const review: { form: FormState; diffs: Diff[] }[] = [];
  const compared: Compared[] = [];
  for (const form of forms) {
    if (!form.touched) continue;
    const p1 = form.passes.get(1), p2 = form.passes.get(2);
    if (form.status === 'AWAITING_KEYINGS') move(form, 'ONE_PASS_KEYED');
    if (!p1 || !p2) continue;
    const diffs: Diff[] = comparator.compare(form.template, p1.values, p2.values);
    // Canonical values of the fields that agree: the rules judge them, and with no discrepancy they are the record.
    const disputed = new Set(diffs.map((d) => d.field));
    const agreed: FieldValues = {};
    // A keying of this call has its values cleaned already: where its raw value is the one
    // agreed on, the canonical form starts from that.
    const mine = p2.prepared ?? p1.prepared;
    for (const f of form.template.fields) {
      if (disputed.has(f.key)) continue;
      const raw = p1.values[f.key] ?? null;
      agreed[f.key] = mine && (mine.values[f.key] ?? null) === raw ? comparator.canonicalOfClean(f, mine.clean[f.key] ?? null) : comparator.canonical(f, raw);
    }
    diffs.push(...checkDiffs(form.template, p1.values, p2.values, diffs, agreed, now));
    compared.push({ form, diffs, agreed });
  }
  // The household checks see every compared form of the call at once (one lookup).
  const { reopen } = await checkHouseholds(tx, vault, compared, now, writes);
  for (const { form, diffs, agreed } of compared) {
    if (diffs.length === 0) {
      move(form, 'AUTO_VERIFIED');
      // Empty sources mean "every field AGREED": half the JSON for the most common record.
      records.push([form.id, form.batch.id, vault.sealRecordJson(form.id, agreed), '{}', true, now, vault.citizenToken(agreed.citizenId ?? null)]);
    } else {
      move(form, 'IN_REVIEW');
      review.push({ form, diffs });
    }
  }
  if (review.length) {
    const taskColumns = ['form_id', 'batch_id', 'province_code', 'kind', 'status', 'keyer1', 'keyer2', 'discrepancy_count', 'created_at'];
    const tasks = review.map(({ form, diffs }) => [form.id, form.batch.id, form.batch.provinceCode, 'REVIEW', 'OPEN', form.passes.get(1)!.keyerCode, form.passes.get(2)!.keyerCode, diffs.length, now]);
    const columns = ['form_id', 'task_id', 'batch_id', 'field_key', 'value1', 'value2', 'kind', 'edit_distance', 'note', 'related_form_id', 'related_value', 'created_at'];
    const discrepancies = (taskOf: (i: number) => SqlValue): SqlValue[][] =>
      review.flatMap(({ form, diffs }, i) =>
        diffs.map((d) => {
          const sealed = (v: string | null) => vault.sealField(form.template, form.id, d.field, v);
          return [form.id, taskOf(i), form.batch.id, d.field, sealed(d.value1), sealed(d.value2), d.kind, d.distance, d.note ?? null, d.relatedFormId ?? null, d.relatedFormId ? sealed(d.relatedValue ?? null) : null, now];
        }),
      );
    const count = review.reduce((n, r) => n + r.diffs.length, 0);
    if (isPostgres(tx) && count < COPY_MIN_ROWS) {
      // A station's few forms: the tasks and their discrepancies go with the call's other writes,
      // each discrepancy finding its task's id among the inserted tasks (one round trip fewer).
      const t = insertSql(true, 'correction_task', taskColumns, tasks);
      writes.named('review_task', `${t.sql} returning id, form_id`, t.params);
      // The task's place holds the form id its task is looked up by.
      const rows = discrepancies((i) => review[i].form.id);
      const one = `(${columns.map((c) => (c === 'task_id' ? '(select id from review_task where form_id = ?)' : '?')).join(', ')})`;
      writes.run(`insert into "discrepancy" (${columns.map((c) => `"${c}"`).join(', ')}) values ${rows.map(() => one).join(', ')}`, insertSql(true, 'discrepancy', columns, rows).params);
    } else {
      const taskIds = await insertRows(tx, 'correction_task', taskColumns, tasks, { returningIds: true });
      writes.insert('discrepancy', columns, discrepancies((i) => taskIds[i]));
    }
  }
  if (records.length) {
    const seq = changeSeq ?? (await changeSeqOf(tx));
    for (const r of records) r.push(seq);
    writes.insert('verified_record', ['form_id', 'batch_id', 'values', 'sources', 'automatic', 'verified_at', 'citizen_bidx', 'change_seq'], records);
  }
  return { review, reopen };
}
